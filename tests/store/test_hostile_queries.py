"""Hostile read-only queries on every backend (graph file, Oxigraph, a remote SPARQL endpoint): SERVICE
never reaches out unless its host is allowed, bound values are bound (an injected clause never runs), and
CONSTRUCT obeys the row cap (issue 12, items 1, 3 and 4). A local listener records whether it was called."""
from __future__ import annotations

import pytest
from rdflib import Literal

from kg.errors import QueryError
from kg.graph.export import write_graph
from kg.graph.query import read_query
from kg.graph.query_library import bindings, examples
from kg.store import open_store
from tests.listener import Listener

BACKENDS = ["file", "oxigraph", "sparql"]
PARAMETRIZED = [q for q in examples() if q.params]
SEED_NAMES = {"instrument-timeline": "AI executive order"}  # names the seed article has, by example


def unordered(row: list) -> tuple:
    """A row with each GROUP_CONCAT ("a; b") read as a set: engines concatenate in their own order."""
    return tuple("; ".join(sorted(str(t).split("; "))) if t is not None else "" for t in row)


@pytest.fixture(params=BACKENDS)
def backend(request, tmp_path, seed_build):
    if request.param == "file":
        path = tmp_path / "seed.ttl"
        write_graph(seed_build.graph, path)
        store = open_store(str(path))
    elif request.param == "oxigraph":
        store = open_store(f"oxigraph:{tmp_path / 'db'}", create=True)
        store.add(seed_build.graph)
    else:
        store = open_store(f"sparql:{request.getfixturevalue('oxigraph_server')}")
        store.add(seed_build.graph)
    yield store
    store.close()


@pytest.fixture()
def spy():
    with Listener() as listener:
        yield listener


@pytest.mark.parametrize("shape", [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?x ?y ?z }} }}",
    "SELECT ?d WHERE {{ ?d a aip:Document FILTER EXISTS {{ SERVICE SILENT <{url}> {{ ?d ?y ?z }} }} }}",
    "ASK {{ {{ SELECT ?x WHERE {{ SERVICE <{url}> {{ ?x ?y ?z }} }} }} }}",
    "CONSTRUCT {{ ?x ?y ?z }} WHERE {{ SERVICE <{url}> {{ ?x ?y ?z }} }}",
])
def test_hostile_service_is_refused_on_every_backend(backend, spy, shape):
    with pytest.raises(QueryError) as info:
        backend.query(shape.format(url=spy.url))
    assert info.value.code == "E509" and spy.host.split(":")[0] in str(info.value)
    with pytest.raises(QueryError) as info:
        backend.query("SELECT * WHERE { BIND(<%s> AS ?e) SERVICE ?e { ?x ?y ?z } }" % spy.url)
    assert info.value.code == "E510"
    assert spy.requests == []


def test_hostile_service_to_an_allowed_host_is_sent(backend, spy):
    res = backend.query(f"SELECT ?x WHERE {{ SERVICE <{spy.url}> {{ ?x ?y ?z }} }}", allow_service=[spy.host])
    assert spy.requests  # the operator opted in: the request leaves
    assert [str(r[0]) for r in res.rows] == ["from-the-listener"]


@pytest.mark.parametrize("value", [
    " } SERVICE <{url}> { ?q ?w ?e } #",
    "x\n\\\" } SERVICE <{url}> { ?q ?w ?e } #",
    "\\u0022 } SERVICE <{url}> { ?q ?w ?e } #",
    "\"\"\" } SERVICE <{url}> { ?q ?w ?e } #",
])
def test_hostile_bound_value_never_changes_the_query(backend, spy, value):
    text = read_query(str(next(q for q in PARAMETRIZED if q.name == "restrictions-on-company").text))
    hostile = value.replace("{url}", spy.url)
    res = backend.query(text, bindings({"name": hostile}))
    assert res.rows == [] and spy.requests == []
    probe = backend.query("SELECT ?v WHERE { ?d a aip:Document }", {"v": Literal(hostile)})
    assert {str(r[0]) for r in probe.rows} == {hostile}  # read back exactly as bound


@pytest.mark.parametrize("example", PARAMETRIZED, ids=[q.name for q in PARAMETRIZED])
def test_hostile_bound_examples_give_the_same_rows_everywhere(backend, seed_build, example):
    from kg.store import MemoryStore

    values = bindings({"name": SEED_NAMES.get(example.name, "Anthropic")})
    expected = MemoryStore(seed_build.graph).query(example.text, values)  # rdflib's initBindings
    got = backend.query(example.text, values)
    assert expected.rows, example.name  # the name is in the seed article
    assert got.columns == expected.columns
    assert sorted(map(unordered, got.rows)) == sorted(map(unordered, expected.rows))


@pytest.mark.parametrize("query", ["CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "DESCRIBE ?a WHERE { ?a a aip:Action }"])
def test_hostile_construct_obeys_the_row_cap(backend, query):
    res = backend.query(query, limit=7)
    assert res.truncated and len(res.rows) == 7 and len(res.graph) == 7
    assert len(backend.query(query, limit=0).graph) > 7
