"""A place's government named by its adjective or its name is a government body."""
from __future__ import annotations

import pytest

from kg.nlp.entities.governments import government_spans
from tests.nlp.constructed import build


def spans(words: list[str]) -> list[str]:
    doc = build(words, list(range(len(words))), ["dep"] * len(words))
    return [doc[s:e].text for s, e in government_spans(doc)]


def test_government_spans_need_a_capitalised_place_word_then_government():
    assert spans(["the", "Italian", "government", "said"]) == ["Italian government"]
    assert spans(["the", "Norwegian", "government", "said"]) == ["Norwegian government"]  # WordNet's adjective
    assert spans(["the", "South", "Korean", "government"]) == ["South Korean government"]  # the longest place
    assert spans(["The", "Government", "of", "France"]) == []  # a name NER reads itself
    assert spans(["the", "federal", "government"]) == [] and spans(["Federal", "government"]) == []
    assert spans(["the", "italian", "government"]) == []  # not capitalised: no name
    assert spans(["government"]) == []
    assert spans(["The", "Italian", "government"]) == ["Italian government"]  # "The" is no part of the place
    assert spans(["California", "'s", "Government", "Operations", "Agency"]) == []  # a longer name, possessed
    assert spans(["the", "UK", "government"]) == []  # an abbreviation: the gazetteer's "UK government" names it
    assert spans(["the", "Quebec", "provincial", "government"]) == ["Quebec provincial government"]  # its level
    assert spans(["the", "Quebec", "new", "government"]) == []  # no level


@pytest.mark.parametrize("text, name", [
    ("The Italian government approved the bill on Tuesday.", "Italian government"),
    ("The Quebec government published its framework.", "Quebec government"),
    ("The South Korean government fined the firm.", "South Korean government"),
])
def test_a_place_government_is_a_government_body(parse, text, name):
    """Under the text's name or, where the gazetteer knows it ("Government of Quebec"), the gazetteer's."""
    bodies = {f: e.type for e in parse(text).entities.values() for f in [e.name, *e.surface_forms]}
    assert bodies.get(name) == "GovernmentBody", bodies


def test_no_government_body_without_a_place(parse):
    ex = parse("The federal government and state governments disagreed. Government officials said nothing.")
    assert not [e for e in ex.entities.values() if e.type == "GovernmentBody"]


def test_a_government_the_gazetteer_knows_keeps_its_entry(parse):
    bodies = [e for e in parse("The Chinese government said the rules apply.").entities.values()]
    assert [(e.name, e.gaz_id) for e in bodies] == [("Chinese government", "chinese-government")]
