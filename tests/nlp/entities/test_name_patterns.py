"""The gazetteer's ruler gives way to a longer organisation name that begins with a known name."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from kg.nlp.entities.entity_types import by_parent
from kg.nlp.entities.name_patterns import longer_names, places_inside_names


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


def place_match(doc: Doc, start: int, end: int, cls: str = "Jurisdiction") -> tuple[int, int, int]:
    return (doc.vocab.strings.add(f"{cls}||x"), start, end)


def test_name_patterns_a_place_inside_an_organisation_name_is_part_of_it():
    # "the Monetary Authority of Singapore said", "Air Canada said": NER reads one name, the place is inside it
    doc = doc_of(["the", "Monetary", "Authority", "of", "Singapore", "said"],
                 ["DET", "PROPN", "PROPN", "ADP", "PROPN", "VERB"], (0, 5))
    m = place_match(doc, 4, 5)
    assert places_inside_names(doc, {m}) == {m}
    doc = doc_of(["Air", "Canada", "said"], ["PROPN", "PROPN", "VERB"], (0, 2))
    m = place_match(doc, 1, 2)
    assert places_inside_names(doc, {m}) == {m}


def test_name_patterns_a_known_name_after_of_or_before_a_body_head_is_part_of_the_name():
    # "Ministry of Commerce" holds "Commerce" (a known body); "Senate Commerce Committee" too
    doc = doc_of(["China", "'s", "Ministry", "of", "Commerce"], ["PROPN", "PART", "PROPN", "ADP", "PROPN"], (2, 5))
    m = place_match(doc, 4, 5, "GovernmentBody")
    assert places_inside_names(doc, {m}) == {m}
    doc = doc_of(["Senate", "Commerce", "Committee"], ["PROPN"] * 3, (0, 3))
    m = place_match(doc, 1, 2, "GovernmentBody")
    assert places_inside_names(doc, {m}) == {m}


def test_name_patterns_a_known_name_that_ends_the_org_or_a_loose_phrase_keeps_its_match():
    doc = doc_of(["U.S.", "Commerce", "Department"], ["PROPN"] * 3, (0, 3))
    m = place_match(doc, 1, 3, "GovernmentBody")  # the known name ends the org: it is the org
    assert places_inside_names(doc, {m}) == set()
    doc = doc_of(["regulators", "in", "France"], ["NOUN", "ADP", "PROPN"], (0, 3))  # not name-shaped
    assert places_inside_names(doc, {place_match(doc, 2, 3)}) == set()
    doc = doc_of(["Britain", "'s", "Competition", "Authority"], ["PROPN", "PART", "PROPN", "PROPN"], (0, 4))
    assert places_inside_names(doc, {place_match(doc, 0, 1)}) == set()  # a possessive ends a name


def test_name_patterns_a_match_after_a_prefix_and_a_hyphen_is_part_of_a_word():
    from kg.nlp.entities.name_patterns import inside_words

    words = ["of", "E", "-", "Commerce", "and", "US", "-", "China", "talks"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, False, False, True, True, False, False, True, False])
    assert inside_words(doc, {(1, 3, 4), (1, 7, 8), (1, 5, 6)}) == {(1, 3, 4)}  # "US-China" joins two names
    doc = Doc(spacy.blank("en").vocab, words=["(", "D", "-", "Calif.", ")"], spaces=[False] * 5)
    assert inside_words(doc, {(1, 3, 4)}) == set()  # a party's letter and the state in brackets
