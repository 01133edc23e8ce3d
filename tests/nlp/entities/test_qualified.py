"""One body or instrument named with and without its place (or an instrument with and without its year)."""
from __future__ import annotations

import pytest

from kg.nlp.entities.qualified import place_qualified, qualifies, same_body
from kg.nlp.records import LocalEntity
from tests.nlp.constructed import build


@pytest.mark.parametrize("longer, shorter, cls, expected", [
    ("Brazilian National Data Protection Authority", "National Data Protection Authority", "GovernmentBody", True),
    ("Personal Information Protection Commission of Korea", "Personal Information Protection Commission",
     "GovernmentBody", True),
    ("Kenya Office of the Data Protection Commissioner", "Office of the Data Protection Commissioner", "GovernmentBody",
     True),
    ("Illinois Biometric Information Privacy Act", "Biometric Information Privacy Act", "PolicyInstrument", True),
    ("IT Rules 2021", "IT Rules", "PolicyInstrument", True),
    ("IT Rules 2021", "IT Rules", "GovernmentBody", False),  # a year qualifies an instrument only
    ("Senate Commerce Committee", "Commerce Committee", "GovernmentBody", False),  # "Senate" is no place
    ("Brazilian Authority", "Authority", "GovernmentBody", False),  # one word is too little to name a body
    ("House of Commons Public Accounts Committee", "Public Accounts Committee", "GovernmentBody", False),
])
def test_qualifies_a_place_before_of_a_place_after_or_a_year(longer, shorter, cls, expected):
    assert qualifies(longer, shorter, cls) is expected


def entity(key, cls, forms, gaz_id=None):
    return LocalEntity(key, cls, forms[0], surface_forms=set(forms), gaz_id=gaz_id)


def test_place_qualified_joins_the_one_cluster_of_the_same_class():
    doc = build(["the", "Data", "Protection", "Authority", "said"], [3, 3, 3, 4, 4], ["det", "compound", "compound",
                "nsubj", "ROOT"], ents={(1, 4): "GovernmentBody"})
    short = doc.ents[0]
    full = entity("a", "GovernmentBody", ["Brazilian Data Protection Authority"])
    assert place_qualified(short, {"a": full}) == "a"
    other = entity("b", "GovernmentBody", ["Chinese Data Protection Authority"])
    assert place_qualified(short, {"a": full, "b": other}) is None  # two bodies it could be: neither
    law = entity("c", "PolicyInstrument", ["Brazilian Data Protection Authority"])
    assert place_qualified(short, {"c": law}) is None  # another class


def test_place_qualified_never_joins_a_qualified_name_to_a_gazetteer_entity_without_it():
    doc = build(["Utah", "Department", "of", "Commerce", "said"], [1, 4, 1, 2, 4], ["compound", "nsubj", "prep",
                "pobj", "ROOT"], ents={(0, 4): "GovernmentBody"})
    known = entity("gaz:x", "GovernmentBody", ["Department of Commerce"], gaz_id="us-department-of-commerce")
    assert place_qualified(doc.ents[0], {"gaz:x": known}) is None
    local = entity("loc:x", "GovernmentBody", ["Department of Commerce"])
    assert place_qualified(doc.ents[0], {"loc:x": local}) == "loc:x"


def test_same_body_needs_the_entrys_own_name_with_or_without_its_place():
    assert same_body("National Data Protection Authority", ("Brazilian National Data Protection Authority", "ANPD"))
    assert not same_body("Autoriteit Persoonsgegevens", ("Associated Press", "AP"))


def test_resolver_an_acronym_the_gazetteer_knows_takes_the_full_name_with_it(parse):
    ex = parse("On July 2 the National Data Protection Authority (ANPD) ordered Meta to stop. The ANPD said Meta must "
               "comply.")
    bodies = [e for e in ex.entities.values() if e.type == "GovernmentBody"]
    assert len(bodies) == 1 and bodies[0].gaz_id == "anpd"
    assert {"National Data Protection Authority", "ANPD"} <= bodies[0].surface_forms


def test_resolver_a_body_named_with_and_without_its_country_is_one(parse):
    ex = parse("The Personal Information Protection Commission of Korea fined DeepSeek. The Personal Information "
               "Protection Commission said the app sent data abroad.")
    bodies = [e for e in ex.entities.values() if e.type == "GovernmentBody"]
    assert len(bodies) == 1 and "Personal Information Protection Commission" in bodies[0].surface_forms
