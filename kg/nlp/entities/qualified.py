"""One body or instrument named with and without its place: "Brazilian National Data Protection Authority" and
"National Data Protection Authority", "Personal Information Protection Commission of Korea" and "Personal Information
Protection Commission", "Illinois Biometric Information Privacy Act" and "Biometric Information Privacy Act"; an
instrument with and without its year ("IT Rules 2021", "IT Rules"); a body after its place's possessive, the
gazetteer's body of that place ("Kenya's High Court": `place_body`)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from kg.nlp.entities.entity_types import demonyms
from kg.nlp.entities.places import places, wordnet_places
from kg.nlp.gazetteer import GazEntry, exact_match, load_gazetteer
from kg.nlp.lexicon import load_json, load_jsonl
from kg.nlp.names import fold, name_key
from kg.nlp.records import LocalEntity

YEAR = re.compile(r"^,? ?(19|20)\d\d$")
QUALIFIED_CLASSES = frozenset({"GovernmentBody", "ResearchOrganization", "MediaOutlet", "PolicyInstrument"})


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Folded names of places and their adjectives: the world's countries (data/countries.jsonl), the gazetteer's
    jurisdictions (the EU, US states), the world's cities and regions (data/places.jsonl), WordNet's cities, districts,
    countries and continents (data/wordnet_places.jsonl) and the demonyms ("brazilian", "norwegian")."""
    gaz = {fold(n) for e in load_gazetteer().values() if e.type == "Jurisdiction" for n in e.names}
    countries = {fold(n) for r in load_jsonl("countries.jsonl") for n in r["names"]}
    return frozenset(gaz | countries | set(places()) | wordnet_places() | demonyms())


def place_free_forms(name: str) -> set[str]:
    """A folded name without a place before it or "of" a place after it: "italian parliament" and "parliament of
    italy" give "parliament"; "court of justice of the european union" gives "court of justice"."""
    names, words, out = place_names(), name.split(), set()
    out |= {" ".join(words[i:]) for i in range(1, len(words)) if " ".join(words[:i]) in names}
    at = name.find(" of ")
    while at > 0:
        if name[at + 4:].removeprefix("the ") in names:
            out.add(name[:at])
        at = name.find(" of ", at + 1)
    return out


def qualifies(longer: str, shorter: str, cls: str) -> bool:
    """The longer name is the shorter (two words at least) with a place before it or "of" a place after it, or, for an
    instrument, its year after it."""
    lo, sh = fold(longer), fold(shorter)
    if len(sh.split()) < 2 or len(lo) <= len(sh):
        return False
    return sh in place_free_forms(lo) or (cls == "PolicyInstrument" and lo.startswith(sh)
                                          and bool(YEAR.match(lo[len(sh):])))


def names_of(e: LocalEntity) -> set[str]:
    """The names the document gave the entity, and the gazetteer's when it is known there."""
    entry = load_gazetteer().get(e.gaz_id) if e.gaz_id else None
    return set(e.surface_forms) | set(entry.names if entry else ())


def place_qualified(ent: Span, entities: dict[str, LocalEntity]) -> str | None:
    """The one cluster of the mention's class that names it with its place (or its year), or without them; a name
    with its place never joins a gazetteer entity known without it ("Utah Department of Commerce" is not the
    gazetteer's U.S. "Department of Commerce")."""
    if ent.label_ not in QUALIFIED_CLASSES:
        return None
    found = {key for key, e in entities.items() if e.type == ent.label_ and (
        any(qualifies(s, ent.text, e.type) for s in names_of(e))
        or e.gaz_id is None and any(qualifies(ent.text, s, e.type) for s in e.surface_forms))}
    return found.pop() if len(found) == 1 else None


def same_body(local: str, entry_names: tuple[str, ...]) -> bool:
    """A name the document gives in full is one of the gazetteer's names for the entry its acronym stands for, or that
    name without its place: "National Data Protection Authority (ANPD)" and the gazetteer's "Brazilian National Data
    Protection Authority", not "Autoriteit Persoonsgegevens (AP)" and the Associated Press."""
    return any(fold(n) == fold(local) or qualifies(n, local, "") for n in entry_names)


@lru_cache(maxsize=1)
def place_adjectives() -> dict[str, list[str]]:
    """Place id -> its adjectives ("brazil": ["brazilian"]; data/relation_cues.json: demonyms)."""
    out: dict[str, list[str]] = {}
    for adjective, place in load_json("relation_cues.json")["demonyms"].items():
        out.setdefault(place, []).append(adjective)
    return out


def place_body(ent: Span) -> GazEntry | None:
    """"Kenya's High Court": a body named after its place's possessive is the gazetteer's body of that name and
    place ("High Court of Kenya", "Kenya High Court"), when it knows one."""
    doc = ent.doc
    if ent.label_ != "GovernmentBody" or ent.start < 2 or doc[ent.start - 1].lower_ not in ("'s", "'"):
        return None
    place = next((e for e in doc.ents if e.end == ent.start - 1 and e.label_ == "Jurisdiction"), None)
    if place is None:
        return None
    name = ent.text.removeprefix("the ").removeprefix("The ")
    adjectives = place_adjectives().get(name_key(place.text).replace(" ", "-"), [])  # "South Korea": south-korea
    for form in [f"{name} of {place.text}", f"{place.text} {name}"] + [f"{a.title()} {name}" for a in adjectives]:
        gid = exact_match(form, ent.label_)  # exactly: "Austria's High Court" is no misspelt High Court of Australia
        if gid is not None:
            return load_gazetteer()[gid]
    return None
