"""The trigger detector's guard for a verb that only carries a trigger noun (kg/nlp/learn/detect.py)."""
from __future__ import annotations

from tests.nlp.constructed import build

NOUNS = frozenset({"fine", "lawsuit", "subpoena"})


def with_phrase(verb: str, lemma: str, noun: str, noun_pos: str = "NOUN"):
    """"The FTC <verb> Rytr with a <noun> ."."""
    words = ["The", "FTC", verb, "Rytr", "with", "a", noun, "."]
    return build(words, [1, 2, 2, 2, 2, 6, 4, 2], ["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
                 pos=["DET", "PROPN", "VERB", "PROPN", "ADP", "DET", noun_pos, "PUNCT"],
                 lemmas=["the", "ftc", lemma, "rytr", "with", "a", noun.lower(), "."],
                 ents={(1, 2): "GovernmentBody", (3, 4): "Company"})


def test_a_verb_whose_with_brings_a_trigger_noun_only_carries_it():
    from kg.nlp.learn.detect import carries_a_noun

    assert carries_a_noun(with_phrase("hit", "hit", "fine")[2], NOUNS)
    assert carries_a_noun(with_phrase("slapped", "slap", "lawsuit")[2], NOUNS)
    assert not carries_a_noun(with_phrase("worked", "work", "Anthropic", "PROPN")[2], NOUNS)  # a partner, no noun
    assert not carries_a_noun(with_phrase("hit", "hit", "fine")[6], NOUNS)  # the noun itself reports the action


def test_hit_with_a_fine_is_a_penalty_and_nothing_else(parse):
    ex = parse("The Federal Trade Commission hit Rytr with a fine of $3 million.")
    assert sorted(a.type for a in ex.actions) == ["Penalize"], [a.type for a in ex.actions]
