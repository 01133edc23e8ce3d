"""The gazetteer's ruler gives way to a longer organisation name that begins with a known name."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from kg.nlp.entities.entity_types import by_parent
from kg.nlp.entities.name_patterns import longer_names


def doc_of(words: list[str], pos: list[str], org: tuple[int, int] | None) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    if org:
        doc.ents = [Span(doc, org[0], org[1], label="ORG")]
    return doc


def test_name_patterns_known_name_inside_a_longer_org_gives_way():
    doc = doc_of(["with", "Amazon", "Web", "Services", "today"], ["ADP", "PROPN", "PROPN", "PROPN", "NOUN"], (1, 4))
    matches = {(1, 1, 2), (2, 3, 4)}  # "Amazon" (a company), "Services" (some other pattern)
    assert longer_names(doc, matches) == matches


def test_name_patterns_titles_and_lower_case_words_end_the_name():
    doc = doc_of(["OpenAI", "Chief", "Executive", "Sam", "Altman"], ["PROPN"] * 5, (0, 3))
    assert longer_names(doc, {(1, 0, 1)}) == set()  # "Chief Executive" is no part of OpenAI's name
    doc = doc_of(["Amazon", "web", "services"], ["PROPN", "NOUN", "NOUN"], (0, 3))
    assert longer_names(doc, {(1, 0, 1)}) == set()


def test_name_patterns_a_name_not_begun_by_a_known_one_keeps_its_matches():
    doc = doc_of(["the", "U.S.", "Commerce", "Department"], ["DET", "PROPN", "PROPN", "PROPN"], (1, 4))
    assert longer_names(doc, {(1, 2, 4)}) == set()  # the known name ends the org: nothing is cut
    assert longer_names(doc, {(1, 1, 4)}) == set()  # the known name is the org


def test_name_patterns_units_of_a_known_company_are_companies():
    doc = doc_of(["Amazon", "Web", "Services"], ["PROPN"] * 3, None)
    assert by_parent(doc[0:3]) == "Company"
    doc = doc_of(["Amazon", "rainforest"], ["PROPN", "NOUN"], None)
    assert by_parent(doc[0:2]) is None


def test_name_patterns_a_legal_form_keeps_the_known_name():
    doc = doc_of(["OpenAI", "Inc"], ["PROPN", "PROPN"], (0, 2))
    assert longer_names(doc, {(1, 0, 1)}) == set()  # "OpenAI Inc" is OpenAI
