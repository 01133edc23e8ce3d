from __future__ import annotations

import pytest

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
