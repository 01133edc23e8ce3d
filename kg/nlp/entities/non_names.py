"""Words that look like names and name no one: a line of bars' words ("Analysis | EU tech policy | 5 August 2025"),
a provision of an instrument ("Section 6(b) of the FTC Act"), a currency's code before an amount ("NOK 200
million"), a dateline's credit in common words ("(Court report)"), a name that dates what follows ("the Biden-era
rule"). The typer drops a span these name (kg/nlp/entities/typer.py, `typed_names`)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.doc.datelines import credit_tokens
from kg.nlp.doc.index import INNER_CAPITALS, memo
from kg.nlp.doc.opening import on_byline
from kg.nlp.doc.voice import issuer_part
from kg.nlp.entities.name_runs import amount_code
from kg.nlp.entities.person_titles import common_words
from kg.nlp.entities.places import known_place

KEPT_CLASSES = ("Jurisdiction", "Person", "GovernmentBody")  # a place, a person, a body ("Parliament approved it")
OPENING_TOKENS = 120  # a dateline stands in the first lines: no later name is looked up in its credit


def currency_before_amount(span: Span) -> bool:
    """A currency code in capitals right before a number ("PLN 40 million", "KRW 4.2 billion"; `amount_code`)."""
    return len(span) == 1 and amount_code(span.doc, span.start)


def not_a_name(span: Span, bars: bool) -> bool:
    """"Analysis | EU tech policy | 5 August 2025" is a dateline, not prose (but a byline's names are names:
    "Published 2025-06-16 | By Meera Raghunathan, Senior Fellow, Institute for ...", and so is the issuer after a
    source word: "News release | Information Commissioner's Office | 14 March 2024", and a place the lists know:
    "Parliamentary Library digest | Canberra | 5 September 2025"); "Section 6(b) of the FTC Act"
    is a provision of an instrument, not one of its own, and so is "Article 6" on its own (in `corpus/train`'s gold
    an article alone is never one); "NOK" in "NOK 200 million" is a currency (`currency_before_amount`); "(Court
    report)" after a dateline's date is the kind of copy (`common_credit`); "Biden" in "the Biden-era rule" a time
    (`era_of`). And whatever found it, "- Data fine: ..." is a common word that starts a line (`lone_common_word`)."""
    if bars and any(t.text == "|" for t in span.sent) and not (on_byline(span) or issuer_part(span)
                                                               or known_place(span)):
        return True
    doc = span.doc
    if currency_before_amount(span) or common_credit(span) or era_of(span):
        return True
    first = span[0].text.lower()
    if first not in ("section", "article", "paragraph"):
        return False
    after = next((t for t in doc[span.end:span.end + 3] if not t.is_punct), None)
    bare = len(span) == 2 and first != "section" and any(c.isdigit() for c in span[1].text)
    return after is not None and after.text.lower() == "of" or bare  # "Section 230" is an instrument's usual name


def era_of(span: Span) -> bool:
    """"the Biden-era rule": a name that dates what follows names no one in the story."""
    doc, i = span.doc, span.end
    return i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ == "era"


def common_credit(span: Span) -> bool:
    """A dateline's credit in common words ("(Court report)", "(Wire)"): the kind of copy, no court or wire service
    that is a party ("(Reuters)" stays a name)."""
    doc = span.doc
    if span.start > OPENING_TOKENS or not all(t.lower_ in common_words(doc) for t in span):
        return False
    return set(range(span.start, span.end)) <= credit_tokens(doc)


def lone_common_word(span: Span) -> bool:
    """"- Data fine: ...", "Compute and capital" (a heading), "\"Health is the last place ...\"": one common word of
    English (the lemmatizer's nouns and adjectives; not in capitals, not the gazetteer's, no place, person or body:
    `KEPT_CLASSES`) that starts its sentence or line and is written with a capital nowhere else in the document after
    a sentence's or a line's first word, is that word capitalised, not a name ("Sentinel" that the story names again
    inside a sentence is one)."""
    if len(span) != 1 or span.ent_id_ or span.label_ in KEPT_CLASSES or span[0].is_upper or known_place(span):
        return False
    tok = span[0]
    doc = span.doc
    if tok.lower_ not in common_words(doc) or not starts_line_or_sentence(tok):
        return False
    return tok.lower_ not in memo(doc, INNER_CAPITALS, lambda: inner_capitals(doc))


def starts_line_or_sentence(tok: Token) -> bool:
    """The first word of its sentence or line (a bullet, a quotation mark or a bracket before it aside)."""
    doc, i = tok.doc, tok.i - 1
    while i >= 0 and not doc[i].is_sent_end and "\n" not in doc[i].whitespace_ and "\n" not in doc[i].text:
        if doc[i].is_alpha or doc[i].like_num:
            return False
        i -= 1
    return True


def inner_capitals(doc: Doc) -> frozenset[str]:
    """The words (lower-cased) that the document writes with a capital after the first word of a sentence or line."""
    return frozenset(t.lower_ for t in doc if t.is_alpha and t.text[:1].isupper() and not t.is_sent_start
                     and not starts_line_or_sentence(t))
