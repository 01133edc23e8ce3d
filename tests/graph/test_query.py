from __future__ import annotations

import json

import pytest
from rdflib import Literal
from rdflib.namespace import RDF

from kg.errors import QueryError
from kg.graph.namespaces import AIP
from kg.graph.query import read_query, run_query, to_csv, to_json
from tests.conftest import ROOT

QUERIES = sorted((ROOT / "kg" / "graph" / "queries").glob("*.rq"))


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_query_examples_run_on_seed(seed_build, path):
    text = read_query(str(path))
    assert text.startswith("# title:")
    res = run_query(seed_build.graph, text)
    assert res.columns


def test_query_counts_actions(seed_build):
    res = run_query(seed_build.graph, read_query(str(ROOT / "kg/graph/queries/actions-by-type.rq")))
    actions = set(seed_build.graph.subjects(RDF.type, AIP.Action))
    assert actions and sum(int(r[1]) for r in res.rows) == len(actions)


@pytest.mark.parametrize("update", ["INSERT DATA { <a:b> <a:c> <a:d> }", "DELETE WHERE { ?s ?p ?o }",
                                    "CLEAR ALL", "DROP ALL", "LOAD <http://example.org/x>"])
def test_query_refuses_updates(seed_build, update):
    before = len(seed_build.graph)
    with pytest.raises(QueryError) as info:
        run_query(seed_build.graph, update)
    assert info.value.code == "E503" and "read-only" in str(info.value)
    assert len(seed_build.graph) == before


@pytest.mark.parametrize("bad", ["SELECT ?x WHERE { ?x ?y }", "SELEC * WHERE {}"])
def test_query_syntax_error_has_position(seed_build, bad):
    with pytest.raises(QueryError) as info:
        run_query(seed_build.graph, bad)
    assert info.value.code == "E502" and "line 1" in str(info.value)


def test_query_values_are_bound_not_concatenated(seed_build):
    q = "SELECT ?e WHERE { ?e rdfs:label ?name }"
    assert run_query(seed_build.graph, q, {"name": Literal("Anthropic")}).rows
    assert not run_query(seed_build.graph, q, {"name": Literal('"} ; DROP ALL ; {')}).rows


def test_query_csv_and_json_formats(seed_build):
    res = run_query(seed_build.graph, "SELECT ?e ?l WHERE { ?e rdfs:label ?l } ORDER BY ?l LIMIT 3")
    lines = to_csv(res).splitlines()
    assert lines[0] == "e,l" and len(lines) == 4
    data = json.loads(to_json(res))
    assert data["head"]["vars"] == ["e", "l"] and len(data["results"]["bindings"]) == 3


def test_query_row_cap_truncates_and_says_so(seed_build):
    res = run_query(seed_build.graph, "SELECT * WHERE { ?s ?p ?o }", limit=5)
    assert len(res.rows) == 5 and res.truncated
    assert not run_query(seed_build.graph, "SELECT * WHERE { ?s ?p ?o } LIMIT 3", limit=5).truncated


def test_query_timeout_stops_the_query_and_the_next_one_runs(seed_build):
    with pytest.raises(QueryError) as info:
        run_query(seed_build.graph, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=0.5)
    assert info.value.code == "E505" and "0.5 s" in str(info.value)
    assert run_query(seed_build.graph, "ASK { ?s ?p ?o }", timeout=5).boolean is True


def test_query_a_solution_that_binds_nothing_is_still_a_row(seed_build):
    """rdflib's row iterator skips solutions that bind none of the projected variables; a federating server
    (Virtuoso) then got nothing. A GROUP BY over no solutions still gives no row."""
    from kg.graph.query import run_query

    assert run_query(seed_build.graph, "SELECT ?x WHERE { }").rows == [[None]]
    assert run_query(seed_build.graph, "SELECT ?x WHERE { ?s ?p ?o OPTIONAL { ?s <urn:none> ?x } } LIMIT 2").rows == [[None], [None]]
    grouped = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s <urn:none> ?p } GROUP BY ?p"
    assert run_query(seed_build.graph, grouped).rows == []
