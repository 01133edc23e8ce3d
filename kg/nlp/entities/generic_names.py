"""Generic names of known bodies: "the federal government", "Congress" and "Senate" name the U.S. bodies in a story
about the United States, and another country's in a story about that country. The gazetteer knows them by those
names; these tests say when it may not use them."""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

from kg.nlp.entities.places import place_rows
from kg.nlp.entities.qualified import names_of
from kg.nlp.gazetteer import GazEntry, load_gazetteer
from kg.nlp.lexicon import load_json, load_jsonl
from kg.nlp.names import fold
from kg.nlp.records import LocalEntity


def generic_elsewhere(e: LocalEntity, entities: dict[str, LocalEntity]) -> bool:
    """"the federal government" and "Congress" name the U.S. bodies only in a story about the United States: a known
    entity met only by generic names (a lower-case phrase, or its name without the place before it) is not that
    entity when the place it belongs to (its partOf or basedIn facts, else the place its names begin with) is not
    named in the document (a Brazilian story's federal government and Congress are Brazil's)."""
    entry = gaz_entry(e)
    if entry is None or not only_generic(e, entry):
        return False
    if described(e):  # a phrase, not a name: its own facts, and the places the document names as places
        places = {p for rel in ("partOf", "basedIn") for p in entry.facts.get(rel, ())}
        return bool(places) and (not any(f"gaz:{p}" in entities for p in places) or mostly_elsewhere(places, entities))
    places = home_places(entry)  # a name: the document never names its place, and names mostly another country's
    return bool(places) and not places & places_named(entities) and (elsewhere(places, entities)
                                                                      or mostly_elsewhere(places, entities))


def described(e: LocalEntity) -> bool:
    """Met only by lower-case phrases ("the federal government")."""
    return all(f == f.lower() for f in e.surface_forms)


def gaz_entry(e: LocalEntity) -> GazEntry | None:
    return load_gazetteer().get(e.gaz_id) if e.gaz_id is not None else None


def only_generic(e: LocalEntity, entry: GazEntry) -> bool:
    """Met only by lower-case phrases, by the entry's names without their place, or by names two or more known
    bodies share without their place (`body_stems`: "National Assembly", "Senate")."""
    return all(f == f.lower() or without_place(f, entry) or fold(f).removeprefix("the ") in body_stems()
               for f in e.surface_forms)


def places_named(entities: dict[str, LocalEntity]) -> set[str]:
    """The places a document names: its jurisdictions, and the places of the known bodies it names with their place
    ("the U.S. Senate" names the United States)."""
    out = set()
    for e in entities.values():
        entry = gaz_entry(e)
        if entry is not None and entry.type == "Jurisdiction":
            out.add(entry.id)
        elif entry is not None and not only_generic(e, entry):
            out |= home_places(entry)
    return out


def without_place(form: str, entry: GazEntry) -> bool:
    """The form is one of the entry's names without the place it begins with ("Congress", "Senate" of "U.S. Senate")."""
    f = fold(form)
    return any(fold(n).endswith(" " + f) and fold(n)[:-len(f) - 1] in jurisdiction_names() for n in entry.names)


def home_places(entry: GazEntry) -> set[str]:
    """The places an entry belongs to: its partOf and basedIn facts (a body's parent's place: the U.S. Senate is part
    of Congress, Congress of the United States), else the place its names begin with (read once an entry)."""
    return set(_home_places(entry.id, 2))


@lru_cache(maxsize=None)
def _home_places(gid: str, depth: int) -> frozenset[str]:
    gaz = load_gazetteer()
    entry, out = gaz[gid], set()
    for p in (p for rel in ("partOf", "basedIn") for p in entry.facts.get(rel, ())):
        parent = gaz.get(p)
        out |= {p} if parent is None or parent.type == "Jurisdiction" or depth == 0 else _home_places(p, depth - 1)
    if out:
        return frozenset(out)
    places = jurisdiction_names()
    return frozenset(places[p] for n in entry.names for p in places if fold(n).startswith(p + " "))


@lru_cache(maxsize=1)
def jurisdiction_names() -> dict[str, str]:
    """Folded name -> gazetteer id of every jurisdiction the gazetteer knows ("u.s." -> united-states)."""
    return {fold(n): k for k, e in load_gazetteer().items() if e.type == "Jurisdiction" for n in e.names}


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Folded name -> ISO country code, of the world's countries (data/countries.jsonl) and of its cities and regions
    (data/places.jsonl, the country they lie in)."""
    out = {fold(r["name"]): r["country"] for r in place_rows()}
    out.update({fold(n): r["code"] for r in load_jsonl("countries.jsonl") for n in r["names"]})
    return out


@lru_cache(maxsize=1)
def gazetteer_place_codes() -> dict[str, frozenset[str]]:
    """Folded name -> countries, of the gazetteer's places the lists of places leave out ("California", "London"; the
    European Union: its member states), from data/place_countries.json."""
    gaz, data = load_gazetteer(), load_json("place_countries.json")
    return {fold(n): frozenset(codes) for gid, codes in data.items() if gid in gaz for n in gaz[gid].names}


def countries_of(names) -> set[str]:
    """The countries places of these names are in (empty when no list of places knows them)."""
    codes, more = country_codes(), gazetteer_place_codes()
    out: set[str] = set()
    for n in names:
        f = fold(n)
        out |= more[f] if f in more else {codes[f]} if f in codes else set()
    return out


def home_countries(home: set[str]) -> set[str]:
    """The countries of a body's home places (gazetteer ids)."""
    gaz = load_gazetteer()
    return countries_of(n for p in home if p in gaz for n in gaz[p].names)


