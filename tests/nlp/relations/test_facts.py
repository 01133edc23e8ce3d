"""The gazetteer's facts: each kind as confident as it was right on corpus/train, and only the likely kinds beside the
trained relation model."""
from __future__ import annotations

import pytest

from kg.nlp.records import LocalEntity, RelationRecord
from kg.nlp.relations.facts import GAZETTEER_FACT, fact_confidence, fact_stands, parent_body


def entity(type_: str, name: str) -> LocalEntity:
    return LocalEntity(key="k", type=type_, name=name)


@pytest.mark.parametrize("type_, name, parent", [
    ("GovernmentBody", "U.S. Department of Commerce", True),
    ("Company", "Amazon", True),
    ("Jurisdiction", "Italy", False),
    ("GovernmentBody", "U.S. government", False),
    ("GovernmentBody", "Government of Quebec", False),
    ("GovernmentBody", "Government Operations Agency", True),
    ("GovernmentBody", "U.S. federal government", False),
])
def test_facts_a_parent_body_is_an_organisation_not_a_place_or_a_whole_government(type_, name, parent):
    assert parent_body(entity(type_, name)) is parent


@pytest.mark.parametrize("predicate, obj, conf", [
    ("partOf", entity("GovernmentBody", "U.S. Department of Commerce"), 0.7),
    ("partOf", entity("Jurisdiction", "China"), 0.3),
    ("partOf", entity("GovernmentBody", "Australian Government"), 0.3),
    ("basedIn", entity("Jurisdiction", "France"), 0.3),
    ("develops", entity("AIModel", "ChatGPT"), 0.9),
])
def test_facts_each_kind_is_as_confident_as_it_was_right(predicate, obj, conf):
    assert fact_confidence(predicate, obj) == conf


def test_facts_beside_a_model_only_trusted_kinds_at_least_as_likely_right_as_wrong():
    def fact(p, conf, extractor=GAZETTEER_FACT):
        return RelationRecord("a", p, "b", "e", confidence=conf, extractor=extractor)

    trusted = frozenset({"partOf", "develops"})
    assert fact_stands(fact("partOf", 0.7), trusted)
    assert not fact_stands(fact("partOf", 0.3), trusted)
    assert not fact_stands(fact("basedIn", 0.9), trusted)
    assert not fact_stands(fact("develops", 0.9, "kg.relations.possessive.v1"), trusted)


@pytest.mark.parametrize("text, expected", [
    ("The Bureau of Industry and Security tightened its rules. The U.S. Department of Commerce said the change was "
     "overdue.", ("Bureau of Industry and Security", "partOf", "U.S. Department of Commerce")),
    ("Amazon Web Services signed the deal. Amazon shares rose.", ("Amazon Web Services", "partOf", "Amazon")),
    ("The FTC fined Zentrix Labs. The U.S. government said more cases would follow.", None),
])
def test_facts_a_parent_organisation_stands_beside_the_trained_model_a_whole_government_does_not(parse, text,
                                                                                                     expected):
    ex = parse(text)
    got = {(ex.entities[r.subject].name, r.predicate, ex.entities[r.object].name) for r in ex.relations
           if r.predicate == "partOf"}
    assert got == ({expected} if expected else set()), got
