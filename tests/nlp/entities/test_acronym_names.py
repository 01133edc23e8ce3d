"""Names a document defines with an acronym in brackets (kg/nlp/entities/acronym_names.py), on constructed sentences."""
from __future__ import annotations

from spacy.tokens import Span

from kg.nlp.entities.acronym_names import spelled_names, with_place
from tests.nlp.constructed import build


def doc_of(words: list[str]):
    return build(words, [0] * len(words), ["ROOT"] + ["dep"] * (len(words) - 1))


def test_a_body_of_a_place_before_its_acronym_is_one_name():
    words = ["The", "Regional", "Electoral", "Court", "of", "Sao", "Paulo", "(", "TRE", ")", "fined", "him"]
    doc = doc_of(words)
    ents = [Span(doc, 1, 4, label="GovernmentBody"), Span(doc, 5, 7, label="Jurisdiction")]
    assert [(s.text, s.label_) for s in with_place(doc, ents)] == [("Regional Electoral Court of Sao Paulo",
                                                                     "GovernmentBody")]
    doc = doc_of(words[:7] + ["fined", "him"])  # no acronym: the court and the place stay apart
    assert with_place(doc, [Span(doc, 1, 4, label="GovernmentBody"), Span(doc, 5, 7, label="Jurisdiction")]) == []


def test_words_whose_initials_spell_the_acronym_are_a_name():
    words = ["Immigration", ",", "Refugees", "and", "Citizenship", "Canada", "(", "IRCC", ")", "paused", "it"]
    doc = doc_of(words)
    found = spelled_names(doc, [Span(doc, 5, 6, label="Jurisdiction")])
    assert [(s.text, s.label_) for s in found] == [("Immigration , Refugees and Citizenship Canada", "GovernmentBody")]
    doc = doc_of(["said", "the", "Tax", "Practitioners", "Board", "(", "TPB", ")"])
    assert [(s.text, s.label_) for s in spelled_names(doc, [])] == [("Tax Practitioners Board", "GovernmentBody")]


def test_no_name_where_the_initials_do_not_spell_it_or_no_class_is_known():
    doc = doc_of(["said", "the", "Tax", "Practitioners", "Board", "(", "ATO", ")"])
    assert spelled_names(doc, []) == []
    doc = doc_of(["said", "Alpha", "Beta", "(", "AB", ")"])  # no head word, no place: no class
    assert spelled_names(doc, []) == []


def test_an_office_a_country_or_a_firm_of_a_place_is_no_such_name():
    doc = doc_of(["The", "Chief", "Justice", "of", "India", "(", "CJI", ")", "said"])
    assert spelled_names(doc, [Span(doc, 4, 5, label="Jurisdiction")]) == []  # an office
    doc = doc_of(["The", "Federal", "Republic", "of", "Germany", "(", "FRG", ")", "signed"])
    assert spelled_names(doc, [Span(doc, 4, 5, label="Jurisdiction")]) == []  # a country
    doc = doc_of(["Nvidia", "of", "Santa", "Clara", "(", "NVDA", ")", "rose"])
    assert with_place(doc, [Span(doc, 0, 1, label="Company"), Span(doc, 2, 4, label="Jurisdiction")]) == []
