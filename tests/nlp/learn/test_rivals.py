"""Features that let a pair's model see its rivals: the role model's rank of an entity among the others on its side
of the trigger, and the relation model's count of names of each class between the two names of a pair."""
from __future__ import annotations

from kg.nlp.doc.index import EntityIndex
from tests.nlp.constructed import build

# "The CMA , which Kestrel Hale lobbies , fined Acme and Bolt ."
WORDS = ["The", "CMA", ",", "which", "Kestrel", "Hale", "lobbies", ",", "fined", "Acme", "and", "Bolt", "."]
HEADS = [1, 8, 1, 6, 5, 6, 1, 1, 8, 8, 9, 9, 8]
DEPS = ["det", "nsubj", "punct", "dobj", "compound", "nsubj", "relcl", "punct", "ROOT", "dobj", "cc", "conj", "punct"]
ENTS = {(1, 2): "GovernmentBody", (4, 6): "Company", (9, 10): "Company", (11, 12): "Company"}


def test_side_ranks_order_each_side_by_distance_and_among_possible_agents():
    from kg.nlp.learn.candidates import nearest_mentions, side_ranks

    doc = build(WORDS, HEADS, DEPS, ents=ENTS)
    idx = EntityIndex.of(doc)
    trig = doc[8]
    near = nearest_mentions(trig, doc[0:13], idx)
    ranks = side_ranks(trig, near, idx, "Penalize")
    by_name = {doc[s:e].text: ranks[k] for k, (s, e) in near.items()}
    assert "rank=before|0" in by_name["Kestrel Hale"] and "rank=before|1" in by_name["CMA"]
    # a company cannot penalise (data/action_syntax.json agent_classes): the CMA is the nearest possible agent
    assert "agent_rank=before|0" in by_name["CMA"] and not any(f.startswith("agent_rank") for f in by_name["Kestrel Hale"])
    assert "rank=after|0" in by_name["Acme"] and "rank=after|1" in by_name["Bolt"]


def test_rival_features_count_names_of_each_class_between_the_pair():
    from kg.nlp.learn.relations import rival_features

    doc = build(WORDS, HEADS, DEPS, ents=ENTS)
    idx = EntityIndex.of(doc)
    span = {doc[s:e].text: (s, e, k) for s, e, k in idx.spans}
    # between the CMA and Bolt: no other government body, two companies (Kestrel Hale, Acme)
    f = rival_features(idx, span["CMA"], span["Bolt"])
    assert "rivals=0|2" in f and "cls_rivals=GovernmentBody|Company|0|2" in f
    # between Kestrel Hale and Acme: nothing
    assert "rivals=0|0" in rival_features(idx, span["Kestrel Hale"], span["Acme"])


def test_rival_features_count_each_entity_once():
    """"Jane Roe, a lawyer at Acme, said Acme advises Bolt": one company, named twice, stands between Jane Roe and
    Bolt."""
    from kg.nlp.learn.relations import rival_features

    words = ["Jane", "Roe", ",", "a", "lawyer", "at", "Acme", ",", "said", "Acme", "advises", "Bolt", "."]
    heads = [1, 8, 1, 4, 1, 4, 5, 1, 8, 10, 8, 10, 8]
    deps = ["compound", "nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "nsubj", "ccomp", "dobj",
            "punct"]
    doc = build(words, heads, deps, ents={(0, 2): "Person", (6, 7): "Company", (9, 10): "Company", (11, 12): "Company"})
    idx = EntityIndex.of(doc)
    span = {doc[s:e].text: (s, e, k) for s, e, k in idx.spans}
    assert "rivals=0|1" in rival_features(idx, span["Jane Roe"], span["Bolt"])


def test_the_role_model_reads_the_ranks():
    """pairs_at gives every pair its rank features, at training and at inference alike."""
    from kg.nlp.learn.candidates import pairs_at

    doc = build(WORDS, HEADS, DEPS, ents=ENTS)
    idx = EntityIndex.of(doc)
    pairs = pairs_at(doc[8], doc[0:13], "Penalize", idx, [], None)
    assert pairs and all(any(f.startswith("rank=") for f in p.features) for p in pairs)
