"""Names a document defines with an acronym in brackets, which the NER cut or missed: "the Regional Electoral Court of
Sao Paulo (TRE-SP)" is one name, not a court and a place, where the first names a body (`with_place`);
"Immigration, Refugees and Citizenship Canada (IRCC)" is a name because its words' initials spell the acronym
(`spelled_names`), of the class its head word gives (a body's, by data/type_cues.json head_words) or a government
body's when it ends in a known place's name."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.doc.titles import is_title
from kg.nlp.doc.token_filter import tokens_with
from kg.nlp.entities.doc_aliases import acronym_after
from kg.nlp.entities.entity_types import head_word
from kg.nlp.entities.nesting import BODY_HEADS, NAME_HEADS, SPELLING_WORDS, initials
from kg.nlp.entities.places import known_place

LONGEST = 8  # words of a name spelled by its acronym


def with_place(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation's name, "of" and a place's name, then an acronym in brackets: one name, of the organisation's
    class."""
    by_start = {e.start: e for e in ents}
    out = []
    for e in ents:
        if e.label_ in ("Jurisdiction", "PolicyInstrument", "Person") or e.end + 1 >= len(doc) \
                or doc[e.end].lower_ != "of":
            continue
        after_of = e.end + 2 if doc[e.end + 1].lower_ == "the" else e.end + 1  # "of (the) Sao Paulo"
        place = by_start.get(after_of)
        if place is not None and place.label_ == "Jurisdiction" and head_word(e) in BODY_HEADS \
                and acronym_after(doc[e.start:place.end]):
            out.append(Span(doc, e.start, place.end, label=e.label_))
    return out


def spelled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A run of capitalised words (with minor words between) right before an acronym in brackets that no entity covers
    (a place's name at its end aside: "... Canada (IRCC)") and whose initials spell it."""
    covered = {i for e in ents if e.label_ != "Jurisdiction" for i in range(e.start, e.end)}
    out = []
    for tok in tokens_with(doc, ("(",)):
        if tok.i == 0 or tok.i - 1 in covered:
            continue
        span = doc[run_before(doc, tok.i, covered):tok.i]
        acronym = acronym_after(span) if len(span) >= 2 else None
        cls = label_of(span) if acronym is not None and spells(span, acronym.text) else None
        if cls:
            out.append(Span(doc, span.start, span.end, label=cls))
    return out


def run_before(doc: Doc, end: int, covered: set[int]) -> int:
    """The first word of the capitalised words and minor words (nesting.py's SPELLING_WORDS) before token `end`, in
    its sentence, at most LONGEST, without minor words first."""
    start = end
    while start > 0 and end - start < LONGEST and start - 1 not in covered and not doc[start].is_sent_start \
            and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in SPELLING_WORDS):
        start -= 1
    while start < end and doc[start].lower_ in SPELLING_WORDS:
        start += 1
    return start


def spells(span: Span, acronym: str) -> bool:
    """Whether the acronym's capitals are the initials of the span's capitalised words, as nesting.py's
    `name_runs_to_acronym` reads them (in any order; minor words, hyphens and dots aside)."""
    return sorted(c for c in acronym if c.isupper()) == initials(span)


def label_of(span: Span) -> str | None:
    """The class of a spelled name: its head word's, else a government body's when it ends in a place's name and has
    no "of" or "for" ("Immigration, Refugees and Citizenship Canada"; not "the Chief Justice of India", an office, nor
    "the Federal Republic of Germany", a country)."""
    cls = NAME_HEADS.get(head_word(span))
    if cls and cls != "PolicyInstrument":
        return cls
    last = span.doc[span.end - 1:span.end]
    plain = not any(t.lower_ in ("of", "for") for t in span) and not is_title(span[0])
    return "GovernmentBody" if plain and known_place(last) else None
