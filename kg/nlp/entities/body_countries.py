"""The country of a government body or an instrument, as its document tells it. Two documents' bodies of one name
("PDPC", "National Assembly", "the Ministry of Science and Technology") are one body only when they are of one
country: the graph's identity (kg/graph/identity.py) reads `LocalEntity.countries` to keep Thailand's PDPC apart from
Singapore's. A known body named here only as other countries' bodies may be named, in another country's story, is
that country's namesake (`foreign_namesake`)."""
from __future__ import annotations

from kg.nlp.entities.generic_names import (country_codes, country_mentions, countries_of, elsewhere, gaz_entry,
                                           home_countries, home_places, jurisdiction_names, places_named)
from kg.nlp.entities.entity_types import demonyms, generic_words
from kg.nlp.gazetteer import GazEntry, exact_match, load_gazetteer
from kg.nlp.lexicon import load_json
from kg.nlp.names import fold
from kg.nlp.records import LocalEntity

LONGEST_PLACE = 4  # words in the longest place name looked for inside a body's name
NATIONAL = ("GovernmentBody", "PolicyInstrument")  # the classes whose things belong to one country


def lead_country(entities: dict[str, LocalEntity]) -> str | None:
    """The country the document names most often (by mentions of its places), when one leads (ISO code)."""
    ranked = country_mentions(entities).most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def place_countries(words: list[str]) -> set[str]:
    """The countries of the place names among a name's words, each the longest that starts at its word ("New York
    State Senate" holds New York, not York)."""
    out, i = set(), 0
    while i < len(words):
        n, found = next(((n, f) for n in range(min(LONGEST_PLACE, len(words) - i), 0, -1)
                         if (f := phrase_countries(" ".join(words[i:i + n]))) is not None), (1, set()))
        out |= found
        i += n
    return out


def phrase_countries(phrase: str) -> set[str] | None:
    """The countries of a folded place name: a place the gazetteer knows, by its own names ("u.s." of the United
    States), or one of the lists of places; None when it names no place."""
    known = jurisdiction_names()
    if phrase in known:
        return home_countries({known[phrase]}) | countries_of([phrase])
    return countries_of([phrase]) if phrase in country_codes() else None


def name_words(form: str) -> list[str]:
    """A name's folded words, a possessive's "'s" cut off ("Thailand's PDPC": thailand, pdpc)."""
    return [w.removesuffix("'s") for w in fold(form).split()]


def name_countries(form: str) -> set[str]:
    """The countries a name holds in itself ("Thailand's PDPC", "Cyberspace Administration of China")."""
    return place_countries(name_words(form))


def body_countries(e: LocalEntity, lead: str | None) -> set[str]:
    """A government body's or an instrument's countries: its gazetteer entry's home, else the places its own names
    hold, else the country the document names most. Empty for other classes, and when nothing tells."""
    if e.type not in NATIONAL:
        return set()
    entry = gaz_entry(e)
    if entry is not None:
        return set(home_countries(home_places(entry)))
    own = set().union(*(name_countries(f) for f in e.surface_forms))
    return own or ({lead} if lead else set())


def foreign_namesake(e: LocalEntity, entities: dict[str, LocalEntity]) -> bool:
    """A known body or instrument named here only by names other countries' bodies may bear (`namesake_form`:
    "Ministry of Public Security", "AI Basic Act"), in a document that never names its home and every place of which
    lies in another country (a story from Vietnam, from Taiwan): that country's namesake, not the gazetteer's. A
    story that also names a place of the home country, or a place of no known country, keeps it (cross-validated on
    `corpus/train`'s batches, "mostly in another country" also unlinked the CMA, the CNIL and the ICO in stories about
    other countries' reviews: more wrong than right)."""
    entry = gaz_entry(e)
    if entry is None or e.type not in NATIONAL or not all(namesake_form(f) for f in e.surface_forms):
        return False
    home = home_places(entry)
    others = {k: o for k, o in entities.items() if o is not e}  # its own name may not vouch for its place
    return bool(home) and not home & places_named(others) and elsewhere(home, entities)


def namesake_form(form: str) -> bool:
    """A name other countries' bodies may bear: words that hold no place, and no nationality ("European
    Commission", "Dutch Data Protection Authority" say whose they are), not an acronym or a word of its own ("CMA",
    "Ofcom": one body's, wherever the story is set), or a kind's word alone ("the Committee")."""
    words = name_words(form)
    if len(words) == 1:  # a kind's word ("Committee") is any country's; another word alone is one body's name
        return words[0] in generic_words()
    return not place_countries(words) and not any(w in demonyms() for w in words)


def home_qualified(text: str, cls: str) -> GazEntry | None:
    """"UK Information Commissioner's Office", "Italian Garante": a known body's or law's name with its own home place
    before it (the place the gazetteer makes it part of or based in, or that place's adjective) is that body; another
    place's is not ("Utah Department of Commerce" is not the U.S. one)."""
    words = fold(text).split()
    places, adjectives = jurisdiction_names(), load_json("relation_cues.json")["demonyms"]
    for i in range(1, min(LONGEST_PLACE, len(words) - 1) + 1):
        before, rest = " ".join(words[:i]), " ".join(words[i:])
        place = places.get(before) or adjectives.get(before)
        gid = exact_match(rest, cls) if place else None
        if gid is not None and place in home_places(load_gazetteer()[gid]):
            return load_gazetteer()[gid]
    return None


def note_countries(entities: dict[str, LocalEntity]) -> None:
    """Sets `countries` on each of the document's government bodies and instruments; a known one's foreign namesake
    (`foreign_namesake`) loses the gazetteer's entry and takes the longest name the document gives it."""
    for e in [e for e in entities.values() if foreign_namesake(e, entities)]:
        e.gaz_id = None
        e.name = min(e.surface_forms, key=lambda f: (-len(f.split()), f)).removeprefix("the ").removeprefix("The ")
    lead = lead_country(entities)
    for e in entities.values():
        e.countries = body_countries(e, lead)
