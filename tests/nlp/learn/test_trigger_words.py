"""Words a candidate action may start at: the hand lexicon's and WordNet's (kg/nlp/learn/candidates.py)."""
from __future__ import annotations

from kg.nlp.doc.index import EntityIndex
from tests.nlp.constructed import build

# "The FTC opened a scrutiny of Acme ."
WORDS = ["The", "FTC", "opened", "a", "scrutiny", "of", "Acme", "."]
HEADS = [1, 2, 2, 4, 2, 4, 5, 2]
DEPS = ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"]
POS = ["DET", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
ENTS = {(1, 2): "GovernmentBody", (6, 7): "Company"}


def test_a_noun_wordnet_derives_from_a_trigger_verb_is_a_candidate_word_of_its_type():
    from kg.nlp.learn.candidates import lexicon_types, words

    doc = build(WORDS, HEADS, DEPS, pos=POS, ents=ENTS)
    found = {tok.text for tok, _ in words(doc, EntityIndex.of(doc))}
    assert {"opened", "scrutiny"} <= found and "Acme" not in found
    assert lexicon_types(doc[4]) == [("Investigate", "wordnet")]


def test_wordnet_gives_nouns_only_where_the_act_is_the_nouns_first_sense():
    from kg.nlp.learn.candidates import wordnet_lexicon

    nouns = {lemma for lemma, pos in wordnet_lexicon() if pos == "NOUN"}
    assert {"scrutiny", "veto", "inspection"} <= nouns
    assert "bar" not in nouns and not any(n.endswith("ing") for n in nouns)  # a bar is first a counter


def test_a_trigger_noun_that_modifies_another_noun_is_no_candidate():
    from kg.nlp.learn.candidates import words

    # "The FTC set up a scrutiny unit for Acme ." : "scrutiny" names a kind of unit, no event
    words_ = ["The", "FTC", "set", "up", "a", "scrutiny", "unit", "for", "Acme", "."]
    heads = [1, 2, 2, 2, 6, 6, 2, 6, 7, 2]
    deps = ["det", "nsubj", "ROOT", "prt", "det", "compound", "dobj", "prep", "pobj", "punct"]
    pos = ["DET", "PROPN", "VERB", "ADP", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = build(words_, heads, deps, pos=pos, ents={(1, 2): "GovernmentBody", (8, 9): "Company"})
    assert "scrutiny" not in {tok.text for tok, _ in words(doc, EntityIndex.of(doc))}
