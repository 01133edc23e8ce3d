"""A known person's surname that names someone else: the gazetteer knows "Altman" as Sam Altman and "Vance" as JD
Vance, but "Judge Sarah Altman" is another Altman, and so is every bare "Altman" after her in the story ("Altman wrote
that the claims failed"). The surname's match gives way there: spaCy's NER keeps the full name, and the document's
own short forms (kg/nlp/entities/doc_aliases.py) join the bare surname to it."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.nlp.doc.titles import is_title
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.names import fold

PERSON = "Person"


def surname_match(doc: Doc, m: tuple) -> str | None:
    """The gazetteer id of a one-word Person match ("Person||sam-altman" over "Altman"), else None."""
    label, _, gid = doc.vocab.strings[m[0]].partition("||") if m[0] in doc.vocab.strings else ("", "", "")
    return gid if label == PERSON and m[2] - m[1] == 1 and gid else None


@lru_cache(maxsize=None)
def own_given_names(gid: str) -> frozenset[str]:
    """The words before the surname in the gazetteer person's own full names ("sam" of Sam Altman, "jd", "j.d.")."""
    return frozenset(fold(n).split()[-2] for n in load_gazetteer()[gid].names if len(n.split()) >= 2)


def another_given_name(doc: Doc, i: int, gid: str, persons: list[Span]) -> bool:
    """Token i is a surname after a given name inside one of NER's person names, and not the known person's own
    given name ("Sarah Altman", not "Sam Altman", nor a title: "Senator Vance", "Vice President JD Vance")."""
    prev = doc[i - 1] if i > 0 else None
    return (prev is not None and prev.is_alpha and prev.text[:1].isupper()
            and not is_title(prev) and prev.lower_ not in own_given_names(gid)
            and any(p.start < i < p.end for p in persons))


def others_named(doc: Doc, i: int, gid: str, persons: list[Span]) -> bool:
    """Someone else with the surname at token i was named in full before it."""
    surname = doc[i].lower_
    return any(p.end <= i and p[-1].lower_ == surname and another_given_name(doc, p.end - 1, gid, persons)
               for p in persons)


def others_surnames(doc: Doc, matches: set[tuple]) -> set[tuple]:
    """The one-word matches of a known person's surname that name another person of that surname."""
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    if not persons:
        return set()
    out = set()
    for m in matches:
        gid = surname_match(doc, m)
        if gid and gid in load_gazetteer() and (another_given_name(doc, m[1], gid, persons)
                                                or others_named(doc, m[1], gid, persons)):
            out.add(m)
    return out
