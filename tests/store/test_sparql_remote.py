"""The remote store against a real Oxigraph server (from PyPI), started on a free loopback port."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from kg.errors import KGError, QueryError
from kg.graph.query_library import bindings
from kg.store import open_store
from kg.store.build import build


def test_sparql_remote_build_query_rebuild_remove(oxigraph_server, corpus):
    store = open_store(f"sparql:{oxigraph_server}")
    first = build([corpus], store)
    assert first.added == 2
    triples = store.triples()
    assert build([corpus], store).added == 0 and store.triples() == triples
    q = "SELECT ?e WHERE { ?e rdfs:label ?name }"
    assert store.query(q, bindings({"name": "Anthropic"})).rows
    assert not store.query(q, bindings({"name": 'x" } } ; DROP ALL ; { {'})).rows
    assert store.triples() == triples
    with pytest.raises(QueryError):
        store.query("CLEAR ALL")
    seed = next(d for d in store.documents() if d.source.endswith("seed.txt"))
    assert store.remove_document(URIRef(seed.iri))
    assert len(store.documents()) == 1 and store.triples() < triples
    assert len(Graph().parse(data=store.dump("turtle"), format="turtle")) == store.triples()


def test_sparql_remote_unreachable_endpoint_is_one_clear_error():
    from tests.browser import free_port

    store = open_store(f"sparql:http://127.0.0.1:{free_port()}/query")
    with pytest.raises(KGError) as info:
        store.documents()
    assert info.value.code == "E605" and "is the endpoint running" in str(info.value)
