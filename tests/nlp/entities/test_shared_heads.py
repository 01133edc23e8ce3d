"""Coordinated names that share one plural head (kg/nlp/entities/shared_heads.py), on constructed documents."""
from __future__ import annotations

from kg.nlp.entities.shared_heads import coordinated_words, shared_head_names
from tests.nlp.constructed import vocab
from spacy.tokens import Doc


def doc_of(text: str) -> Doc:
    words = text.replace(",", " ,").replace(".", " .").split()
    return Doc(vocab(), words=words)


def test_each_coordinated_word_before_a_shared_head_is_the_body_the_gazetteer_knows():
    doc = doc_of("officials from the Commerce, Defense, State, Energy and Treasury departments met.")
    found = {(s.text, s.label_, s.id_) for s in shared_head_names(doc)}
    assert ("Treasury", "GovernmentBody", "us-treasury") in found
    assert ("Defense", "GovernmentBody", "us-department-of-defense") in found
    assert len(found) == 5


def test_a_run_of_capitalised_words_is_one_name_and_one_word_alone_shares_nothing():
    doc = doc_of("the Homeland Security and Commerce departments")
    assert coordinated_words(doc, len(doc) - 1) == [(1, 3), (4, 5)]
    assert shared_head_names(doc_of("the Commerce departments")) == []


def test_words_the_gazetteer_does_not_know_with_the_head_make_no_name():
    assert shared_head_names(doc_of("the Apple and Google committees")) == []
    assert shared_head_names(doc_of("the Commerce, Treasury departments")) == []  # no conjunction: no coordination


def test_a_sentence_opening_word_or_a_headline_word_is_left_out_of_the_first_name():
    found = [(s.text, s.id_) for s in shared_head_names(doc_of("The Commerce and Treasury departments said"))]
    assert found == [("Commerce", "us-department-of-commerce"), ("Treasury", "us-treasury")]
    found = [s.text for s in shared_head_names(doc_of("Lawmakers Urge Commerce and Treasury departments"))]
    assert found == ["Commerce", "Treasury"]


def test_the_pipeline_keeps_each_body_not_a_name_across_the_coordination(nlp):
    doc = nlp("Companies are listed by a committee with members from the Commerce, Defense, State, Energy and "
              "Treasury departments.")
    bodies = {e.text: e.ent_id_ for e in doc.ents if e.label_ == "GovernmentBody"}
    assert bodies.get("Energy") == "us-department-of-energy" and bodies.get("Treasury") == "us-treasury"
    assert not any(" and " in e.text for e in doc.ents)
