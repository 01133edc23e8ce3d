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


def test_a_verb_of_labelling_with_its_complement_lets_the_detector_read_a_stance_only():
    from kg.nlp.learn.candidates import detected_type
    from kg.nlp.learn.detect import labelling_types

    # "Ortiz called the Act the third bill ." (an object predicate: what the verb calls its object)
    words = ["Ortiz", "called", "the", "Act", "the", "third", "bill", "."]
    doc = build(words, [1, 1, 3, 1, 6, 6, 1, 1], ["nsubj", "ROOT", "det", "dobj", "det", "amod", "oprd", "punct"],
                pos=["PROPN", "VERB", "DET", "PROPN", "DET", "ADJ", "NOUN", "PUNCT"],
                lemmas=["ortiz", "call", "the", "act", "the", "third", "bill", "."],
                ents={(0, 1): "Person", (3, 4): "PolicyInstrument"})
    stances = labelling_types(doc[1])
    assert stances == {"Oppose", "Support"}
    assert detected_type({"none": 0.2, "Propose": 0.6, "Oppose": 0.2}, 0.2, stances) == []
    assert detected_type({"none": 0.2, "Propose": 0.2, "Oppose": 0.6}, 0.2, stances) == [("Oppose", "detector")]
    # "Ortiz called for a ban ." has no complement: the detector reads it as any verb
    words = ["Ortiz", "called", "for", "a", "ban", "."]
    doc = build(words, [1, 1, 1, 4, 2, 1], ["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
                pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"], lemmas=["ortiz", "call", "for", "a", "ban", "."],
                ents={(0, 1): "Person"})
    assert labelling_types(doc[1]) is None
