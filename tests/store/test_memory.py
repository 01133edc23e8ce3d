from __future__ import annotations

import pytest
from rdflib import URIRef

from kg.errors import KGError
from kg.graph.export import read_graph, write_graph
from kg.store import MemoryStore, open_store


def test_memory_store_from_file_adds_and_saves(tmp_path, seed_build):
    path = tmp_path / "g.ttl"
    write_graph(seed_build.graph, path)
    store = open_store(path)
    assert len(store) == len(seed_build.graph)
    assert store.document_shas() == {str(o) for o in seed_build.graph.objects(None, None)
                                     if len(str(o)) == 64 and str(o).isalnum()}
    assert store.add(seed_build.graph) == 0  # same triples: nothing new
    assert store.save() == str(path) and len(read_graph(path)) == len(seed_build.graph)


def test_memory_store_query_is_read_only():
    store = MemoryStore()
    with pytest.raises(KGError):
        store.query("CLEAR ALL")
    assert open_store("memory").save() is None


def test_memory_store_unreadable_file_is_a_kg_error(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix broken", encoding="utf-8")
    with pytest.raises(KGError) as info:
        open_store(bad)
    assert "bad.ttl" in str(info.value)


def test_memory_store_empty_takes_the_built_graph_then_adds_to_it(seed_build):
    from kg.graph.namespaces import new_graph

    store, g = MemoryStore(), new_graph()
    g += seed_build.graph
    assert store.add(g) == len(seed_build.graph) and store.graph() is g  # no copy into an empty store
    more = new_graph()
    more.add((URIRef("urn:x:s"), URIRef("urn:x:p"), URIRef("urn:x:o")))
    assert store.add(more) == 1 and len(store) == len(seed_build.graph) + 1 and store.graph() is g
