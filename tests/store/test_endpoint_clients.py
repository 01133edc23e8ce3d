"""Real clients against `kg serve`: SPARQLWrapper and rdflib's SPARQLStore round trips in every result
format, by GET and POST, each answer read back and compared with the store's own."""
from __future__ import annotations

import io
import warnings

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import Result
from SPARQLWrapper import CSV, GET, JSON, JSONLD, N3, POST, POSTDIRECTLY, RDFXML, TSV, TURTLE, URLENCODED, XML
from SPARQLWrapper import SPARQLWrapper

from kg.store.partition import ENTITIES_GRAPH, partition
from kg.store.terms import from_json
from tests.store.served import AIP, shared  # noqa: F401  (fixture)

SELECT = AIP + "SELECT ?a ?t ?d WHERE { ?a aip:actionType ?t OPTIONAL { ?a aip:date ?d } } ORDER BY ?a ?t"
CONSTRUCT = AIP + "CONSTRUCT { ?a aip:actionType ?t ; aip:evidence ?e } WHERE { ?a aip:actionType ?t ; aip:evidence ?e }"
DESCRIBE = AIP + "DESCRIBE ?c WHERE { ?c a aip:Company }"
ASK = "ASK { ?s ?p ?o }"
# GET every day; the POST forms (a form, and the query as the body) with --slow and in CI
WAYS = [pytest.param((GET, URLENCODED), id="GET"),
        pytest.param((POST, URLENCODED), id="POST-form", marks=pytest.mark.slow),
        pytest.param((POST, POSTDIRECTLY), id="POST-direct", marks=pytest.mark.slow)]
METHODS = ["GET", pytest.param("POST", marks=pytest.mark.slow), pytest.param("POST_FORM", marks=pytest.mark.slow)]


@pytest.fixture(autouse=True)
def _quiet():
    with warnings.catch_warnings():  # SPARQLWrapper builds rdflib's deprecated ConjunctiveGraph
        warnings.simplefilter("ignore", DeprecationWarning)
        yield


def wrapper(base: str, query: str, fmt: str, way: tuple[str, str]) -> SPARQLWrapper:
    w = SPARQLWrapper(f"{base}/sparql")
    w.setQuery(query)
    w.setReturnFormat(fmt)
    w.setMethod(way[0])
    w.setRequestMethod(way[1])
    return w


def rows_of(result: Result) -> list[tuple]:
    return [tuple(b.get(v) for v in result.vars) for b in result.bindings]


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select_and_ask(shared, fmt, way):
    base, store = shared
    expected = [tuple(row) for row in store.query(SELECT).rows]
    got = wrapper(base, SELECT, fmt, way).query().convert()
    if fmt == JSON:
        rows = [tuple(from_json(b.get(v)) for v in got["head"]["vars"]) for b in got["results"]["bindings"]]
    elif fmt == XML:
        rows = rows_of(Result.parse(io.BytesIO(got.toxml().encode()), content_type="application/sparql-results+xml"))
    elif fmt == TSV:
        rows = rows_of(Result.parse(io.BytesIO(got), content_type="text/tab-separated-values"))
    else:  # CSV keeps the text of each term only
        rows = [tuple(None if t is None else str(t) for t in row)
                for row in rows_of(Result.parse(io.BytesIO(got), content_type="text/csv"))]
        expected = [tuple(None if t is None else str(t) for t in row) for row in expected]
    assert rows == expected and len(rows) > 5
    answer = wrapper(base, ASK, fmt, way).query().convert()
    truth = {JSON: lambda a: a["boolean"], XML: lambda a: a.getElementsByTagName("boolean")[0].firstChild.data == "true",
             CSV: lambda a: a == b"ask\r\ntrue\r\n", TSV: lambda a: a == b"?ask\ntrue\n"}[fmt]
    assert truth(answer) is True


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("fmt", [XML, RDFXML, TURTLE, N3, JSONLD])
@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
def test_sparqlwrapper_construct_and_describe(shared, query, fmt, way):
    base, store = shared
    expected = store.query(query).graph
    got = wrapper(base, query, fmt, way).query().convert()
    if isinstance(got, bytes):  # Turtle and N3 come back as text
        got = Graph().parse(data=got, format="turtle")
    triples = Graph()
    for t in got.triples((None, None, None)):
        triples.add(t)
    assert len(expected) > 3 and isomorphic(triples, expected)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("fmt", ["xml", "json", "csv", "tsv"])
def test_rdflib_sparqlstore_select_and_ask(shared, fmt, method):
    base, store = shared
    g = Graph(store=SPARQLStore(f"{base}/sparql", returnFormat=fmt, method=method))
    expected = [tuple(row) for row in store.query(SELECT).rows]
    rows = [tuple(row) for row in g.query(SELECT)]
    if fmt == "csv":
        rows = [tuple(None if t is None else str(t) for t in row) for row in rows]
        expected = [tuple(None if t is None else str(t) for t in row) for row in expected]
    assert rows == expected and len(rows) > 5
    if fmt in ("xml", "json"):  # CSV and TSV are formats of SELECT results only
        assert g.query(ASK).askAnswer is True


@pytest.mark.parametrize("fmt", ["xml", "turtle", "json-ld", "nt"])
def test_rdflib_sparqlstore_construct(shared, fmt):
    base, store = shared
    g = Graph(store=SPARQLStore(f"{base}/sparql", returnFormat=fmt))
    for query in (CONSTRUCT, DESCRIBE):
        assert isomorphic(g.query(query).graph, store.query(query).graph)


def test_rdflib_sparqlstore_graph_api_and_default_graph_uri(shared):
    base, store = shared
    union = Graph(store=SPARQLStore(f"{base}/sparql", returnFormat="json"))
    anthropic = URIRef("https://w3id.org/aipolicy-kg/resource/entity/anthropic")
    assert list(union.objects(anthropic, RDFS.label)) == list(store.graph().objects(anthropic, RDFS.label))
    assert len(union) == len(store.graph())
    parts = partition(store.graph())
    for name in parts:  # a Graph with an IRI asks for that graph alone (default-graph-uri)
        one = Graph(store=SPARQLStore(f"{base}/sparql", returnFormat="json"), identifier=name)
        assert len(one) == len(parts[name])
    assert ENTITIES_GRAPH in parts
