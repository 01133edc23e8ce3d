"""A peer's name, rank and all (kg/nlp/entities/peerage.py), on constructed documents."""
from __future__ import annotations

from kg.nlp.entities.doc_aliases import short_forms
from kg.nlp.entities.peerage import peer_spans
from tests.nlp.constructed import build


def names(words, spaces=None):
    doc = build(words, [0] * len(words), ["ROOT"] + ["dep"] * (len(words) - 1), spaces=spaces)
    return [(s.text, s.label_) for s in peer_spans(doc)]


def test_peerage_rank_name_and_territorial_designation_are_one_name():
    words = ["chaired", "by", "Baroness", "Stowell", "of", "Beeston", ",", "the", "committee", "met", "."]
    assert names(words) == [("Baroness Stowell of Beeston", "Person")]
    assert names(["Lord", "Holmes", "said", "so", "."]) == [("Lord Holmes", "Person")]


def test_peerage_a_hyphenated_title_is_one_name():
    words = ["as", "did", "Lord", "Clement", "-", "Jones", "today", "."]
    spaces = [True, True, True, False, False, True, False, False]
    assert names(words, spaces) == [("Lord Clement-Jones", "Person")]


def test_peerage_an_office_or_a_house_is_no_peer():
    assert names(["the", "Lord", "Chancellor", "agreed", "."]) == []
    assert names(["Lady", "Justice", "Andrews", "ruled", "."]) == []
    assert names(["the", "House", "of", "Lords", "agreed", "."]) == []
    assert names(["the", "lord", "mayor", "spoke", "."]) == []


def test_peerage_short_forms_are_the_rank_and_name_not_the_place():
    doc = build(["Lord", "Holmes", "of", "Richmond", "spoke"], [4, 0, 0, 2, 4], ["dep"] * 4 + ["ROOT"],
                ents={(0, 4): "Person"})
    assert short_forms(doc.ents[0]) == ["Lord Holmes", "Holmes"]


def test_peerage_a_knight_is_named_by_the_given_name_after_sir():
    words = ["chaired", "by", "Sir", "Geoffrey", "Clifton-Brown", "MP", "."]
    doc = build(words, [0, 0, 3, 1, 3, 3, 0], ["ROOT"] + ["dep"] * 6, ents={(3, 5): "Person"})
    assert short_forms(doc.ents[0]) == ["Clifton-Brown", "Geoffrey"]
    doc = build(words[2:], [1, 1, 1, 1, 1], ["dep", "ROOT", "dep", "dep", "dep"], ents={(1, 3): "Person"})
    assert short_forms(doc.ents[0]) == ["Clifton-Brown", "Geoffrey"]
    doc = build(["Prof", "Geoffrey", "Hinton", "spoke"], [3, 2, 3, 3], ["dep"] * 3 + ["ROOT"], ents={(1, 3): "Person"})
    assert short_forms(doc.ents[0]) == ["Hinton"]
