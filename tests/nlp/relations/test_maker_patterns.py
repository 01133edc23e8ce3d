"""A model's maker told by a participle or a "from" phrase (kg/nlp/relations/maker_patterns.py), on constructed
parses."""
from __future__ import annotations

from kg.nlp.doc.index import EntityIndex
from kg.nlp.relations.maker_patterns import made_by, maker_phrase, model_from
from tests.nlp.constructed import build


def triples(records):
    return [(r.subject, r.predicate, r.object, r.extractor) for r in records]


def test_maker_patterns_a_participle_after_a_model_description():
    # "Aurora-2 , a model developed by Velaris , was designated"
    doc = build(["Aurora-2", ",", "a", "model", "developed", "by", "Velaris", ",", "was", "designated"],
                [9, 0, 3, 0, 3, 4, 5, 0, 9, 9],
                ["nsubjpass", "punct", "det", "appos", "acl", "agent", "pobj", "punct", "auxpass", "ROOT"],
                pos=["PROPN", "PUNCT", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "AUX", "VERB"],
                tags=["NNP", ",", "DT", "NN", "VBN", "IN", "NNP", ",", "VBD", "VBN"],
                lemmas=["aurora-2", ",", "a", "model", "develop", "by", "velaris", ",", "be", "designate"],
                ents={(0, 1): "AIModel", (6, 7): "Company"})
    idx = EntityIndex.of(doc)
    assert triples(made_by(doc[4], idx)) == [("Velaris", "develops", "Aurora-2", "kg.relations.made-by.v1")]
    assert triples(made_by(doc[9], idx)) == []  # not a maker verb


def test_maker_patterns_the_passive_with_the_model_as_subject():
    # "Scribbly is made by Maplestone"
    doc = build(["Scribbly", "is", "made", "by", "Maplestone"], [2, 2, 2, 2, 3],
                ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"], pos=["PROPN", "AUX", "VERB", "ADP", "PROPN"],
                tags=["NNP", "VBZ", "VBN", "IN", "NNP"], lemmas=["scribbly", "be", "make", "by", "maplestone"],
                ents={(0, 1): "AIModel", (4, 5): "Company"})
    assert triples(maker_phrase(doc[2], EntityIndex.of(doc))) == [("Maplestone", "develops", "Scribbly",
                                                                   "kg.relations.made-by.v1")]


def test_maker_patterns_only_a_firm_makes_and_only_a_model_is_made():
    # "Argus , software supplied by the Home Office" (a body, not a firm); "a die made by TSMC" (no model)
    doc = build(["Argus", ",", "software", "supplied", "by", "Ofcom"], [0, 0, 0, 2, 3, 4],
                ["ROOT", "punct", "appos", "acl", "agent", "pobj"],
                pos=["PROPN", "PUNCT", "NOUN", "VERB", "ADP", "PROPN"],
                tags=["NNP", ",", "NN", "VBN", "IN", "NNP"], lemmas=["argus", ",", "software", "supply", "by", "ofcom"],
                ents={(0, 1): "AIModel", (5, 6): "GovernmentBody"})
    assert triples(made_by(doc[3], EntityIndex.of(doc))) == []
    doc = build(["a", "die", "made", "by", "TSMC"], [1, 1, 1, 2, 3], ["det", "ROOT", "acl", "agent", "pobj"],
                pos=["DET", "NOUN", "VERB", "ADP", "PROPN"], tags=["DT", "NN", "VBN", "IN", "NNP"],
                lemmas=["a", "die", "make", "by", "tsmc"], ents={(4, 5): "Company"})
    assert triples(made_by(doc[2], EntityIndex.of(doc))) == []


def test_maker_patterns_a_described_model_from_a_firm():
    # "Rupaku , a face-swap app from Cermin" ; "raised money from Hana" is no model's maker
    doc = build(["Rupaku", ",", "a", "app", "from", "Cermin"], [0, 0, 3, 0, 3, 4],
                ["ROOT", "punct", "det", "appos", "prep", "pobj"],
                pos=["PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN"],
                ents={(0, 1): "AIModel", (5, 6): "Company"})
    assert triples(model_from(doc[4], EntityIndex.of(doc))) == [("Cermin", "develops", "Rupaku",
                                                                 "kg.relations.made-by.v1")]
    doc = build(["Dalbit", "raised", "money", "from", "Hana"], [1, 1, 1, 1, 3],
                ["nsubj", "ROOT", "dobj", "prep", "pobj"],
                pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN"], ents={(0, 1): "AIModel", (4, 5): "Company"})
    assert triples(model_from(doc[3], EntityIndex.of(doc))) == []