def named_countries(entities: dict[str, LocalEntity]) -> list[tuple[set[str], int]]:
    """Each jurisdiction the document names: the countries it lies in, and how often it is mentioned."""
    return [(countries_of(names_of(o)), len(o.mentions)) for o in entities.values() if o.type == "Jurisdiction"]


def country_mentions(entities: dict[str, LocalEntity]) -> Counter[str]:
    """How often the document names each country, by the mentions of its places."""
    counts: Counter[str] = Counter()
    for codes, mentions in named_countries(entities):
        for code in codes:
            counts[code] += mentions
    return counts


def mostly_elsewhere(home: set[str], entities: dict[str, LocalEntity]) -> bool:
    """Whether the country the document names most often (by mentions of its places) is another than the body's: an
    Australian story that mentions "U.S. companies" once is still about Australia's federal government."""
    home_codes = home_countries(home)
    counts = country_mentions(entities)
    if not home_codes or not counts:
        return False
    top = max(counts.values())
    return not {c for c, n in counts.items() if n == top} & home_codes


def elsewhere(home: set[str], entities: dict[str, LocalEntity]) -> bool:
    """Whether the document names places, every one known to lie in another country than the body's home places."""
    home_codes = home_countries(home)
    named = [codes for codes, _ in named_countries(entities)]
    return bool(home_codes) and bool(named) and all(codes and not codes & home_codes for codes in named)


@lru_cache(maxsize=1)
def stem_bodies() -> dict[str, frozenset[str]]:
    """Each name of the gazetteer's government bodies without their place, folded, and the bodies that have it:
    "parliament" of "Italian Parliament" and of "Parliament of Australia", "high court" of "Irish High Court" and
    "High Court of Kenya", "senate" of "U.S. Senate" and "Connecticut Senate"."""
    from kg.nlp.entities.qualified import place_free_forms

    bodies = defaultdict(set)
    for entry in load_gazetteer().values():
        if entry.type == "GovernmentBody":
            for name in entry.names:
                for stem in place_free_forms(fold(name)):
                    bodies[stem].add(entry.id)
    return {stem: frozenset(ids) for stem, ids in bodies.items()}


@lru_cache(maxsize=1)
def body_stems() -> frozenset[str]:
    """The names that two or more known bodies share without their place: a name the document gives only in such a
    form names its own country's body, whichever that is."""
    return frozenset(stem for stem, ids in stem_bodies().items() if len(ids) > 1)


def stems_of(e: LocalEntity) -> set[str] | None:
    """The shared stems the entity is named by, or None when it has another name too (an acronym aside)."""
    forms = {fold(f).removeprefix("the ") for f in e.surface_forms if " " in f or f.upper() != f}
    stems = forms & body_stems()
    return stems if stems and forms == stems else None


def top_place(entities: dict[str, LocalEntity]) -> str | None:
    """The known place the document mentions most often, when one leads."""
    counts = Counter({e.gaz_id: len(e.mentions) for e in entities.values() if e.type == "Jurisdiction" and e.gaz_id})
    ranked = counts.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def own_body(e: LocalEntity, entities: dict[str, LocalEntity]) -> GazEntry | None:
    """The known body a generic name stands for in this document: of the bodies that share the name ("the Senate"),
    the one of the place the document mentions most ("Connecticut Senate" in a story about Connecticut), when there
    is exactly one."""
    if e.type != "GovernmentBody" or (stems := stems_of(e)) is None or (place := top_place(entities)) is None:
        return None
    gaz = load_gazetteer()
    found = {gid for stem in stems for gid in stem_bodies()[stem] if place in home_places(gaz[gid])}
    return gaz[found.pop()] if len(found) == 1 else None


def generic_body(e: LocalEntity) -> bool:
    """A government body the gazetteer does not know, named only by a known body's name without its place
    ("Parliament", "the High Court", "National Assembly"; an acronym beside such a name): a body of this document only,
    never one node with another story's parliament."""
    return e.gaz_id is None and e.type == "GovernmentBody" and stems_of(e) is not None
