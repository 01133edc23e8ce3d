"""Names inside longer names: a gazetteer name at the end of a longer proper name is not that entity ("Texas
Frontier AI Act" is not the "AI Act"), a name runs on over "for"/"of" ("Agency for Data Oversight"), a place
starts a company's or a body's name ("Beijing DeepSeek Artificial Intelligence", "Texas Department of Commerce").

Each way a name nests is a small named function in `NESTING_RULES`, tried in order on every entity."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from kg.nlp.entities.entity_types import cues, head_word
from kg.nlp.lexicon import words

EMBEDDABLE = {"PolicyInstrument", "GovernmentBody", "ResearchOrganization"}  # classes whose names nest
NAME_HEADS = {w: c for w, c in cues().heads.items() if c in EMBEDDABLE}
CONNECTORS = words("entity_words.json", "name_connectors")


def title_run(doc: Doc, i: int, covered: set[int]) -> int:
    """The end of a run of capitalised words (with "of", "for", "and" between) starting at token i."""
    end = i
    while i < len(doc) and i not in covered and not doc[i].is_punct and "\n" not in doc[i].text:
        if doc[i].text[:1].isupper():
            end = i + 1
        elif doc[i].lower_ not in CONNECTORS:
            break
        i += 1
    return end


@dataclass
class Nesting:
    """The entities of a document as they are extended: the spans out, the tokens covered, the entities
    swallowed by a longer name (by object identity: spans of the document's own list)."""

    doc: Doc
    ents: list[Span]
    by_start: dict[int, Span]
    place_at: dict[int, Span]
    covered: set[int]
    out: list[Span] = field(default_factory=list)
    swallowed: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, doc: Doc) -> Nesting:
        ents = list(doc.ents)
        place_at = {i: e for e in ents if e.label_ == "Jurisdiction" for i in range(e.start, e.end)}
        covered = {i for e in ents for i in range(e.start, e.end)} - set(place_at)
        return cls(doc, ents, {e.start: e for e in ents}, place_at, covered)

    def add(self, start: int, end: int, label: str, covers: range) -> bool:
        self.out.append(Span(self.doc, start, end, label=label))
        self.covered.update(covers)
        return True

    def result(self) -> list[Span]:
        gone = {(x.start, x.end) for x in self.ents if id(x) in self.swallowed}
        return [e for e in self.out if id(e) not in self.swallowed and (e.start, e.end) not in gone]


def followed_by(doc: Doc, e: Span, words: tuple[str, ...]) -> bool:
    return e.end < len(doc) - 1 and doc[e.end].lower_ in words


def name_runs_on(e: Span, st: Nesting) -> bool:
    """"Agency" + "for Data Oversight": an unknown organisation or law whose name goes on after for/of/on."""
    doc = st.doc
    if e.ent_id_ or e.label_ not in ("ORG", "LAW") or not followed_by(doc, e, ("for", "of", "on")):
        return False
    end = title_run(doc, e.end + 1, st.covered)
    return end > e.end + 1 and st.add(e.start, end, e.label_, range(e.end, end))


def place_starts_company(e: Span, st: Nesting) -> bool:
    """"Beijing DeepSeek Artificial Intelligence": a place, a known company and more name words are a company of
    its own."""
    nxt = st.by_start.get(e.end)
    if e.label_ != "Jurisdiction" or nxt is None or nxt.label_ != "Company" or not nxt.ent_id_:
        return False
    end = title_run(st.doc, nxt.end, st.covered - set(range(nxt.start, nxt.end)))
    if end <= nxt.end:
        return False
    st.swallowed.add(id(nxt))
    return st.add(e.start, end, "ORG", range(e.start, end))


def model_for_product(e: Span, st: Nesting) -> bool:
    """"Gemini for Government": a product of its own."""
    if e.label_ != "AIModel" or not followed_by(st.doc, e, ("for",)):
        return False
    end = title_run(st.doc, e.end + 1, st.covered)
    return end > e.end + 1 and st.add(e.start, end, "PRODUCT_MODEL", range(e.end, end))


def place_starts_name(e: Span, st: Nesting) -> bool:
    """"Texas Department of Commerce", "California Frontier AI Act": a place and name words ending in the head word
    of a body or an instrument."""
    if e.label_ != "Jurisdiction":
        return False
    end = title_run(st.doc, e.end, st.covered)
    head = head_word(st.doc[e.start:end]) if end > e.end else ""
    if head not in NAME_HEADS:
        return False
    return st.add(e.start, end, "LAW" if NAME_HEADS[head] == "PolicyInstrument" else "ORG", range(e.end, end))


NESTING_RULES: tuple[Callable[[Span, Nesting], bool], ...] = (name_runs_on, place_starts_company, model_for_product,
                                                              place_starts_name)


def grown_leftwards(e: Span, st: Nesting) -> None:
    """A known body, institute or instrument after capitalised proper nouns no entity covers grows over them
    (and swallows the places among them); any other entity stays as it is."""
    doc, start = st.doc, e.start
    if e.ent_id_ and e.label_ in EMBEDDABLE:
        while (start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper()
               and (start - 1) not in st.covered and not doc[start].is_sent_start):
            start -= 1
    if start < e.start:
        st.out.append(Span(doc, start, e.end, label="ORG" if e.label_ != "PolicyInstrument" else "LAW"))
        st.swallowed.update(id(st.place_at[i]) for i in range(start, e.start) if i in st.place_at)
    else:
        st.out.append(e)


def extend_embedded_names(doc: Doc) -> list[Span]:
    """A gazetteer name at the end of a longer proper name is not that entity: "Texas Frontier AI Act"
    is not the "AI Act", "Texas Department of Commerce" not the federal one. Such spans grow leftwards
    over the capitalised name words and lose their gazetteer id."""
    st = Nesting.of(doc)
    for e in st.ents:
        if not any(rule(e, st) for rule in NESTING_RULES):
            grown_leftwards(e, st)
    return st.result()
