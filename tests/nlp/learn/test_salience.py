"""How central an entity is to its document (kg/nlp/learn/salience.py), on a constructed parse of five sentences."""
from __future__ import annotations

from kg.nlp.doc.index import EntityIndex
from kg.nlp.learn.salience import action_centrality, centrality, pair_centrality, target_centrality, \
    without_target_centrality
from tests.nlp.constructed import build

# "CMA fines Acme . CMA acted . Bolt spoke . Acme paid . CMA closed Bolt ." (each sentence: subject, verb, ...)
WORDS = ["CMA", "fines", "Acme", ".", "CMA", "acted", ".", "Bolt", "spoke", ".", "Acme", "paid", ".",
         "CMA", "closed", "Zed", "."]
HEADS = [1, 1, 1, 1, 5, 5, 5, 8, 8, 8, 11, 11, 11, 14, 14, 14, 14]
DEPS = ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct", "nsubj", "ROOT",
        "punct", "nsubj", "ROOT", "dobj", "punct"]
ENTS = {(0, 1): "GovernmentBody", (2, 3): "Company", (4, 5): "GovernmentBody", (7, 8): "Company",
        (10, 11): "Company", (13, 14): "GovernmentBody", (15, 16): "Company"}


def table():
    doc = build(WORDS, HEADS, DEPS, ents=ENTS)
    return doc, centrality(doc, EntityIndex.of(doc))


def test_centrality_counts_sentences_the_opening_and_the_rank():
    doc, t = table()
    assert len(list(doc.sents)) == 5
    assert t["CMA"] == (3, True, 0)   # three sentences, the first among them
    assert t["Acme"] == (2, True, 1)
    assert t["Bolt"] == (1, True, 2)  # the third sentence is still the opening
    assert t["Zed"] == (1, False, 3)  # named once, in the last sentence


def test_pair_and_action_features_read_the_table():
    _, t = table()
    assert pair_centrality("CMA", t) == {"sal=4": 1.0, "sal_rank=0": 1.0, "sal_opening": 1.0}
    assert pair_centrality("Zed", t) == {"sal=1": 1.0, "sal_rank=2": 1.0}
    f = action_centrality("CMA", ["Zed", "Acme"], t)  # the most central target speaks for the targets
    assert f["agent_sal=4"] == f["target_sal=2"] == f["target_sal_rank=1"] == 1.0 and "target_opening" in f
    none = action_centrality(None, [], t)
    assert none == {"agent_sal=none": 1.0, "agent_sal_rank=none": 1.0, "target_sal=none": 1.0,
                    "target_sal_rank=none": 1.0}


def test_a_reading_given_other_targets_loses_the_old_targets_features():
    _, t = table()
    f = {**action_centrality("CMA", [], t), "bias": 1.0}
    g = {**without_target_centrality(f), **target_centrality(["Acme"], t)}
    assert g["target_sal=2"] == 1.0 and "target_sal=none" not in g and g["agent_sal=4"] == g["bias"] == 1.0
