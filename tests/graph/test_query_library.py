from __future__ import annotations

import pytest
from rdflib import Literal, Variable

from kg.errors import QueryError
from kg.graph.query import prepare, run_query
from kg.graph.query_library import bindings, examples, parse_binds

REQUIRED = {"Restrictions on a company", "Everything an agency did", "Models and their developers",
            "Timeline of actions under an instrument", "Most-mentioned entities", "Entities that appear together"}


def test_query_library_has_the_examples_each_titled_and_parsable():
    library = examples()
    assert REQUIRED <= {q.title for q in library}
    for q in library:
        assert q.description and prepare(q.text)
        for name in q.params:
            assert f"?{name}" in q.text


@pytest.mark.parametrize("q", examples(), ids=lambda q: q.name)
def test_query_library_examples_run_on_the_seed_graph(seed_build, q):
    res = run_query(seed_build.graph, q.text, bindings(q.params), timeout=30)
    assert res.columns


def test_query_library_hostile_values_are_literals(seed_build):
    q = next(q for q in examples() if q.title == "Restrictions on a company")
    before = len(seed_build.graph)
    for value in ['"} ; DROP ALL ; {', "Anthropic\"\n} INSERT DATA { <a:b> <a:c> <a:d> }", "' OR 1=1 --"]:
        assert run_query(seed_build.graph, q.text, bindings({"name": value})).rows == []
    assert len(seed_build.graph) == before
    assert run_query(seed_build.graph, q.text, bindings({"name": "Anthropic"})).rows
    assert run_query(seed_build.graph, q.text, bindings({"name": "Antropic"})).rows  # an alias works too


def test_query_library_parse_binds():
    assert parse_binds(["name=Anthropic", "?x=a=b"]) == {"name": "Anthropic", "x": "a=b"}
    assert bindings({"name": "A"}) == {Variable("name"): Literal("A")}
    with pytest.raises(QueryError):
        parse_binds(["novalue"])
