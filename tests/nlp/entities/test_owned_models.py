"""Products named with their owner (kg/nlp/entities/owned_models.py) on constructed parses."""
from __future__ import annotations

from kg.nlp.entities.owned_models import owned_model_names
from tests.nlp.constructed import build


def names(doc):
    return [(s.text, s.label_) for s in owned_model_names(doc, list(doc.ents))]


def test_owned_models_a_name_between_a_possessive_and_a_product_noun():
    # "Hearthlight added reminders to its Ember app ."
    doc = build(["Hearthlight", "added", "reminders", "to", "its", "Ember", "app", "."], [1, 1, 1, 1, 6, 6, 3, 1],
                ["nsubj", "ROOT", "dobj", "prep", "poss", "compound", "pobj", "punct"],
                pos=["PROPN", "VERB", "NOUN", "ADP", "PRON", "PROPN", "NOUN", "PUNCT"], ents={(0, 1): "Company"})
    assert names(doc) == [("Ember", "AIModel")]


def test_owned_models_words_that_modify_the_noun_stay_out_of_the_name():
    # "Xiyue must fix its Huanying face - swap app ." : "Huanying" read as a verb by the tagger
    doc = build(["Xiyue", "must", "fix", "its", "Huanying", "face", "-", "swap", "app", "."],
                [2, 2, 2, 8, 8, 7, 7, 8, 2, 2],
                ["nsubj", "aux", "ROOT", "poss", "compound", "compound", "punct", "compound", "dobj", "punct"],
                pos=["PROPN", "AUX", "VERB", "PRON", "VERB", "NOUN", "PUNCT", "NOUN", "NOUN", "PUNCT"],
                ents={(0, 1): "Company"})
    assert names(doc) == [("Huanying", "AIModel")]


def test_owned_models_a_possessive_name_owns_it_too():
    # "Hirelytic 's ScreenIQ resume screener erred ."
    doc = build(["Hirelytic", "'s", "ScreenIQ", "resume", "screener", "erred", "."], [4, 0, 4, 4, 5, 5, 5],
                ["poss", "case", "compound", "compound", "nsubj", "ROOT", "punct"],
                pos=["PROPN", "PART", "PROPN", "NOUN", "NOUN", "VERB", "PUNCT"], ents={(0, 1): "Company"})
    assert names(doc) == [("ScreenIQ", "AIModel")]


def test_owned_models_no_possessive_a_demonym_or_a_known_name_no_product():
    # "The Ember app and its Chinese app and its Hearthlight app ." : no owner; a demonym; a name NER already found
    doc = build(["The", "Ember", "app", "and", "its", "Chinese", "app", "and", "its", "Hearthlight", "app", "."],
                [2, 2, 2, 2, 6, 6, 2, 6, 10, 10, 6, 2],
                ["det", "compound", "ROOT", "cc", "poss", "amod", "conj", "cc", "poss", "compound", "conj", "punct"],
                pos=["DET", "PROPN", "NOUN", "CCONJ", "PRON", "ADJ", "NOUN", "CCONJ", "PRON", "PROPN", "NOUN", "PUNCT"],
                ents={(9, 10): "Company"})
    assert names(doc) == []
