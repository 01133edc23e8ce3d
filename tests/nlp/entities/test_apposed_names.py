"""A name and the known body its apposition describes are one (kg/nlp/entities/apposed_names.py), on constructed
parses."""
from __future__ import annotations

from kg.nlp.entities.apposed_names import apposed_names
from tests.nlp.constructed import build

# "Datatilsynet , the Norwegian data protection authority , imposed a ban ."
WORDS = ["Datatilsynet", ",", "the", "Norwegian", "data", "protection", "authority", ",", "imposed", "a", "ban", "."]
HEADS = [8, 0, 6, 6, 5, 6, 0, 0, 8, 10, 8, 8]
DEPS = ["nsubj", "punct", "det", "amod", "compound", "compound", "appos", "punct", "ROOT", "det", "dobj", "punct"]


def aliases(ids: dict) -> dict:
    doc = build(WORDS, HEADS, DEPS, ents={(0, 1): "GovernmentBody", (3, 7): "GovernmentBody"}, ids=ids)
    alias_of: dict = {}
    apposed_names(doc, alias_of)
    return alias_of


def test_apposed_names_an_unknown_name_described_by_a_known_body_is_that_body():
    assert aliases({(3, 7): "norway-dpa"}) == {(0, 1): (3, 7)}


def test_apposed_names_two_names_of_their_own_stay_apart():
    assert aliases({}) == {}  # the description names no known body
    assert aliases({(0, 1): "datatilsynet", (3, 7): "norway-dpa"}) == {}  # both known: the gazetteer decides
