"""The app's tables read through Oxigraph (a graph file's in-memory copy, an Oxigraph store) are the tables
read through rdflib: the same rows, the same columns, the same values."""
from __future__ import annotations

import pandas as pd
import pytest

from kg.graph.export import write_graph
from kg.store import MemoryStore, open_store
from kg.ui.filestore import FileStore, open_for_app
from kg.ui.model import load_model
from tests.ui.graphs import synthetic_graph


def same_tables(a, b) -> None:
    for name in ("entities", "actions", "relations", "documents"):
        left = getattr(a, name).sort_values(list(getattr(a, name).columns[:3])).reset_index(drop=True)
        right = getattr(b, name).sort_values(list(getattr(b, name).columns[:3])).reset_index(drop=True)
        pd.testing.assert_frame_equal(left.astype(str), right.astype(str), obj=name)
    assert a.triples == b.triples


@pytest.fixture(scope="module", params=["seed", "synthetic"])
def graph(request, seed_build):
    return seed_build.graph if request.param == "seed" else synthetic_graph(entities=120, actions=300)


def test_a_turtle_file_reads_the_same_tables_through_oxigraph(graph, tmp_path):
    path = tmp_path / "g.ttl"
    write_graph(graph, path)
    store = open_for_app(str(path))
    assert isinstance(store, FileStore) and store.fast is not None
    same_tables(load_model(store), load_model(MemoryStore(graph)))
    assert store._real is None  # the rdflib parse was not needed


def test_an_oxigraph_store_reads_the_same_tables(graph, tmp_path):
    store = open_store(f"oxigraph:{tmp_path / 'ox'}", create=True)
    try:
        store.add(graph)
        same_tables(load_model(store), load_model(MemoryStore(graph)))
    finally:
        store.close()


def test_a_write_sends_everything_to_the_rdflib_store(seed_build, tmp_path):
    path = tmp_path / "g.ttl"
    write_graph(seed_build.graph, path)
    store = open_for_app(str(path))
    before = len(store)
    extra = synthetic_graph(entities=5, actions=5)
    store.add(extra)
    assert store.fast is None and len(store) > before
    assert len(load_model(store).actions) == len(load_model(MemoryStore(seed_build.graph + extra)).actions)


def test_a_file_oxigraph_cannot_read_opens_the_usual_way(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(Exception) as fast:
        open_for_app(str(path))
    with pytest.raises(Exception) as usual:
        open_store(str(path))
    assert type(fast.value) is type(usual.value) and str(fast.value) == str(usual.value)


def test_records_of_a_selection_are_its_rows_as_dicts(big_model):
    actions = big_model.actions
    chosen = actions[actions["type"] == actions["type"].iloc[0]]
    assert big_model.records("actions", chosen) == chosen.to_dict("records")
    assert big_model.records("actions", chosen)[0] is big_model.records("actions", chosen)[0]  # made once
    assert big_model.records("relations", big_model.relations) == big_model.relations.to_dict("records")
