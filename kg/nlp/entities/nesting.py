"""Names inside longer names: a gazetteer name at the end of a longer proper name is not that entity ("Texas
Frontier AI Act" is not the "AI Act"), a name runs on over "for"/"of" ("Agency for Data Oversight"), a place
starts a company's or a body's name ("Beijing DeepSeek Artificial Intelligence", "Texas Department of Commerce").

Each way a name nests is a small named function in `NESTING_RULES`, tried in order on every entity."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from kg.nlp.entities.entity_types import cues, head_word
from kg.nlp.entities.listed_names import chamber_start, list_start
from kg.nlp.entities.name_runs import CONNECTORS, inner_hyphen, title_run
from kg.nlp.entities.particle_names import name_cut_at_connector, name_over_particles
from kg.nlp.entities.placed_names import PLACE_MODIFIERS, name_ends_in_place

EMBEDDABLE = {"PolicyInstrument", "GovernmentBody", "ResearchOrganization"}  # classes whose names nest
NAME_HEADS = {w: c for w, c in cues().heads.items() if c in EMBEDDABLE}
BODY_HEADS = {w for w, c in NAME_HEADS.items() if c != "PolicyInstrument"}
LAW_HEADS = {w for w, c in NAME_HEADS.items() if c == "PolicyInstrument"}


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
    """"Agency" + "for Data Oversight": an unknown organisation or law whose name goes on after for/of/on, over a
    place the tagger set apart ("Digital Lenders Association" + "of" + "Kenya")."""
    doc = st.doc
    if e.ent_id_ or e.label_ not in ("ORG", "LAW") or not followed_by(doc, e, ("for", "of", "on")):
        return False
    place = st.by_start.get(e.end + 1)
    place = place if place is not None and place.label_ == "GPE" else None
    end = title_run(doc, e.end + 1, st.covered - (set(range(place.start, place.end)) if place is not None else set()))
    if end <= e.end + 1:
        return False
    if place is not None and end >= place.end:
        st.swallowed.add(id(place))
    return st.add(e.start, end, e.label_, range(e.end, end))


def chapter_of_place(e: Span, st: Nesting) -> bool:
    """"the ACLU" + "of Washington": a known association followed by "of" and a place is its chapter there, an
    organisation of its own, typed by its name's cues and the name model."""
    place = st.by_start.get(e.end + 1)
    if not e.ent_id_ or e.label_ != "ResearchOrganization" or not followed_by(st.doc, e, ("of",)) \
            or place is None or place.label_ not in ("GPE", "Jurisdiction"):
        return False
    st.swallowed.add(id(place))
    return st.add(e.start, place.end, "ORG", range(e.start, place.end))  # a name of its own: no gazetteer id


def name_runs_on_over_and(e: Span, st: Nesting) -> bool:
    """"the High-Risk Artificial Intelligence Developer" + "and Deployer Act": an unknown name without a head word of
    its own, cut at "and" before name words (two at least) that end in the head word of an instrument (bodies cut at
    their "and": coordinated_name)."""
    doc = st.doc
    if e.ent_id_ or e.label_ not in ("ORG", "LAW") or not followed_by(doc, e, ("and",)) or last_word(e) in NAME_HEADS:
        return False
    end = title_run(doc, e.end + 1, st.covered)
    if end - (e.end + 1) < 2 or head_word(doc[e.end + 1:end]) not in LAW_HEADS or doc[e.end + 1].lower_ in CONNECTORS:
        return False
    return st.add(e.start, end, "LAW", range(e.end, end))


def another_place(e: Span, st: Nesting) -> bool:
    """"North Korea", "New Mexico", "Northern Ireland", "Latin America": a known place after a capitalised word
    that makes a place name of its own ("North", "New", "Latin"; data/entity_words.json) is another place, not
    that one; the name grows over the words and loses its gazetteer id."""
    doc = st.doc
    if e.label_ != "Jurisdiction" or not e.ent_id_:
        return False
    start = e.start
    while start > 0 and (start - 1) not in st.covered and (
            (doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ in PLACE_MODIFIERS)
            or (inner_hyphen(doc, start - 1) and start > 1 and doc[start - 2].lower_ in PLACE_MODIFIERS)):
        start -= 1
    return start < e.start and st.add(start, e.end, "GPE", range(start, e.end))


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


def law_with_year(e: Span, st: Nesting) -> bool:
    """"the Investment Advisers Act of 1940", "the Online Safety Act 2021": the year is part of an act's name."""
    doc = st.doc
    if e.ent_id_ or e.label_ not in ("ORG", "LAW") or head_word(e) not in LAW_HEADS:
        return False
    end = e.end + (1 if e.end < len(doc) and (doc[e.end].lower_ == "of" or comma_year(doc, e.end)) else 0)
    year = st.by_start.get(end)
    if end >= len(doc) or not is_year(doc[end].text) or (end in st.covered and (year is None or year.label_ != "DATE")):
        return False
    if year is not None:
        st.swallowed.add(id(year))
    return st.add(e.start, end + 1, "LAW", range(e.end, end + 1))


def comma_year(doc: Doc, i: int) -> bool:
    """"the Information Technology Act, 2000 and ...": a comma, then a year that ends a phrase (the style of South
    Asian statute titles), not a year that starts a clause of its own ("the AI Act, 2024 saw ...")."""
    after = i + 2
    return (doc[i].text == "," and after <= len(doc) and is_year(doc[i + 1].text)
            and (after == len(doc) or doc[after].is_punct or doc[after].lower_ in ("and", "or")))


