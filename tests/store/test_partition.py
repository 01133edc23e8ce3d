from __future__ import annotations

from rdflib.namespace import RDF

from kg.graph.namespaces import AIP
from kg.store.partition import ENTITIES_GRAPH, partition, to_nquads


def test_partition_puts_every_triple_somewhere_and_documents_apart(seed_build):
    g = seed_build.graph
    parts = partition(g)
    assert {t for ts in parts.values() for t in ts} == set(g)
    doc = next(g.subjects(RDF.type, AIP.Document))
    assert set(parts) == {doc, ENTITIES_GRAPH}
    assert all(s == doc or (s, None, None) in g for s, _, _ in parts[doc])
    assert all(p != AIP.actionType for _, p, _ in parts[ENTITIES_GRAPH])  # actions live with their document


def test_partition_nquads_parse_in_oxigraph(seed_build):
    import pyoxigraph as ox

    store = ox.Store()
    store.load(to_nquads(seed_build.graph), format=ox.RdfFormat.N_QUADS)
    assert len(store) >= len(seed_build.graph)
