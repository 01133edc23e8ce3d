"""Names introduced by what they are: "fined Seoul start-up Hanbit Mind 840 million won", "the Nairobi lender Pesa
Haraka", "logistics group Straitway", "Amsterdam retailer Klaver Retail". A lower-case descriptor noun of an
organisation (descriptor_nouns of data/type_cues.json, or a group noun: a research organisation's after one of
`group_qualifiers`, "campaign group Foxglove", a firm's otherwise) right before a run of capitalised
proper nouns that the NER missed or read as something else makes that run a name of the descriptor's class; an amount
after it is left out (kg/nlp/entities/amounts.py), and so is a month, a day or a known place."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.contract import ORGANIZATION_CLASSES
from kg.ingest.dates import MONTHS
from kg.nlp.doc.lines import word_of
from kg.nlp.entities.amounts import amount_start
from kg.nlp.entities.entity_types import cues
from kg.nlp.entities.nesting import proper_noun_runs
from kg.nlp.entities.places import known_place
from kg.nlp.lexicon import words

DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])


def descriptor_class(tok: Token) -> str | None:
    """The organisation class a lower-case descriptor noun gives ("start-up", "lender", "regulator"), or None."""
    if not tok.is_lower or tok.pos_ not in ("NOUN", "ADP", "ADV", "PART"):  # "start-up": "up" is no noun
        return None
    word = word_of(tok)
    if tok.pos_ != "NOUN" and "-" not in word:
        return None
    first = tok.doc[tok.i - 2] if "-" in word else tok
    c = cues()
    if word in c.group_nouns:  # "campaign group Foxglove", but "logistics group Straitway"
        before = first.doc[first.i - 1].lower_ if first.i > 0 else ""
        return "ResearchOrganization" if before in c.group_qualifiers else "Company"
    cls = c.descriptors.get(word)
    return cls if cls in ORGANIZATION_CLASSES else None


def when(tok: Token) -> bool:
    """A month's or a day's name ("on Tuesday", "in March")."""
    return tok.lower_.rstrip(".") in MONTHS or tok.lower_ in DAYS


def described_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """The names right after a descriptor noun (`descriptor_class`) that no kept entity covers."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for i, end in proper_noun_runs(doc, covered, lambda t: t.i > 0 and not t.is_sent_start):
        cls = descriptor_class(doc[i - 1])
        end = min([j for j in range(i, end) if when(doc[j]) or doc[j].lower_ == "and"] + [amount_start(doc, i, end)])
        while end > i and doc[end - 1].is_lower:
            end -= 1  # "Kelong Labs on Tuesday", "Merlion Freight and the AI ...": one name, before a day or "and"
        while end > i and (doc[end - 1].is_upper and len(doc[end - 1]) == 3 and doc[end - 1].lower_ in
                           words("type_cues.json", "amount_words") or not doc[end - 1].is_alpha):
            end -= 1  # "Klaver Retail EUR": a currency's code after the name
        span = Span(doc, i, end, label=cls or "")
        if cls and end > i and not known_place(span):
            out.append(span)
    return out
