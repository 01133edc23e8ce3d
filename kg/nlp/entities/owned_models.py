"""Products named with their owner: "its Ember app", "Hirelytic's ScreenIQ resume screener", "its Huanying face-swap
app". A run of capitalised words between a possessive and a noun of a product (owned_model_nouns of
data/type_cues.json), with at most a few lower-case words that modify the noun between them, names a model or an AI
product, whatever the tagger read in it ("PaceIQ" as an adjective) and where NER found nothing: the possessive says
that someone owns it, the noun that it is a product. Not a known place, a demonym or a word the typer knows is no name
on its own (stop_names)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.doc.token_filter import tokens_with
from kg.nlp.entities.entity_types import cues, demonyms
from kg.nlp.entities.places import known_place
from kg.nlp.lexicon import words

POSSESSIVES = ("poss",)
CASE_MARKS = ("'s", "’s")
MAX_MODIFIERS = 4  # words, a hyphenated one counting three: "face-swap"


def owned_model_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """The runs of capitals right after a possessive and before a product noun that no kept entity covers."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for noun in tokens_with(doc, words("type_cues.json", "owned_model_nouns")):
        end = name_end(noun)
        start = end
        while start > noun.sent.start and capital(doc[start - 1]) and start - 1 not in covered:
            start -= 1
        if noun.sent.start < start < end and possessive(doc[start - 1]):
            span = Span(doc, start, end, label="AIModel")
            if not known_place(span) and span.text.lower() not in cues().stop_names:
                out.append(span)
    return out


def name_end(noun: Token) -> int:
    """Where the name before the noun ends: before the lower-case words that modify the noun ("resume screener",
    "face-swap app")."""
    end = noun.i
    for _ in range(MAX_MODIFIERS):
        before = noun.doc[end - 1] if end > noun.sent.start else None
        if before is None or not (before.is_lower or before.text == "-") or not end <= before.head.i <= noun.i:
            break
        end -= 1
    return end


def capital(tok: Token) -> bool:
    """A word of a product's name: capitalised or holding a capital ("PaceIQ", "Daon-LM"), or a number after one
    ("K2", "Tsubame 3"); no title, demonym or sentence start."""
    if tok.is_sent_start or tok.lower_ in demonyms():
        return False
    return tok.text[:1].isupper() or tok.like_num and tok.i > 0 and tok.doc[tok.i - 1].text[:1].isupper()


def possessive(tok: Token) -> bool:
    """"its", "their", "our", "Hirelytic's": the word before the name owns it."""
    return tok.dep_ in POSSESSIVES and tok.pos_ == "PRON" or tok.text in CASE_MARKS
