"""SERVICE clauses are found in the parsed algebra wherever they hide, never in comments or strings, and
refused unless their host is allowed (issue 12, item 1)."""
from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.graph.query import prepare
from kg.graph.service import allowed, services

HIDDEN = [
    "SELECT * WHERE { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { service silent <http://evil.example/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://evil.example/> { ?s ?p ?o } } }",
    "SELECT * WHERE { { SELECT ?s WHERE { OPTIONAL { SERVICE <http://evil.example/> { ?s ?p ?o } } } } }",
    "SELECT * WHERE { BIND(EXISTS { SERVICE <http://evil.example/> { } } AS ?x) }",
    "SELECT ?s WHERE { ?s ?p ?o } ORDER BY (NOT EXISTS { SERVICE <http://evil.example/> { } })",
    "ASK { GRAPH ?g { SERVICE <http://evil.example/> { } } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { SERVICE <http://evil.example/> { ?s ?p ?o } } }",
    "DESCRIBE ?s WHERE { MINUS { SERVICE <http://evil.example/> { ?s ?p ?o } } }",
    "SELECT * WHERE { SERVICE <http://evil.example/> { } } VALUES ?x { 1 }",
    "SELECT * WHERE { SERVICE \\u003Chttp://evil.example/> { } }",  # a code-point escape is expanded first
]


@pytest.mark.parametrize("query", HIDDEN)
def test_service_found_and_refused_wherever_it_hides(query):
    with pytest.raises(QueryError) as info:
        prepare(query)
    assert info.value.code == "E509" and "evil.example" in str(info.value) and "--allow-service" in str(info.value)


def _algebra(query: str):
    from rdflib.plugins.sparql import prepareQuery

    from kg.graph.namespaces import PREFIXES

    return prepareQuery(query, initNs=PREFIXES).algebra


@pytest.mark.parametrize("query", HIDDEN)
def test_service_every_hiding_place_is_found(query):
    assert [str(t).rstrip("sparql") for t in services(_algebra(query))] == ["http://evil.example/"]


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
    "SELECT * WHERE { VALUES ?e { <http://127.0.0.1/> } SERVICE SILENT ?e { ?s ?p ?o } }",
])
def test_service_with_a_variable_is_always_refused(query):
    with pytest.raises(QueryError) as info:
        prepare(query, ["127.0.0.1", "evil.example"])
    assert info.value.code == "E510"


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?s ?p 'SERVICE <http://evil.example/> { }' }",
    "SELECT * WHERE { ?s ?p \"\"\"x\n} SERVICE <http://evil.example/> {\"\"\" }",
    "# SERVICE <http://evil.example/> { }\nSELECT * WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s <http://evil.example/SERVICE> ?o } # SERVICE <http://evil.example/> { }",
])
def test_service_in_comments_strings_and_iris_is_not_a_service(query):
    assert list(services(_algebra(query))) == []
    prepare(query)  # no error


@pytest.mark.parametrize("iri, allow, expected", [
    ("http://evil.example/sparql", [], False),
    ("http://evil.example/sparql", ["evil.example"], True),
    ("http://EVIL.example:8080/sparql", ["evil.example"], True),
    ("http://evil.example:8080/sparql", ["evil.example:8080"], True),
    ("http://evil.example:8081/sparql", ["evil.example:8080"], False),
    ("https://evil.example/sparql", ["evil.example:443"], True),
    ("http://evil.example/sparql", ["evil.example:443"], False),
    ("http://evil.example.attacker.test/", ["evil.example"], False),
    ("http://evil.example@127.0.0.1/", ["evil.example"], False),
    ("http://[::1]:7878/sparql", ["[::1]:7878"], True),
    ("file:///etc/passwd", ["etc", ""], False),
    ("ftp://evil.example/", ["evil.example"], False),
])
def test_service_allow_list_matches_host_and_port(iri, allow, expected):
    assert allowed(iri, allow) is expected


def test_service_allowed_host_passes_others_are_refused():
    two = "SELECT * WHERE { SERVICE <http://good.example/q> { } SERVICE <http://evil.example/q> { } }"
    prepare("SELECT * WHERE { SERVICE <http://good.example/q> { } }", ["good.example"])
    with pytest.raises(QueryError) as info:
        prepare(two, ["good.example"])
    assert info.value.code == "E509" and "evil.example" in str(info.value)
