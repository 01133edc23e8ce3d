"""What makes a name a place: the lists of places (data/places.jsonl: the world's cities, regions and smaller
towns; data/wordnet_places.jsonl) and the rules that say a name is one whatever the tagger's label: its shape ("Menlo
Park"), "a Lehi-based company", "the city of Tampere", "officials in Reykjavik". The typer reads them
(kg/nlp/entities/entity_types.py: classify and its context rules)."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg.contract import ORGANIZATION_CLASSES
from kg.nlp.entities.name_runs import modified_noun
from kg.nlp.lexicon import is_person_noun, load_jsonl, words
from kg.nlp.names import fold

if TYPE_CHECKING:
    from kg.nlp.entities.entity_types import Cues

LOCATIVE_PREPOSITIONS = words("entity_words.json", "locative_prepositions")
NOT_RESIDENTS = words("entity_words.json", "not_resident_people")
PLACE_LABELS = ("GPE", "LOC")


@lru_cache(maxsize=1)
def wordnet_places() -> frozenset[str]:
    """Folded names of the cities, districts and countries WordNet knows (data/wordnet_places.jsonl, made by
    tools/wordnet_places.py)."""
    return frozenset(fold(r["name"]) for r in load_jsonl("wordnet_places.jsonl")
                     if "adjective_of" not in r and not r.get("continent"))


@lru_cache(maxsize=1)
def continents() -> frozenset[str]:
    """Folded names of the continents that are no country (data/wordnet_places.jsonl, "continent"): "Asia", "Africa"."""
    return frozenset(fold(r["name"]) for r in load_jsonl("wordnet_places.jsonl") if r.get("continent"))


def is_continent(span: Span) -> bool:
    """A continent is no jurisdiction: no government and no law of its own (corpus/train's gold annotates none of its
    mentions of Asia, Africa or North America; "Europe" the gazetteer reads as the EU)."""
    return fold(span.text) in continents()


def place_rows() -> list[dict]:
    """The rows of data/places.jsonl that name a place on their own: the cities and regions, not the smaller towns
    (see `towns`). Every list of places reads these (`places`, generic_names.country_codes)."""
    return [r for r in load_jsonl("places.jsonl") if r["kind"] != "town"]


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Folded name (kg/nlp/names.py) -> "city" or "region", of the world's cities and regions (data/places.jsonl, made
    by tools/places.py from GeoNames and ISO 3166-2, common words and the gazetteer's names left out)."""
    return {fold(r["name"]): r["kind"] for r in place_rows()}


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """Folded names of the world's smaller towns with a one-word name (data/places.jsonl, kind "town"): too often a
    surname, a first name or a firm's name ("Kirkland", "Nokia") to be a place on their own (see `is_place`)."""
    return frozenset(fold(r["name"]) for r in load_jsonl("places.jsonl") if r["kind"] == "town")


def known_place(span: Span) -> bool:
    """Whether a list of places knows the name (kg/nlp/entities/qualified.py: place_names; no smaller town)."""
    from kg.nlp.entities.qualified import place_names

    return fold(span.text) in place_names()


def based_after(span: Span) -> bool:
    """"a Bergen-based startup": the name says where something is based."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based"


def seats_an_organisation(span: Span) -> bool:
    """"the Veldhoven-based company", "a Bergen-based lender": "-based" on a noun of an organisation (a descriptor of
    data/type_cues.json's classes of organisations); not "a Python-based tool", "a Kestrel-based chatbot"."""
    from kg.nlp.entities.entity_types import cues  # entity_types reads this module: import on use

    noun = span.doc[span.end + 1].head
    return cues().descriptors.get(noun.lemma_.lower()) in ORGANIZATION_CLASSES


def tagged_place_elsewhere(span: Span) -> bool:
    """Whether the tagger labels another mention of the same name in the document a place."""
    key = fold(span.text)
    return any(e.label_ in PLACE_LABELS and fold(e.text) == key for e in span.doc.ents if e.start != span.start)


def is_place(span: Span) -> bool:
    """A city or region, when the tagger called it a place, the name has two words or more ("Menlo Park" tagged a
    person) or it says where something is based ("a Bergen-based startup"); a one-word name tagged an organisation
    when the tagger calls another mention of it a place (not "Toyota", "Tata" or "Berkeley" alone, also names of
    places) or modifies a common noun after it ("a Malmö company") or follows "in" ("in Sendai"); a one-word name
    tagged a person may well be one ("Rivers"). A smaller town ("Lehi") only when the tagger calls it a place or
    something is based there, and so a name no list knows ("the Veldhoven-based company": in the gold of
    corpus/train, dev, dev2 and the earlier real-news samples 130 of 132 names before "-based" are places, the others
    a model and a firm the gazetteer knows, which the typer reads first)."""
    key = fold(span.text)
    if key in towns():
        return span.label_ in PLACE_LABELS or based_after(span)
    if key not in places():
        return based_after(span) and span[0].is_title and seats_an_organisation(span)
    if span.label_ in PLACE_LABELS or len(span) > 1 or based_after(span):
        return True
    return span.label_ == "ORG" and (tagged_place_elsewhere(span) or modifies_a_noun(span))


def modifies_a_noun(span: Span) -> bool:
    """"a Malmö company", "the Marseille investment firm", "its Seville sites": a city's name before the common noun it
    modifies says where that thing is, and so does one after "in", "at" or "near" ("a data centre in Sendai"); a firm
    named like a city is in the gazetteer, and so out of the place lists."""
    return modified_noun(span) is not None or span.root.dep_ == "pobj" and span.root.head.lower_ in ("in", "at", "near")


# -- context rules of the typer (context_rules.CONTEXT_RULES), each given the typer's cues ----------------------------
def place_of(span: Span, c: Cues) -> str | None:
    """"the city of Tampere", "the province of Quebec": a place noun (a descriptor of a jurisdiction), "of", then a name
    the place lists know (a smaller town too) that owns nothing ("the state of Lumina's finances")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of" or (span.end < len(doc) and doc[span.end].tag_ == "POS"):
        return None
    noun = doc[span.start - 2]
    if not (noun.is_lower and c.descriptors.get(noun.lemma_.lower()) == "Jurisdiction"):
        return None
    return "Jurisdiction" if known_place(span) or fold(span.text) in towns() else None


def people_in_place(span: Span, c: Cues) -> str | None:
    """"regulators in Reykjavik", "officials in Uppsala": a name the place lists know (no smaller town: "partners in
    Kirkland"), where people or a body are (a noun whose first WordNet sense is a person, or a descriptor noun; not
    whose: "investors in OpenAI", not_resident_people of data/entity_words.json)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in LOCATIVE_PREPOSITIONS or not known_place(span):
        return None
    people = prep.head
    lemma = people.lemma_.lower()
    if people.pos_ == "NOUN" and (is_person_noun(people) or lemma in c.descriptors) and lemma not in NOT_RESIDENTS:
        return "Jurisdiction"
    return None
