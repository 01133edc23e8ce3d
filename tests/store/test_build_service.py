"""One build service (kg.store.build.build): `kg build`, the app's uploads and its first start give the same
graph from the same news, with ./curation.jsonl applied and changed documents replaced by all of them."""
from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF, RDFS

from kg.graph.export import read_graph
from kg.graph.namespaces import AIP
from kg.store import MemoryStore
from kg.store.build import BuildOptions, build
from kg.ui.upload import add_documents
from tests.test_app import run_app
from tests.test_cli import kg

TEXTS = {"a.txt": "One\n\nThe lab Zephyra Labs released the Orion model. Library Genesis hosted books.",
         "b.txt": "Two\n\nThe startup Zephyra Inc. said the Orion model was safe."}
CURATION = ('{"merge": ["Zephyra Labs", "Zephyra Inc."], "label": "Zephyra", "type": "Company"}\n'
            '{"drop": "Library Genesis"}\n')


@pytest.fixture()
def news(tmp_path, monkeypatch):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (tmp_path / "curation.jsonl").write_text(CURATION, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # where every build looks for curation.jsonl
    return folder


def without_sources(g: Graph) -> Graph:
    """The graph less the documents' file names, which differ by design (a path, an upload's own name)."""
    out = Graph()
    for t in g:
        if t[1] != DCTERMS.source:
            out.add(t)
    return out


def labels(g: Graph) -> set[str]:
    return {str(o) for o in g.objects(None, RDFS.label)}


def test_build_service_cli_upload_and_first_start_agree_and_curate(news, tmp_path, monkeypatch):
    assert kg("build", news, "-o", tmp_path / "cli.ttl", "-q").exit_code == 0
    cli = read_graph(tmp_path / "cli.ttl")
    assert "Zephyra" in labels(cli) and not any("Library Genesis" in s for s in labels(cli))  # curated

    store = MemoryStore()
    res = add_documents(store, [(p.name, p.read_bytes()) for p in sorted(news.iterdir())])
    assert res.added == ["a.txt", "b.txt"]
    assert isomorphic(without_sources(store.graph()), without_sources(cli))

    at = run_app(monkeypatch, tmp_path / "app.ttl", KG_SEEDS=str(news))  # the app's first start
    assert not at.error
    assert isomorphic(without_sources(read_graph(tmp_path / "app.ttl")), without_sources(cli))


def test_build_service_upload_of_a_changed_document_replaces_it(news):
    store = MemoryStore()
    first = add_documents(store, [("a.txt", TEXTS["a.txt"].encode())])
    assert first.added == ["a.txt"] and first.replaced == []
    second = add_documents(store, [("a.txt", (TEXTS["a.txt"] + " Zephyra Labs hired staff.").encode())])
    assert second.added == ["a.txt"] and second.replaced == ["a.txt"]
    g = store.graph()
    docs = list(g.subjects(RDF.type, AIP.Document))
    assert len(docs) == 1 and str(g.value(docs[0], DCTERMS.source)) == "a.txt"
    again = add_documents(store, [("a.txt", (TEXTS["a.txt"] + " Zephyra Labs hired staff.").encode())])
    assert again.added == [] and "already in the graph" in dict(again.skipped)["a.txt"]


def test_build_service_memory_build_is_one_batch_and_stores_keep_theirs(news, tmp_path):
    mem = build([news], MemoryStore(), BuildOptions(batch_docs=1))
    assert mem.added == 2 and mem.batches == 1  # in memory, events link across every document
    from kg.store import open_store

    ox = open_store(f"oxigraph:{tmp_path / 'db'}", create=True)
    try:
        res = build([news], ox, BuildOptions(batch_docs=1))
        assert res.added == 2 and res.batches == 2  # one transaction per batch
    finally:
        ox.close()


def test_build_service_curation_can_be_switched_off(news):
    res = build([news], MemoryStore(), BuildOptions(use_default_curation=False))
    assert res.added == 2
    store = MemoryStore()
    build([news], store, BuildOptions(use_default_curation=False))
    assert any("Library Genesis" in s for s in labels(store.graph()))
