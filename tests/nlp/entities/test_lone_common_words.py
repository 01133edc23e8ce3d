"""A common word that starts a line or a sentence and is no name (kg/nlp/entities/non_names.py: lone_common_word),
on constructed documents."""
from __future__ import annotations

from spacy.tokens import Span

from kg.nlp.entities.non_names import lone_common_word
from kg.nlp.entities.person_titles import note_common_words
from tests.nlp.constructed import build, vocab


def doc_of(words):
    """Sentences ending in "." (each word's head its sentence's first word)."""
    heads, deps, start = [], [], 0
    for i, w in enumerate(words):
        heads.append(start)
        deps.append("ROOT" if i == start else "dep")
        if w == ".":
            start = i + 1
    return build(words, heads, deps)


def test_lone_common_words_a_bullet_s_first_word_is_no_name():
    note_common_words(vocab(), {"data", "sentinel", "health"})
    doc = doc_of(["-", "Data", "fine", ":", "Acme", "was", "fined", "."])
    assert lone_common_word(Span(doc, 1, 2, label="Company"))
    assert not lone_common_word(Span(doc, 4, 5, label="Company"))  # no common word


def test_lone_common_words_a_name_written_with_its_capital_inside_a_sentence_stays():
    note_common_words(vocab(), {"data", "sentinel", "health"})
    doc = doc_of(["Sentinel", "invested", ".", "Acme", "thanked", "Sentinel", "."])
    assert not lone_common_word(Span(doc, 0, 1, label="Company"))
    doc = doc_of(["Sentinel", "invested", "in", "Acme", "."])
    assert lone_common_word(Span(doc, 0, 1, label="Company"))
    assert not lone_common_word(Span(doc, 0, 1, label="GovernmentBody"))  # a body ("Parliament approved it")
    doc = doc_of(["HEALTH", "invested", "."])
    assert not lone_common_word(Span(doc, 0, 1, label="Company"))  # in capitals: a name


def test_lone_common_words_inside_a_sentence_a_common_word_is_no_lone_word():
    note_common_words(vocab(), {"data", "sentinel", "health"})
    doc = doc_of(["Acme", "sold", "Health", "to", "Beta", "."])
    assert not lone_common_word(Span(doc, 2, 3, label="Company"))
