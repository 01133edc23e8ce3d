"""A place's government named by its adjective or its name is a government body."""
from __future__ import annotations

import pytest

from kg.nlp.entities.governments import government_patterns


def test_government_patterns_need_a_capitalised_place_word_then_government():
    pats = government_patterns()
    one = pats[0]["pattern"]
    assert {"italian", "france", "quebec"} <= set(one[0]["LOWER"]["IN"]) and one[0]["IS_TITLE"] is True
    assert "federal" not in one[0]["LOWER"]["IN"] and one[1] == {"LOWER": "government"}
    assert any([t.get("LOWER") for t in p["pattern"]] == ["south", "korean", "government"] for p in pats[1:])


@pytest.mark.parametrize("text, name", [
    ("The Italian government approved the bill on Tuesday.", "Italian government"),
    ("The Quebec government published its framework.", "Quebec government"),
    ("The South Korean government fined the firm.", "South Korean government"),
])
def test_a_place_government_is_a_government_body(parse, text, name):
    bodies = {e.name: e.type for e in parse(text).entities.values()}
    assert bodies.get(name) == "GovernmentBody", bodies


def test_no_government_body_without_a_place(parse):
    ex = parse("The federal government and state governments disagreed. Government officials said nothing.")
    assert not [e for e in ex.entities.values() if e.type == "GovernmentBody"]
