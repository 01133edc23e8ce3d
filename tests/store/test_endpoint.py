"""`kg serve`'s endpoint, queried by SPARQLWrapper as a real client."""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from kg.store import MemoryStore
from kg.store.endpoint import make_server


@pytest.fixture()
def endpoint(seed_build):
    def start(**options):
        copy = Graph()
        for t in seed_build.graph:  # a copy: an update test must not change the session's seed graph
            copy.add(t)
        store = MemoryStore(copy)
        server = make_server(store, "127.0.0.1", 0, **options)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        started.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/sparql", store

    started: list = []
    yield start
    for s in started:
        s.shutdown()
        s.server_close()


Q = "PREFIX aip: <https://w3id.org/aipolicy-kg/ontology#> SELECT ?a ?t WHERE { ?a aip:actionType ?t } ORDER BY ?a"


def test_endpoint_answers_get_and_post_in_every_format(endpoint):
    url, _ = endpoint()
    w = SPARQLWrapper(url)
    w.setQuery(Q)
    w.setReturnFormat(JSON)
    rows = w.query().convert()["results"]["bindings"]
    assert rows and set(rows[0]) == {"a", "t"}
    w.setMethod("POST")
    assert w.query().convert()["results"]["bindings"] == rows
    w.setReturnFormat(XML)
    assert len(w.query().convert().getElementsByTagName("result")) == len(rows)
    w.setReturnFormat(CSV)
    assert w.query().convert().decode().splitlines()[0] == "a,t"
    w.setQuery("CONSTRUCT { ?s ?p ?o } WHERE { ?s a ?o . ?s ?p ?o } LIMIT 3")
    w.setReturnFormat(TURTLE)
    assert b"@prefix" in w.query().convert()
    w.setQuery("ASK { ?s ?p ?o }")
    w.setReturnFormat(JSON)
    assert w.query().convert()["boolean"] is True


def test_endpoint_refuses_updates_unless_allowed(endpoint):
    url, store = endpoint()
    before = len(store)
    w = SPARQLWrapper(url)
    w.setMethod("POST")
    w.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(urllib.error.HTTPError) as info:
        w.query()
    assert info.value.code == 403 and b"read-only" in info.value.read()
    assert len(store) == before


def test_endpoint_time_limit_and_row_cap(endpoint):
    url, _ = endpoint(timeout=0.5, limit=5)
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": slow}), timeout=30)
    assert info.value.code == 503 and b"stopped after 0.5 s" in info.value.read()
    with urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})) as r:
        data = json.loads(r.read())
        assert len(data["results"]["bindings"]) == 5 and data["kg"]["truncated"] and r.headers["X-KG-Truncated"]
    with urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})) as r:
        assert json.loads(r.read())["boolean"] is True  # still answering after the stopped query


def test_endpoint_syntax_error_is_400_with_position(endpoint):
    url, _ = endpoint()
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE { ?x ?y }"}))
    assert info.value.code == 400 and b"line 1, column" in info.value.read()


def test_endpoint_allows_updates_when_asked(endpoint):
    url, store = endpoint(allow_updates=True)
    w = SPARQLWrapper(url)
    w.setMethod("POST")
    w.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    before = len(store)
    w.query()
    assert len(store) == before + 1


def test_endpoint_refuses_service_unless_its_host_is_allowed(endpoint):
    from tests.listener import Listener

    with Listener() as spy:
        query = urllib.parse.urlencode({"query": f"SELECT ?x WHERE {{ SERVICE <{spy.url}> {{ ?x ?y ?z }} }}"})
        url, _ = endpoint()
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(f"{url}?{query}", timeout=30)
        assert info.value.code == 403 and b"E509" in info.value.read()
        assert spy.requests == []
        allowed, _ = endpoint(allow_service=[spy.host])
        with urllib.request.urlopen(f"{allowed}?{query}", timeout=30) as r:
            assert b"from-the-listener" in r.read()
        assert spy.requests


def test_endpoint_construct_obeys_the_row_cap(endpoint):
    url, store = endpoint(limit=5)
    query = urllib.parse.urlencode({"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "format": "nt"})
    with urllib.request.urlopen(f"{url}?{query}", timeout=30) as r:
        lines = [line for line in r.read().decode().splitlines() if line.strip()]
        assert len(lines) == 5 and r.headers["X-KG-Truncated"] == "row cap 5"
    assert len(store) > 5
