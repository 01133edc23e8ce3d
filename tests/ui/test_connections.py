from __future__ import annotations

from kg.ui.paths import connect


def _iri(model, label):
    return model.entities[model.entities["label"] == label].iloc[0]["iri"]


def test_connections_shortest_paths_with_evidence(big_model):
    ents = list(big_model.entities[big_model.entities["degree"] > 0]["iri"])
    found = connect(big_model, ents[0], ents[-1])
    assert found.paths, found.why
    length = len(found.paths[0])
    for path in found.paths:
        assert len(path) == length and path[0].source == ents[0] and path[-1].target == ents[-1]
        for hop in path:
            assert hop.actions or hop.relations
            assert all(r["evidence"] for r in hop.actions)


def test_connections_no_path_is_said_plainly(big_model, seed_model):
    a = _iri(seed_model, "Anthropic")
    alone = seed_model.entities[seed_model.entities["degree"] == 0]
    assert len(alone)
    found = connect(seed_model, a, alone.iloc[0]["iri"])
    assert not found.paths and "no chain" in found.why
    assert "two different" in connect(seed_model, a, a).why
