"""`kg serve` over an Oxigraph store answers the protocol as it does over a graph file: the dataset of
FROM and default-graph-uri (Oxigraph alone would keep its union default graph), GRAPH, the Graph Store
Protocol, linked data, VoID and rows that bind nothing."""
from __future__ import annotations

import json
import urllib.parse

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg.store import open_store
from kg.store.partition import ENTITIES_GRAPH, partition
from tests.store.served import AIP, fetch, query_url, served  # noqa: F401  (fixture)


@pytest.fixture()
def oxigraph(tmp_path, seed_build):
    store = open_store(f"oxigraph:{tmp_path / 'db'}", create=True)
    store.add(seed_build.graph)
    yield store
    store.close()


def rows(base: str, query: str, **params: str) -> list[dict]:
    r = fetch(query_url(base, query, **params))
    assert r.status == 200, r.text
    return json.loads(r.body)["results"]["bindings"]


def test_oxigraph_store_through_the_endpoint(served, oxigraph, seed_build):
    base, _ = served(oxigraph)
    parts = partition(seed_build.graph)
    doc = next(name for name in parts if name != ENTITIES_GRAPH)
    count = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"
    n = lambda dataset="", **p: int(rows(base, count.format(dataset), **p)[0]["n"]["value"])  # noqa: E731
    assert n(f"FROM <{doc}>") == len(parts[doc]) and n(f"FROM NAMED <{doc}>") == 0
    assert n(**{"default-graph-uri": str(ENTITIES_GRAPH)}) == len(parts[ENTITIES_GRAPH])
    per_graph = rows(base, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert {b["g"]["value"]: int(b["n"]["value"]) for b in per_graph} == {str(k): len(v) for k, v in parts.items()}
    assert rows(base, AIP + "SELECT ?nothing WHERE { ?a a aip:Action } LIMIT 2") == [{}, {}]
    got = fetch(f"{base}/store?" + urllib.parse.urlencode({"graph": str(doc)}), Accept="text/turtle")
    expected = Graph()
    for t in parts[doc]:
        expected.add(t)
    assert isomorphic(Graph().parse(data=got.body, format="turtle"), expected)
    anthropic = URIRef("https://w3id.org/aipolicy-kg/resource/entity/anthropic")
    page = Graph().parse(data=fetch(f"{base}/resource/entity/anthropic", Accept="text/turtle").body, format="turtle")
    assert set(page.triples((anthropic, None, None))) == set(seed_build.graph.triples((anthropic, None, None)))
    void = fetch(f"{base}/void", Accept="text/turtle").text
    assert f"void:triples {len(seed_build.graph)}" in void


def test_oxigraph_workers_outlive_the_request_that_started_them(served, oxigraph):
    """Each Oxigraph query worker dies with the thread that started it; the server's threads live on, so
    one worker answers request after request (a thread per request killed it after every answer: E504)."""
    base, _ = served(oxigraph)
    pids = set()
    for _ in range(6):
        assert fetch(query_url(base, "ASK { ?s ?p ?o }")).status == 200
        pids.add(oxigraph.pool.last_pid)
    assert len(pids) <= 2  # at most one worker per server thread that happened to take a request
