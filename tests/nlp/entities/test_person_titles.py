"""A person's name without the title around it (kg/nlp/person_titles.py), on constructed documents."""
from __future__ import annotations

from kg.nlp.entities.person_titles import note_common_words, trim_person
from tests.nlp.constructed import build, vocab


def doc_of(words: list[str], pos: list[str] | None = None):
    n = len(words)
    return build(words, list(range(n)), ["dep"] * n, pos=pos or ["PROPN"] * n)


def test_person_titles_a_title_before_the_name_goes():
    doc = doc_of(["under", "Chair", "Brett", "Guthrie"])
    assert trim_person(doc, 1, 4, "PERSON") == (2, 4, "PERSON")
    doc = doc_of(["Commissioners", "Hester", "Peirce", "voted"])
    assert trim_person(doc, 0, 3, "PERSON") == (1, 3, "PERSON")  # a plural title too


def test_person_titles_post_nominal_letters_go():
    doc = doc_of(["chaired", "by", "Malcolm", "Byrne", "TD"])
    assert trim_person(doc, 2, 5, "PERSON") == (2, 4, "PERSON")


def test_person_titles_a_title_before_a_surname_goes_and_the_surname_stays():
    # "Gov. Lee": the surname, which the document's short forms join to the full name named before
    doc = doc_of(["President", "Biden"])
    assert trim_person(doc, 0, 2, "PERSON") == (1, 2, "PERSON")
    doc = doc_of(["President"])
    assert trim_person(doc, 0, 1, "PERSON") == (0, 1, "PERSON")  # a word always stays


def test_person_titles_a_title_before_an_organisation_label_makes_a_person_only_when_a_name_follows():
    note_common_words(vocab(), {"data", "protection", "wells"})
    doc = doc_of(["the", "Hon", "Anika", "Wells"])
    assert trim_person(doc, 1, 4, "ORG") == (2, 4, "PERSON")
    doc = doc_of(["Commissioner", "Data", "Protection"])  # common words: a body, not a person
    assert trim_person(doc, 0, 3, "ORG") == (0, 3, "ORG")


def test_person_titles_the_portfolio_after_a_title_and_of_is_no_part_of_the_name():
    note_common_words(vocab(), {"commerce", "science", "technology", "and"})
    doc = doc_of(["Secretary", "of", "Commerce", "Gina", "Raimondo"])
    assert trim_person(doc, 2, 5, "ORG") == (3, 5, "PERSON")
    doc = doc_of(["Minister", "of", "Science", "and", "Technology", "Nguyen", "Manh", "Hung"])
    assert trim_person(doc, 2, 8, "ORG") == (5, 8, "PERSON")
    doc = doc_of(["Director", "of", "Science", "Technology"])  # nothing but the portfolio: left alone
    assert trim_person(doc, 2, 4, "ORG") == (2, 4, "ORG")


def test_person_titles_a_place_after_a_title_and_of_is_the_portfolio():
    # "Chief Information Officer of Canada Dominic Rochon": NER ran the country into the name; a given name that is
    # also a common word ("dominic") stays, the surname is none
    note_common_words(vocab(), {"information", "chief", "dominic", "canada"})
    doc = doc_of(["Chief", "Information", "Officer", "of", "Canada", "Dominic", "Rochon", "announced"])
    assert trim_person(doc, 4, 7, "ORG") == (5, 7, "PERSON")
    doc = doc_of(["Director", "of", "Canada", "Post"])  # nothing but the portfolio: left alone
    assert trim_person(doc, 2, 4, "ORG") == (2, 4, "ORG")


def test_person_titles_a_name_found_without_the_tagger_loses_its_title():
    from spacy.tokens import Span

    from kg.nlp.entities.typer import untitled
    from tests.nlp.constructed import build

    doc = build(["Justice", "Amit", "Bansal", "asked", "."], [2, 2, 3, 3, 3], ["compound", "compound", "nsubj", "ROOT",
                                                                               "punct"])
    assert untitled(Span(doc, 0, 3, label="Person")).text == "Amit Bansal"
    assert untitled(Span(doc, 0, 3, label="GovernmentBody")).text == "Justice Amit Bansal"  # only a person's
