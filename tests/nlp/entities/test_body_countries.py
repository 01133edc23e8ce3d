"""A government body's country, as its document tells it: what keeps two countries' bodies of one name apart."""
from __future__ import annotations

from kg.nlp.entities.body_countries import (body_countries, foreign_namesake, lead_country, name_countries,
                                            note_countries)
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.records import LocalEntity


def known(gid: str, *forms: str, mentions: int = 1) -> LocalEntity:
    entry = load_gazetteer()[gid]
    return LocalEntity(f"gaz:{gid}", entry.type, entry.name, surface_forms=set(forms), gaz_id=gid,
                       mentions=[(i, i + 1) for i in range(mentions)])


def local(cls: str, *forms: str, mentions: int = 1) -> LocalEntity:
    return LocalEntity(f"loc:{forms[0].lower()}", cls, forms[0], surface_forms=set(forms),
                       mentions=[(i, i + 1) for i in range(mentions)])


def with_(*ents: LocalEntity) -> dict[str, LocalEntity]:
    return {e.key: e for e in ents}


def test_body_countries_a_name_holds_its_place():
    assert name_countries("Thailand's PDPC") == {"TH"}
    assert name_countries("Cyberspace Administration of China") == {"CN"}
    assert name_countries("U.S. Department of Commerce") == {"US"}  # a gazetteer's short name of the place
    assert name_countries("Ministry of Public Security") == set()
    assert name_countries("Personal Data Protection Commission") == set()


def test_body_countries_the_lead_country_is_the_one_named_most():
    assert lead_country(with_(local("Jurisdiction", "Vietnam", mentions=3), local("Jurisdiction", "Hanoi"),
                              known("china", "China", mentions=2))) == "VN"
    assert lead_country(with_(local("Jurisdiction", "Vietnam"), known("china", "China"))) is None  # a tie
    assert lead_country(with_(local("Company", "Acme"))) is None


def test_body_countries_of_a_body_its_name_then_its_entry_then_the_document():
    assert body_countries(local("GovernmentBody", "Office of the PDPC", "Thailand's PDPC"), "SG") == {"TH"}
    assert body_countries(local("GovernmentBody", "Office of the PDPC"), "TH") == {"TH"}
    assert body_countries(known("singapore-pdpc", "PDPC"), "TH") == {"SG"}  # the gazetteer knows it
    assert body_countries(local("GovernmentBody", "Office of the PDPC"), None) == set()
    assert body_countries(local("Company", "Siam Sabai"), "TH") == set()  # bodies only


def test_body_countries_a_known_body_named_without_its_place_in_another_countrys_story():
    mps = known("mps-china", "Ministry of Public Security")
    story = with_(mps, local("Jurisdiction", "Vietnam"), local("Jurisdiction", "Da Nang"))
    assert foreign_namesake(mps, story)
    note_countries(story)
    assert mps.gaz_id is None and mps.name == "Ministry of Public Security" and mps.countries == {"VN"}


def test_body_countries_a_known_body_stays_where_its_country_may_be_the_story():
    mps = known("mps-china", "Ministry of Public Security")
    assert not foreign_namesake(mps, with_(mps))  # no place named
    assert not foreign_namesake(mps, with_(mps, local("Jurisdiction", "Vietnam"), known("china", "China")))
    named = known("mps-china", "China's Ministry of Public Security")
    assert not foreign_namesake(named, with_(named, local("Jurisdiction", "Vietnam")))  # its name says whose
    note_countries(with_(mps))
    assert mps.gaz_id == "mps-china" and mps.countries == {"CN"}


def test_body_countries_an_instrument_named_without_its_place_in_another_countrys_story():
    act = known("korea-ai-basic-act", "AI Basic Act")
    story = with_(act, local("Jurisdiction", "Taiwan"), local("Jurisdiction", "Taipei"))
    assert foreign_namesake(act, story)
    assert not foreign_namesake(act, with_(act, local("Jurisdiction", "Taiwan"), known("south-korea", "Korea")))


def test_body_countries_names_other_countries_bodies_may_bear():
    from kg.nlp.entities.body_countries import namesake_form

    assert namesake_form("Ministry of Public Security") and namesake_form("Committee")
    assert not namesake_form("European Commission")  # a nationality says whose
    assert not namesake_form("Dutch Data Protection Authority")
    assert not namesake_form("CMA") and not namesake_form("Ofcom")  # one body's name, wherever the story is
    assert not namesake_form("Cyberspace Administration of China")
    mps = known("mps-china", "Ministry of Public Security", "MPS")
    assert not foreign_namesake(mps, with_(mps, local("Jurisdiction", "Vietnam")))


def test_body_countries_the_gazetteers_own_places_have_countries():
    from kg.nlp.entities.generic_names import countries_of

    assert countries_of(["Texas"]) == {"US"} and countries_of(["London"]) == {"GB"}
    assert {"FR", "DE", "IE"} <= countries_of(["EU"]) and "US" not in countries_of(["European Union"])


def test_body_countries_a_known_name_with_its_own_home_place_before_it_is_that_body():
    from kg.nlp.entities.body_countries import home_qualified

    assert home_qualified("UK Information Commissioner's Office", "GovernmentBody").id == "uk-ico"
    assert home_qualified("Italian Garante", "GovernmentBody").id == "garante"  # the place's adjective
    assert home_qualified("Utah Department of Commerce", "GovernmentBody") is None  # another place's department
    assert home_qualified("Information Commissioner's Office", "GovernmentBody") is None  # no place: not this test's
