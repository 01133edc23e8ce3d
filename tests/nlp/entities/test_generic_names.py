"""A known body's generic name ("Congress", "Senate") is that body only where the story may be in its country."""
from __future__ import annotations

from kg.nlp.entities.generic_names import (body_stems, generic_body, generic_elsewhere, home_places, own_body,
                                           stems_of, without_place)
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.records import LocalEntity


def known(gid: str, *forms: str) -> LocalEntity:
    entry = load_gazetteer()[gid]
    return LocalEntity(f"gaz:{gid}", entry.type, entry.name, surface_forms=set(forms), gaz_id=gid)


def place(name: str) -> LocalEntity:
    return LocalEntity(f"loc:{name.lower()}", "Jurisdiction", name, surface_forms={name})


def with_(*ents: LocalEntity) -> dict[str, LocalEntity]:
    return {e.key: e for e in ents}


def test_generic_names_a_name_without_its_place():
    senate = load_gazetteer()["us-senate"]
    assert without_place("Senate", senate) and not without_place("U.S. Senate", senate)
    assert home_places(senate) == {"united-states"}  # through Congress, of which it is part
    assert home_places(load_gazetteer()["congress"]) == {"united-states"}  # from its name


def test_generic_names_congress_in_a_story_about_brazil_is_not_the_us_congress():
    congress = known("congress", "Congress")
    assert generic_elsewhere(congress, with_(congress, known("brazil", "Brazil")))
    assert generic_elsewhere(congress, with_(congress, place("Santiago")))  # a city of Chile


def test_generic_names_congress_stays_the_us_congress_where_the_story_may_be_american():
    congress = known("congress", "Congress")
    assert not generic_elsewhere(congress, with_(congress))  # no place named
    assert not generic_elsewhere(congress, with_(congress, known("united-states", "U.S."), known("brazil", "Brazil")))
    assert not generic_elsewhere(congress, with_(congress, known("us-senate", "U.S. Senate"), known("brazil", "Brazil")))
    assert not generic_elsewhere(congress, with_(congress, place("Atlantis")))  # a place no list knows
    named = known("congress", "U.S. Congress")
    assert not generic_elsewhere(named, with_(named, known("brazil", "Brazil")))  # named with its place


def test_generic_names_the_federal_government_of_a_story_mostly_about_another_country():
    """"the federal government" in a story about Australia that mentions the U.S. once is not the U.S. government;
    in a story mostly about the United States it is."""
    fed = known("us-government", "federal government")
    us, australia = known("united-states", "U.S."), known("australia", "Australia")
    us.mentions, australia.mentions = [(1, 2)], [(5, 6), (9, 10), (20, 21)]
    assert generic_elsewhere(fed, with_(fed, us, australia))
    us.mentions = [(1, 2), (30, 31), (40, 41)]
    assert not generic_elsewhere(fed, with_(fed, us, australia))


def local_body(*forms: str) -> LocalEntity:
    return LocalEntity(f"loc:{forms[0].lower()}", "GovernmentBody", forms[0], surface_forms=set(forms))


def test_generic_names_stems_are_names_known_bodies_share_without_their_place():
    stems = body_stems()
    assert {"parliament", "senate", "high court", "national assembly"} <= stems
    assert "federal trade commission" not in stems and "bundestag" not in stems  # one body's own name


def test_generic_names_a_body_named_only_generically_is_of_its_document_only():
    assert generic_body(local_body("Parliament"))
    assert generic_body(local_body("the High Court"))
    assert generic_body(local_body("Ministry of Science and Technology", "MOST"))  # an acronym beside it
    assert not generic_body(local_body("Parliament", "Knesset"))  # another name too
    assert not generic_body(local_body("Bundestag"))
    assert stems_of(known("us-senate", "Senate")) == {"senate"}


def test_generic_names_the_senate_of_a_story_about_a_state_is_the_state_senate():
    senate, state = known("us-senate", "Senate"), known("connecticut", "Connecticut")
    state.mentions = [(1, 2), (5, 6)]
    assert own_body(senate, with_(senate, state)).id == "connecticut-senate"
    us = known("united-states", "U.S.")
    us.mentions = [(8, 9), (10, 11), (12, 13)]  # a story mostly about the country: its own Senate
    assert own_body(senate, with_(senate, state, us)).id == "us-senate"
    assert own_body(senate, with_(senate)) is None  # no place named: left as it is
    assert own_body(local_body("Parliament"), with_(known("italy", "Italy"))).id == "italian-parliament"


def test_generic_names_a_body_in_a_story_mostly_about_another_country_is_not_that_body():
    """"the National Assembly" in a story about Vietnam that also names a place no list knows is not Korea's."""
    assembly = known("national-assembly-korea", "National Assembly")
    vietnam, somewhere = place("Vietnam"), place("Atlantis")
    vietnam.mentions = [(1, 2), (5, 6)]
    somewhere.mentions = [(9, 10)]
    assert generic_elsewhere(assembly, with_(assembly, vietnam, somewhere))
    korea = known("south-korea", "Korea")
    assert not generic_elsewhere(assembly, with_(assembly, vietnam, somewhere, korea))  # its place is named
