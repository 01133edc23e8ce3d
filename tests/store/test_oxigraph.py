from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import Graph, URIRef

from kg.errors import QueryError
from kg.graph.query_library import bindings
from kg.store import open_store
from kg.store.build import build


@pytest.fixture()
def store(tmp_path):
    s = open_store(f"oxigraph:{tmp_path / 'db'}", create=True)
    yield s
    s.close()


def test_oxigraph_build_is_incremental_and_idempotent(store, corpus):
    first = build([corpus], store)
    assert first.added == 2 and first.report.already == 0
    triples, docs = store.triples(), len(store.documents())
    again = build([corpus], store)
    assert again.added == 0 and again.report.already == 2
    assert store.triples() == triples and len(store.documents()) == docs == 2


def test_oxigraph_changed_document_at_same_path_replaces_the_old(store, corpus):
    build([corpus], store)
    old = {d.source: d.sha256 for d in store.documents()}
    article = corpus / "article.md"
    article.write_text(article.read_text(encoding="utf-8") + "\n\nThe FTC opened an investigation into OpenAI.\n",
                       encoding="utf-8")
    res = build([corpus], store)
    now = {d.source: d.sha256 for d in store.documents()}
    assert res.added == 1 and res.replaced == [str(article)]
    assert len(now) == 2 and now[str(article)] != old[str(article)]


def test_oxigraph_remove_deletes_what_only_that_document_supported(store, corpus):
    build([corpus], store)
    docs = store.documents()
    seed = next(d for d in docs if d.source.endswith("seed.txt"))
    assert store.remove_document(URIRef(seed.iri))
    assert not store.remove_document(URIRef(seed.iri))
    left = store.documents()
    assert [d.iri for d in left] != [seed.iri] and len(left) == 1
    mythos = store.query("ASK { ?e rdfs:label ?n FILTER(CONTAINS(?n, 'Mythos')) }")
    assert mythos.boolean is False  # named only in the removed article
    assert store.query("ASK { ?d aip:mentions ?e }").boolean is True


def test_oxigraph_queries_are_guarded(store, corpus):
    build([corpus], store)
    with pytest.raises(QueryError) as info:
        store.query("DELETE WHERE { ?s ?p ?o }")
    assert info.value.code == "E503"
    with pytest.raises(QueryError) as info:
        store.query("SELECT ?x WHERE { ?x ?y }")
    assert info.value.code == "E502"
    res = store.query("SELECT * WHERE { ?s ?p ?o }", limit=4)
    assert len(res.rows) == 4 and res.truncated
    q = "SELECT ?e WHERE { ?e rdfs:label ?name }"
    assert store.query(q, bindings({"name": "Anthropic"})).rows
    before = store.triples()
    assert not store.query(q, bindings({"name": '"} } ; DROP ALL ; { {'})).rows
    assert store.triples() == before


def test_oxigraph_export_formats_parse(store, corpus):
    build([corpus], store)
    ttl = Graph().parse(data=store.dump("turtle"), format="turtle")
    assert len(ttl) == store.triples()
    import pyoxigraph as ox

    quads = ox.Store()
    quads.load(store.dump("nquads"), format=ox.RdfFormat.N_QUADS)
    assert len(list(quads.named_graphs())) == 3  # two documents and the entities graph


@pytest.mark.slow
def test_oxigraph_second_process_gets_a_clear_error(tmp_path):
    first = open_store(f"oxigraph:{tmp_path / 'db'}", create=True)
    try:
        code = ("from kg.store import open_store\nimport sys\n"
                f"try:\n    open_store('oxigraph:{tmp_path / 'db'}')\nexcept Exception as e:\n    print(e); sys.exit(3)\n")
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert r.returncode == 3 and "E602" in r.stdout
    finally:
        first.close()
