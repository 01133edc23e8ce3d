"""One answer per fact on every store: the example queries (kg/graph/queries), the app's table queries
(kg/ui/queries) and `kg stats` give the same rows on a graph file, an Oxigraph store and remote stores,
for a graph where every relation is supported by two documents (the same report twice, a line apart)."""
from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from rdflib import URIRef

from kg.graph.export import write_bytes
from kg.graph.query_library import bindings, examples
from kg.store import MemoryStore, open_store
from kg.store.build import build_graph
from kg.ui.summary import store_counts
from tests.conftest import DATA, SEED_ARTICLE

UI_QUERIES = sorted((Path(__file__).resolve().parents[2] / "kg" / "ui" / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def twice_reported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("twice")
    shutil.copy(SEED_ARTICLE, folder / "seed.txt")
    (folder / "seed-again.txt").write_text(SEED_ARTICLE.read_text(encoding="utf-8") + "\nUpdated.\n", encoding="utf-8")
    shutil.copy(DATA / "article.md", folder / "article.md")
    return build_graph([folder]).graph


def cell(term) -> str:
    text = "" if term is None else str(term)
    return "; ".join(sorted(text.split("; ")))  # GROUP_CONCAT's order is the engine's


def answers(store) -> dict:
    out = {}
    for q in examples():
        out[q.name] = Counter(tuple(map(cell, r)) for r in store.query(q.text, bindings(q.params), limit=None).rows)
    for path in UI_QUERIES:
        rows = store.query(path.read_text(encoding="utf-8"), timeout=None, limit=None).rows
        out[f"ui/{path.stem}"] = Counter(tuple(map(cell, r)) for r in rows)
    out["kg stats"] = store_counts(store)
    return out


@pytest.fixture()
def store_holding(request, tmp_path, twice_reported):
    kind = request.param
    if kind == "graph file":
        write_bytes(twice_reported.serialize(format="turtle", encoding="utf-8"), tmp_path / "g.ttl")
        return open_store(tmp_path / "g.ttl")
    if kind == "oxigraph":
        store = open_store(f"oxigraph:{tmp_path / 'db'}", create=True)
    elif kind == "Oxigraph server":
        store = open_store(f"sparql:{request.getfixturevalue('oxigraph_server')}")
    else:
        store = open_store(f"sparql:{request.getfixturevalue('virtuoso_server').url}")
    store.add(twice_reported)
    request.addfinalizer(store.close)
    return store


@pytest.mark.parametrize("store_holding", ["graph file", "oxigraph", "Oxigraph server",
                                           pytest.param("Virtuoso", marks=pytest.mark.slow)], indirect=True)
def test_every_store_gives_one_answer_per_fact(store_holding, twice_reported):
    expected = answers(MemoryStore(twice_reported))
    got = answers(store_holding)
    assert expected["ui/relations"] and sum(expected["ui/relations"].values()) == len(expected["ui/relations"])
    for name in expected:
        assert got[name] == expected[name], name


@pytest.mark.parametrize("store_holding", ["graph file", "oxigraph", pytest.param("Oxigraph server",
                                           marks=pytest.mark.slow)], indirect=True)
def test_a_relation_stays_while_a_document_supports_it(store_holding):
    folder = UI_QUERIES[0].parent
    relations, evidence = ((folder / f"{n}.rq").read_text(encoding="utf-8") for n in ("relations", "relation-evidence"))

    def rows() -> set:
        return {tuple(r) for r in store_holding.query(relations, timeout=None, limit=None).rows}

    def supported(doc: str | None = None) -> set:
        found = store_holding.query(evidence, timeout=None, limit=None).rows
        return {tuple(r[:3]) for r in found if doc is None or str(r[4]) == doc}

    docs = {Path(d.source).name: d.iri for d in store_holding.documents()}
    both = supported(docs["seed.txt"]) & supported(docs["seed-again.txt"])
    assert both and rows() == supported()
    assert store_holding.remove_document(URIRef(docs["seed.txt"]))
    assert both <= rows() == supported()  # the same report, still stored, supports them
    assert store_holding.remove_document(URIRef(docs["seed-again.txt"]))
    assert rows() == supported() and not both & rows() - supported(docs["article.md"])