def is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def coordinated_name(e: Span, st: Nesting) -> bool:
    """"the Portfolio Committee on Communications" + "and" + "Digital Technologies", "the House of Lords
    Communications" + "and" + "Digital Committee": spaCy cuts a body's name at its "and"; two unknown names joined by
    "and" (and commas) are one when they make one body's name (see one_body)."""
    nxt = next_name(e, st)
    if nxt is None or e.ent_id_ or nxt.ent_id_ or e.label_ != "ORG" or nxt.label_ not in FRAGMENT_LABELS \
            or not one_body(e, nxt):
        return False
    st.swallowed.add(id(nxt))
    return st.add(e.start, nxt.end, "ORG", range(e.start, nxt.end))


def listed_name(e: Span, st: Nesting) -> bool:
    """"Senate Commerce," + "Science and Transportation Committee": a body's name cut at the commas of a list in it
    runs back over the list and the chamber before it (kg/nlp/entities/listed_names.py), and swallows what NER or
    the gazetteer read there ("Commerce")."""
    doc = st.doc
    if e.ent_id_ or e.label_ != "ORG" or last_word(e) not in BODY_HEADS:
        return False
    start = list_start(doc, e.start)
    if start == e.start or not any(t.lower_ in ("and", "&") for t in doc[start:e.end]):
        return False
    start = chamber_start(doc, start)
    st.swallowed.update(id(x) for x in st.ents if start <= x.end - 1 and x.start < e.start)
    st.out = [x for x in st.out if not (start <= x.end - 1 and x.start < e.start)]  # grown from what it swallowed
    return st.add(start, e.end, "ORG", range(start, e.end))


FRAGMENT_LABELS = ("ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC")  # what spaCy calls the cut-off rest of a name


def next_name(e: Span, st: Nesting) -> Span | None:
    """The entity after e across "and" or "," and capitalised words ("Communications, Innovation and Digital
    Economy"); None unless the last word between is "and" (or e itself ends in it) or a comma before a name that
    holds the list's "and" ("Department of Enterprise, Tourism and Employment"), and None after "and the" (a second
    name: "... Trade Unions and the Tech Council")."""
    doc, i = st.doc, e.end
    while (i < len(doc) and i not in st.by_start and i - e.end < 6 and "\n" not in doc[i].whitespace_
           and (doc[i].text in (",", "and", "&") or doc[i].text[:1].isupper())):
        i += 1
    if and_the(doc[i - 1:i + 1]):  # "... Unions and the Tech Council": two names
        return None
    nxt = st.by_start.get(i)
    if nxt is not None and doc[i - 1].text == "," and any(t.lower_ in ("and", "&") for t in nxt):
        return nxt  # "Department of Enterprise" + ", " + "Tourism and Employment": the list's last two in one span
    return nxt if nxt is not None and doc[i - 1].lower_ in ("and", "&") else None


def one_body(a: Span, b: Span) -> bool:
    """Whether "a and b" is one body's name: b ends in a body's head word and a does not ("House of Lords
    Communications and Digital Committee"), or neither does and a's head before "of/on/for" is a body's
    ("Portfolio Committee on Communications and Digital Technologies")."""
    last_a, last_b = last_word(a), last_word(b)
    if last_b in BODY_HEADS:
        return last_a not in BODY_HEADS
    return last_a not in BODY_HEADS and head_word(a) in BODY_HEADS and head_word(a) != last_a


def and_the(tokens) -> bool:
    """Whether "and the" (or "& the") stands among the tokens: a list's next name starts there ("the Data Security
    Law and the Personal Information Protection Law")."""
    words = [t.lower_ for t in tokens]
    return any(a in ("and", "&") and b == "the" for a, b in zip(words, words[1:]))


def last_word(span: Span) -> str:
    words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in ("and", "&")]
    return words[-1] if words else ""


SPELLING_WORDS = ("and", "&", ",", "of", "for", "on", "to", "the", "in", "'s", "-")


def name_runs_to_acronym(e: Span, st: Nesting) -> bool:
    """"Department of Consumer" + "and Worker Protection (DCWP)", "Agency for Access" + "to Public Information
    (AAIP)": an unknown name cut before the rest of the name its acronym spells out. It runs on over title words
    (and the minor words, commas and "'s" between them) to the parenthesis, when the initials of its capitalised words
    are the acronym's letters (in any order: "AAIP" spells the Spanish name's order)."""
    doc = st.doc
    if e.ent_id_ or e.label_ not in ("ORG", "LAW", "FAC", "NORP"):
        return False
    i = title_run_end(doc, e.end)
    if i == e.end or i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")" \
            or sorted(c for c in doc[i + 1].text if c.isupper()) != initials(doc[e.start:i]):
        return False
    st.swallowed.update(id(x) for x in st.ents if e.end <= x.start and x.end <= i)
    return st.add(e.start, i, e.label_, range(e.start, i))


def title_run_end(doc: Doc, i: int) -> int:
    """The end of the title words (and minor words) from token `i` up to a parenthesis, at most 8, in one line."""
    start = i
    while i < len(doc) and i - start < 8 and "\n" not in doc[i - 1].whitespace_ and doc[i].text != "(" \
            and (doc[i].text[:1].isupper() or doc[i].lower_ in SPELLING_WORDS):
        i += 1
    return i


def initials(span: Span) -> list[str]:
    """The sorted first letters of a name's capitalised words ("Department of Consumer and Worker Protection")."""
    return sorted(t.text[0] for t in span if t.is_alpha and t.text[:1].isupper() and t.lower_ not in SPELLING_WORDS)


NESTING_RULES: tuple[Callable[[Span, Nesting], bool], ...] = (name_over_particles, name_cut_at_connector,
                                                              law_with_year, listed_name, coordinated_name,
                                                              name_runs_to_acronym, name_runs_on, chapter_of_place,
                                                              name_runs_on_over_and,
                                                              another_place, place_starts_company, model_for_product,
                                                              place_starts_name, name_ends_in_place)


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
