"""A surname with a given name before it (kg/nlp/entities/given_names.py), on constructed documents."""
from __future__ import annotations

from kg.nlp.entities.given_names import titled_persons, with_given_names
from tests.nlp.constructed import build


def grown(words, pos, ents, ids=None, labels=None):
    doc = build(words, [0] * len(words), ["ROOT"] + ["dep"] * (len(words) - 1), pos=pos, ents=ents, ids=ids,
                labels=labels)
    return [(e.text, e.label_, e.id_) for e in with_given_names(doc, list(doc.ents))]


def test_given_names_a_known_surname_after_a_given_name_is_someone_else():
    words = ["First", "lady", "Melania", "Trump", "spoke", "."]
    pos = ["ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    assert grown(words, pos, {(3, 4): "Person"}, ids={(3, 4): "donald-trump"}) == [("Melania Trump", "PERSON", "")]


def test_given_names_a_surname_the_tagger_cut_grows_over_its_given_name():
    words = ["Christophe", "Fouquet", ",", "ASML", "'s", "chief", ",", "said", "so", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "PUNCT", "VERB", "ADV", "PUNCT"]
    out = grown(words, pos, {(1, 2): "Person", (3, 4): "Company"}, labels={(1, 2): "PERSON", (3, 4): "ORG"})
    assert out == [("Christophe Fouquet", "PERSON", ""), ("ASML", "ORG", "")]


def test_given_names_a_title_an_entity_or_a_common_word_is_no_given_name():
    pos = ["PROPN", "PROPN", "VERB", "PUNCT"]
    assert grown(["President", "Trump", "signed", "."], pos, {(1, 2): "Person"}, ids={(1, 2): "donald-trump"}) \
        == [("Trump", "Person", "donald-trump")]
    assert grown(["Mr", "Fouquet", "agreed", "."], pos, {(1, 2): "Person"}) == [("Fouquet", "Person", "")]
    assert grown(["ASML", "Fouquet", "agreed", "."], pos, {(0, 1): "Company", (1, 2): "Person"}) \
        == [("ASML", "Company", ""), ("Fouquet", "Person", "")]
    assert grown(["NASA", "Fouquet", "agreed", "."], pos, {(1, 2): "Person"}) == [("Fouquet", "Person", "")]


def test_given_names_a_titled_persons_given_name_is_no_model():
    # "Judge Claude Moreau ruled ." : the gazetteer's Claude is the judge's given name; without the title, or with no
    # surname after it ("Judge Claude ruled", "Anthropic 's Claude Opus"), the match stands
    def titled(words, pos):
        doc = build(words, [0] * len(words), ["ROOT"] + ["dep"] * (len(words) - 1), pos=pos,
                    ents={(1, 2): "AIModel"}, ids={(1, 2): "claude"})
        return [(e.text, e.label_) for e in titled_persons(doc, list(doc.ents))]

    assert titled(["Judge", "Claude", "Moreau", "ruled", "."], ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]) \
        == [("Claude Moreau", "PERSON")]
    assert titled(["Judge", "Claude", "ruled", "."], ["PROPN", "PROPN", "VERB", "PUNCT"]) == [("Claude", "AIModel")]
    assert titled(["Anthropic", "Claude", "Opus", "ran", "."], ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]) \
        == [("Claude", "AIModel")]
