"""Oversight bodies named by their office (kg/nlp/entities/office_names.py), on constructed parses."""
from __future__ import annotations

from kg.nlp.entities.office_names import office_bodies, office_names
from tests.nlp.constructed import build


def offices(words, ents=None, ids=None) -> list[str]:
    n = len(words)
    doc = build(words, [n - 1] * (n - 1) + [n - 1], ["dep"] * (n - 1) + ["ROOT"], ents=ents, ids=ids)
    return [s.text for s in office_bodies(doc, list(doc.ents))]


def test_office_names_after_a_place_s_possessive_or_the():
    assert offices(["Canada", "'s", "Privacy", "Commissioner", "fined", "it", "."]) == ["Privacy Commissioner"]
    assert offices(["Ontario", "'s", "Information", "and", "Privacy", "Commissioner", "ruled", "."]) == \
        ["Information and Privacy Commissioner"]
    assert offices(["the", "Information", "Commissioner", "ruled", "."]) == ["Information Commissioner"]


def test_office_names_not_a_title_a_longer_name_or_a_commission_member():
    assert offices(["the", "Privacy", "Commissioner", "Michael", "Webster", "ruled", "."]) == []
    assert offices(["the", "Information", "Commissioner", "'s", "Office", "ruled", "."]) == []
    assert offices(["the", "Privacy", "Commissioner", "of", "Canada", "ruled", "."]) == []
    assert offices(["the", "Trade", "Commissioner", "spoke", "."]) == []
    assert offices(["the", "privacy", "commissioner", "ruled", "."]) == []


def test_office_names_win_over_a_known_name_that_ends_inside_them():
    # "The Information Commissioner": the outlet "The Information" gives way; a known name as long as the office wins
    words = ["The", "Information", "Commissioner", "ruled", "."]
    assert offices(words, {(0, 2): "MediaOutlet"}, {(0, 2): "the-information"}) == ["Information Commissioner"]
    assert offices(words, {(1, 3): "GovernmentBody"}, {(1, 3): "uk-ico"}) == []
    assert [s.text for s in office_names(build(words, [3, 2, 3, 3, 3], ["det", "compound", "nsubj", "ROOT", "punct"]))] \
        == ["Information Commissioner"]


def test_office_names_the_office_of_an_office_holder():
    # "Office of the Attorney General", cut by the NER before its last word ("Office of the Attorney")
    words = ["the", "Office", "of", "the", "Attorney", "General", "sued", "."]
    assert offices(words) == ["Office of the Attorney General"]
    assert offices(words, ents={(1, 5): "ORG"}) == ["Office of the Attorney General"]
    assert offices(["the", "Office", "of", "the", "Data", "Protection", "Commissioner", "ruled", "."]) == \
        ["Office of the Data Protection Commissioner"]
    assert offices(["the", "Office", "of", "the", "Future", "opened", "."]) == []  # no office-holder's word
    assert offices(["the", "Office", "of", "the", "Attorney", "General", "sued", "."], ents={(1, 6): "ORG"}) == []
