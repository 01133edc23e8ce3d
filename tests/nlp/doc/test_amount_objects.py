"""A name the parser hung on the amount after it is re-hung as the verb's dative (kg/nlp/doc/amount_objects.py), on
constructed parses; and end to end, the one fined is read as the target."""
from __future__ import annotations

import pytest

from kg.nlp.doc.amount_objects import AmountObjects, name_before_amount
from tests.nlp.constructed import build

# "The regulator fined Paystream 2 million naira ."
WORDS = ["The", "regulator", "fined", "Paystream", "2", "million", "naira", "."]
HEADS = [1, 2, 2, 6, 5, 6, 2, 2]
POS = ["DET", "NOUN", "VERB", "PROPN", "NUM", "NUM", "NOUN", "PUNCT"]


def test_amount_objects_a_name_on_the_amount_becomes_the_verb_s_dative():
    doc = build(WORDS, HEADS, ["det", "nsubj", "ROOT", "nmod", "compound", "nummod", "dobj", "punct"], pos=POS)
    assert name_before_amount(doc[6]).i == 3
    AmountObjects(None, "kg_amount_objects")(doc)
    assert (doc[3].head.i, doc[3].dep_) == (2, "dative")
    assert [c.i for c in doc[2].children] == [1, 3, 6, 7]


@pytest.mark.parametrize("change", [
    {"dep6": "pobj"},  # the amount is no object of the verb ("paid in 2 million naira")
    {"pos3": "NOUN"},  # no name ("fined customer 2 million naira")
    {"pos2": "NOUN"},  # no verb over the amount
])
def test_amount_objects_only_a_name_before_an_amount_a_verb_takes(change):
    deps = ["det", "nsubj", "ROOT", "nmod", "compound", "nummod", change.get("dep6", "dobj"), "punct"]
    pos = [change.get(f"pos{i}", p) for i, p in enumerate(POS)]
    doc = build(WORDS, HEADS, deps, pos=pos)
    AmountObjects(None, "kg_amount_objects")(doc)
    assert doc[3].dep_ == "nmod"


def test_amount_objects_a_capital_letter_is_no_amount():
    # "The startup released Helix 2 M ." with "Helix" hung on "M": a model's edition, no amount
    words = ["The", "startup", "released", "Helix", "2", "M", "."]
    doc = build(words, [1, 2, 2, 5, 5, 2, 2], ["det", "nsubj", "ROOT", "nmod", "nummod", "dobj", "punct"],
                pos=["DET", "NOUN", "VERB", "PROPN", "NUM", "PROPN", "PUNCT"])
    assert name_before_amount(doc[5]) is None


def test_amount_objects_the_one_fined_is_the_target_end_to_end(parse):
    ex = parse("The FTC fined Brightwave 5 million dollars.")
    got = [(a.type, ex.entities[a.agent].name, [ex.entities[t].name for t in a.targets]) for a in ex.actions]
    assert ("Penalize", "Federal Trade Commission", ["Brightwave"]) in got, got
