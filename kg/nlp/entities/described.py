"""Names introduced by what they are: "fined Seoul start-up Hanbit Mind 840 million won", "the Nairobi lender Pesa
Haraka", "logistics group Straitway", "Amsterdam retailer Klaver Retail". A lower-case descriptor noun of an
organisation (descriptor_nouns of data/type_cues.json, or a group noun: a research organisation's after one of
`group_qualifiers`, "campaign group Foxglove", a firm's otherwise), or who leads a round of funding ("a round led by
Kaszek"), right before a run of capitalised proper nouns that the NER missed or read as something else makes that run
a name of the descriptor's class; an amount after it is left out (kg/nlp/entities/amounts.py), and so is a month, a
day or a known place."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.contract import ORGANIZATION_CLASSES
from kg.ingest.dates import MONTHS, WEEKDAYS
from kg.nlp.doc.lines import word_of
from kg.nlp.doc.titles import is_title
from kg.nlp.entities.amounts import amount_start
from kg.nlp.entities.entity_types import cues, generic_words
from kg.nlp.entities.name_runs import proper_noun_runs
from kg.nlp.entities.person_titles import common_words
from kg.nlp.entities.places import known_place
from kg.nlp.lexicon import words

def descriptor_class(tok: Token) -> str | None:
    """The organisation class a lower-case descriptor noun gives ("start-up", "lender", "regulator"), or None."""
    if not tok.is_lower or tok.pos_ not in ("NOUN", "ADP", "ADV", "PART"):  # "start-up": "up" is no noun
        return None
    word = word_of(tok)
    if tok.pos_ != "NOUN" and "-" not in word:
        return None
    c = cues()
    if word in c.group_nouns:  # "campaign group Foxglove", but "logistics group Straitway"
        before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
        return "ResearchOrganization" if before in c.group_qualifiers else "Company"
    cls = c.descriptors.get(word)
    return cls if cls in ORGANIZATION_CLASSES else None


def when(tok: Token) -> bool:
    """A month's or a day's name ("on Tuesday", "in March")."""
    return tok.lower_.rstrip(".") in MONTHS or tok.lower_ in WEEKDAYS


def described_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """The names right after a descriptor noun (`descriptor_class`) that no kept entity covers."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for i, end in proper_noun_runs(doc, covered, lambda t: t.i > 0 and not t.is_sent_start):
        cls = descriptor_class(doc[i - 1]) or round_leader(doc, i)
        end = name_end(doc, i, end) if cls else i
        if end > i and not known_place(span := Span(doc, i, end, label=cls)) and not common_run(span):
            out.append(span)
    return out


def round_leader(doc: Doc, i: int) -> str | None:
    """"a round led by Kaszek", "funding backed by Speedinvest": who leads or backs a round of funding is a firm
    (round_leader_verbs and round_nouns of data/type_cues.json)."""
    by = doc[i - 1]
    verb = by.head
    leads = words("type_cues.json", "round_leader_verbs")
    if by.lower_ != "by" or i < 2 or verb.i != i - 2 or verb.lemma_.lower() not in leads:
        return None
    return "Company" if verb.head.lemma_.lower() in words("type_cues.json", "round_nouns") else None


def name_end(doc: Doc, i: int, end: int) -> int:
    """Where the name in the run from i to end stops: before a day, a month, "and", an amount or a currency's code
    ("Kelong Labs on Tuesday", "Merlion Freight and the AI ...", "Klaver Retail EUR 1.2 million")."""
    end = min([j for j in range(i, end) if when(doc[j]) or doc[j].lower_ == "and"] + [amount_start(doc, i, end)])
    while end > i and doc[end - 1].is_lower:
        end -= 1
    codes = words("type_cues.json", "amount_words")
    while end > i and (doc[end - 1].is_upper and len(doc[end - 1]) == 3 and doc[end - 1].lower_ in codes
                       or not doc[end - 1].is_alpha):
        end -= 1
    return end


def common_run(span: Span) -> bool:
    """Capitals that name no one: a title or a role first ("The bank Chief Economist Huw Pill", "The university
    President Ana Lopez"), a generic or common word alone ("The company Board approved", "the group Members"), or a
    word that modifies the noun after it ("the airline AI chatbot")."""
    doc, first, last = span.doc, span[0], span[-1]
    alone = len(span) == 1 and (first.lower_ in generic_words() or first.lower_ in common_words(doc))
    after = doc[span.end] if span.end < len(doc) else None
    modifier = after is not None and after.is_lower and after.pos_ == "NOUN" and last.head.i == after.i
    return is_title(first) or first.lower_ in generic_words() or alone or modifier
