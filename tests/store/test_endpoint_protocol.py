"""`kg serve` against the SPARQL 1.1 Protocol, point by point (issue 14, section 4): content negotiation
with q-values and 406, every results and RDF format, HEAD, OPTIONS and CORS, the request's dataset (FROM,
FROM NAMED, default-graph-uri, named-graph-uri, GRAPH on a graph file), 400 for an empty query, rows that
bind nothing, and the errors of the protocol itself."""
from __future__ import annotations

import io
import json
import urllib.parse

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.query import Result

from kg.graph.formats import FORMATS
from kg.graph.namespaces import PREFIXES
from kg.store.partition import ENTITIES_GRAPH, partition
from tests.store.served import AIP, fetch, query_url, served, shared  # noqa: F401  (fixtures)

SELECT = AIP + "SELECT ?a ?t ?d WHERE { ?a aip:actionType ?t OPTIONAL { ?a aip:date ?d } } ORDER BY ?a ?t"
CONSTRUCT = (AIP + "CONSTRUCT { ?a aip:actionType ?t ; <http://example.org/x#seen> ?e } "
             "WHERE { ?a aip:actionType ?t ; aip:evidence ?e }")
DESCRIBE = AIP + "DESCRIBE ?c WHERE { ?c a aip:Company }"
COUNT = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"
JSON_RESULTS, XML_RESULTS = "application/sparql-results+json", "application/sparql-results+xml"


def count(base: str, dataset: str = "", **params: str) -> int:
    r = fetch(query_url(base, COUNT.format(dataset), **params))
    assert r.status == 200, r.text
    return int(json.loads(r.body)["results"]["bindings"][0]["n"]["value"])


# ---------------------------------------------------------------- content negotiation
@pytest.mark.parametrize("accept, chosen", [
    ("application/sparql-results+xml;q=0.5, application/sparql-results+json", JSON_RESULTS),
    ("application/sparql-results+json;q=0.2, text/csv;q=0.9, text/tab-separated-values;q=0.8", "text/csv"),
    ("text/*;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
    ("*/*;q=0.1, application/sparql-results+xml;q=0.3", XML_RESULTS),
    ("text/*, text/csv;q=0", "text/tab-separated-values"),
    ("application/json", "application/json"),
    ("", JSON_RESULTS),
])
def test_results_follow_the_q_values(shared, accept, chosen):
    base, _ = shared
    r = fetch(query_url(base, SELECT), Accept=accept) if accept else fetch(query_url(base, SELECT))
    assert r.status == 200 and r.type == chosen and "Accept" in r.headers["vary"]


@pytest.mark.parametrize("query, accept", [
    (SELECT, "image/png"), (SELECT, "text/turtle"), (SELECT, "application/sparql-results+json;q=0"),
    (CONSTRUCT, "text/csv"), (CONSTRUCT, "application/sparql-results+json"),
])
def test_nothing_acceptable_is_406_naming_what_is(shared, query, accept):
    r = fetch(query_url(shared[0], query), Accept=accept)
    offers = r.text.split("ask for one of")[1]
    assert r.status == 406 and "[E521]" in r.text
    assert ("text/turtle" in offers) == (query == CONSTRUCT) and ("text/csv" in offers) == (query == SELECT)


def test_graphs_follow_the_q_values_and_the_format_parameter(shared):
    base, _ = shared
    accept = "text/turtle;q=0.4, application/rdf+xml;q=0.9, application/ld+json;q=0.5"
    assert fetch(query_url(base, CONSTRUCT), Accept=accept).type == "application/rdf+xml"
    assert fetch(query_url(base, CONSTRUCT)).type == "text/turtle"  # no Accept: the first offer
    assert fetch(query_url(base, CONSTRUCT, format="json-ld"), Accept="text/turtle").type == "application/ld+json"
    assert fetch(query_url(base, SELECT, format="tsv")).type == "text/tab-separated-values"


# ---------------------------------------------------------------- every format
@pytest.mark.parametrize("mime", ["application/sparql-results+json", "application/sparql-results+xml",
                                  "text/tab-separated-values"])
def test_select_and_ask_read_back_exactly(shared, mime):
    base, store = shared
    expected = [tuple(row) for row in store.query(SELECT).rows]
    r = fetch(query_url(base, SELECT), Accept=mime)
    assert r.status == 200 and r.type == mime
    got = Result.parse(io.BytesIO(r.body), content_type=mime)
    assert [tuple(row.get(v) for v in got.vars) for row in got.bindings] == expected and len(expected) > 5
    ask = fetch(query_url(base, "ASK { ?s ?p ?o }"), Accept=mime)
    if mime == "text/tab-separated-values":
        assert ask.text == "?ask\ntrue\n"
    else:
        assert Result.parse(io.BytesIO(ask.body), content_type=mime).askAnswer is True


def test_csv_has_crlf_line_ends_and_the_values(shared):
    base, store = shared
    expected = store.query(SELECT).rows
    r = fetch(query_url(base, SELECT), Accept="text/csv")
    lines = r.body.split(b"\r\n")
    assert r.type == "text/csv" and lines[-1] == b"" and b"\n" not in b"".join(lines)
    assert lines[0] == b"a,t,d" and len(lines) == len(expected) + 2
    assert lines[1].decode().split(",")[:2] == [str(expected[0][0]), str(expected[0][1])]
    assert fetch(query_url(base, "ASK { ?s ?p ?o }"), Accept="text/csv").body == b"ask\r\ntrue\r\n"


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
def test_graph_answers_in_every_rdf_format_with_the_project_prefixes(shared, fmt, query):
    base, store = shared
    expected = store.query(query).graph
    r = fetch(query_url(base, query), Accept=fmt.media_type)
    assert r.status == 200 and r.type == fmt.media_type
    if fmt.datasets:
        ds = Dataset()
        ds.parse(data=r.body, format=fmt.rdflib)
        got = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            got.add((s, p, o))
    else:
        got = Graph().parse(data=r.body, format=fmt.rdflib)
    assert len(expected) > 3 and isomorphic(got, expected)
    assert b"ns1" not in r.body and b"oxprefix" not in r.body
    if fmt.name in ("turtle", "trig"):
        declared = {line.split()[1].rstrip(":") for line in r.text.splitlines() if line.startswith("@prefix")}
        assert "aip" in declared and declared <= set(PREFIXES)


# ---------------------------------------------------------------- HEAD, OPTIONS, CORS
def test_head_is_get_without_the_body(shared):
    base, _ = shared
    for url in (query_url(base, SELECT), f"{base}/sparql", f"{base}/void", f"{base}/store?default"):
        got, head = fetch(url), fetch(url, method="HEAD")
        assert head.status == got.status == 200 and head.body == b""
        assert head.headers["content-length"] == str(len(got.body)) and head.type == got.type


def test_options_lists_the_methods_and_other_methods_are_405(shared):
    base, _ = shared
    r = fetch(f"{base}/sparql", method="OPTIONS")
    assert r.status == 204 and r.headers["allow"] == "GET, HEAD, POST, OPTIONS"
    assert "access-control-allow-origin" not in r.headers  # CORS is off by default
    assert fetch(f"{base}/store?default", method="OPTIONS").headers["allow"] == "GET, HEAD, OPTIONS"
    for method, url in (("PUT", f"{base}/sparql"), ("DELETE", f"{base}/store?default"), ("POST", f"{base}/store")):
        r = fetch(url, method=method, data=b"" if method != "DELETE" else None)
        assert r.status == 405 and "[E527]" in r.text and r.headers["allow"]


def test_cors_only_for_the_origins_given(served):
    base, _ = served(cors=["https://app.example"])
    ok = fetch(query_url(base, SELECT), Origin="https://app.example")
    assert ok.headers["access-control-allow-origin"] == "https://app.example" and "Origin" in ok.headers["vary"]
    assert "access-control-allow-origin" not in fetch(query_url(base, SELECT), Origin="https://evil.example").headers
    pre = fetch(f"{base}/sparql", method="OPTIONS", Origin="https://app.example",
                Access_Control_Request_Method="POST", Access_Control_Request_Headers="content-type")
    assert pre.status == 204 and "POST" in pre.headers["access-control-allow-methods"]
    assert "Content-Type" in pre.headers["access-control-allow-headers"]
    anyone, _ = served(cors=["*"])
    assert fetch(query_url(anyone, SELECT), Origin="https://x.example").headers["access-control-allow-origin"] == "*"
    off, _ = served()
    assert "access-control-allow-origin" not in fetch(query_url(off, SELECT), Origin="https://app.example").headers


# ---------------------------------------------------------------- the dataset
def test_from_and_default_graph_uri_choose_the_default_graph(shared):
    base, store = shared
    parts = partition(store.graph())
    doc = next(name for name in parts if name != ENTITIES_GRAPH)
    assert count(base) == len(store.graph())
    assert count(base, f"FROM <{doc}>") == len(parts[doc])
    assert count(base, f"FROM <{ENTITIES_GRAPH}>") == len(parts[ENTITIES_GRAPH])
    assert count(base, f"FROM <{doc}> FROM <{ENTITIES_GRAPH}>") == len(store.graph())
    assert count(base, f"FROM NAMED <{doc}>") == 0  # FROM NAMED alone: an empty default graph
    # the protocol's parameters replace the query's own clauses
    assert count(base, f"FROM <{doc}>", **{"default-graph-uri": str(ENTITIES_GRAPH)}) == len(parts[ENTITIES_GRAPH])
    assert count(base, **{"named-graph-uri": str(doc)}) == 0


def test_graph_over_a_graph_file_and_named_graphs_chosen(shared):
    base, store = shared
    parts = partition(store.graph())
    per_graph = "SELECT ?g (COUNT(*) AS ?n) {} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"

    def graphs(dataset: str = "", **params: str) -> dict[str, int]:
        r = fetch(query_url(base, per_graph.format(dataset), **params))
        assert r.status == 200, r.text
        return {b["g"]["value"]: int(b["n"]["value"]) for b in json.loads(r.body)["results"]["bindings"]}

    assert graphs() == {str(k): len(v) for k, v in parts.items()}
    doc = next(name for name in parts if name != ENTITIES_GRAPH)
    assert graphs(f"FROM NAMED <{doc}>") == {str(doc): len(parts[doc])}
    assert graphs(**{"named-graph-uri": str(ENTITIES_GRAPH)}) == {str(ENTITIES_GRAPH): len(parts[ENTITIES_GRAPH])}
    assert graphs(f"FROM <{doc}>") == {}  # FROM alone: no named graphs


def test_a_graph_the_store_lacks_is_empty_and_never_fetched(served):
    from tests.listener import Listener

    base, _ = served()
    with Listener() as spy:
        assert count(base, f"FROM <{spy.url}>") == 0
        assert count(base, **{"default-graph-uri": spy.url}) == 0
        assert count(base, f"FROM NAMED <{spy.url}>") == 0
    assert spy.requests == []


def test_dataset_parameters_must_be_iris(shared):
    r = fetch(query_url(shared[0], SELECT, **{"default-graph-uri": "not an iri"}))
    assert r.status == 400 and "[E524]" in r.text


def test_updates_are_seen_by_graph_queries(served):
    base, store = served(allow_updates=True)
    assert count(base, f"FROM <{ENTITIES_GRAPH}>") == len(partition(store.graph())[ENTITIES_GRAPH])
    r = fetch(f"{base}/update", method="POST", data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
              Content_Type="application/sparql-update")
    assert r.status == 200
    query = "SELECT ?g WHERE { GRAPH ?g { <urn:a> ?p ?o } }"
    rows = json.loads(fetch(query_url(base, query)).body)["results"]["bindings"]
    assert [b["g"]["value"] for b in rows] == [str(ENTITIES_GRAPH)]


# ---------------------------------------------------------------- empty queries, unbound rows, errors
@pytest.mark.parametrize("how", ["get", "form", "direct", "nothing"])
def test_an_empty_query_is_400(shared, how):
    base, _ = shared
    if how == "get":
        r = fetch(f"{base}/sparql?query=")
    elif how == "form":
        r = fetch(f"{base}/sparql", "POST", b"query=%20%0A", Content_Type="application/x-www-form-urlencoded")
    elif how == "direct":
        r = fetch(f"{base}/sparql", "POST", b"  ", Content_Type="application/sparql-query")
    else:
        r = fetch(f"{base}/sparql", "POST", b"", Content_Type="application/x-www-form-urlencoded")
    assert r.status == 400 and "[E520]" in r.text


def test_rows_that_bind_no_projected_variable_are_kept(shared):
    base, store = shared
    actions = len(store.query(AIP + "SELECT ?a WHERE { ?a a aip:Action }").rows)
    unbound = AIP + "SELECT ?nothing WHERE { ?a a aip:Action }"
    data = json.loads(fetch(query_url(base, unbound)).body)
    assert data["head"]["vars"] == ["nothing"] and data["results"]["bindings"] == [{}] * actions and actions > 2
    xml = fetch(query_url(base, unbound), Accept=XML_RESULTS).text
    assert xml.count("<result>") == actions
    tsv = fetch(query_url(base, unbound), Accept="text/tab-separated-values").text
    assert tsv.split("\n") == ["?nothing"] + [""] * actions + [""]
    optional = AIP + "SELECT ?x WHERE { ?a a aip:Action OPTIONAL { ?a <urn:none> ?x } } LIMIT 2"
    assert json.loads(fetch(query_url(base, optional)).body)["results"]["bindings"] == [{}, {}]


def test_protocol_errors(shared, monkeypatch):
    import kg.store.endpoint as endpoint

    base, _ = shared
    r = fetch(f"{base}/sparql", "POST", b"SELECT * {}", Content_Type="text/plain")
    assert r.status == 415 and "[E522]" in r.text
    r = fetch(f"{base}/sparql", "POST", urllib.parse.urlencode({"query": "ASK {}", "update": "CLEAR ALL"}).encode(),
              Content_Type="application/x-www-form-urlencoded")
    assert r.status == 400 and "[E523]" in r.text
    r = fetch(f"{base}/sparql?" + urllib.parse.urlencode([("query", "ASK {}"), ("query", "ASK {}")]))
    assert r.status == 400 and "[E523]" in r.text
    assert fetch(f"{base}/nowhere").status == 404 and "[E530]" in fetch(f"{base}/nowhere").text
    r = fetch(f"{base}/sparql?update=CLEAR%20ALL")
    assert r.status == 400 and "[E529]" in r.text
    r = fetch(f"{base}/update?update=CLEAR%20ALL")
    assert r.status == 405 and r.headers["allow"] == "POST, OPTIONS"
    monkeypatch.setattr(endpoint, "MAX_BODY", 100)
    r = fetch(f"{base}/sparql", "POST", b"query=" + b"x" * 200, Content_Type="application/x-www-form-urlencoded")
    assert r.status == 413 and "[E533]" in r.text
    assert fetch(query_url(base, "ASK {}")).status == 200  # the server still answers


def test_an_rdfxml_answer_it_cannot_write_is_406(shared):
    query = "CONSTRUCT { ?s <http://example.org/ends-in-a-slash/> ?o } WHERE { ?s a ?o } LIMIT 1"
    r = fetch(query_url(shared[0], query), Accept="application/rdf+xml")
    assert r.status == 406 and "[E535]" in r.text
    assert fetch(query_url(shared[0], query), Accept="text/turtle").status == 200


def test_bound_values_stay_values_in_the_dataset_path(shared):
    """A graph IRI given as a parameter is bound, never pasted: one that tries to end the IRI is refused."""
    base, _ = shared
    evil = "urn:x> } ?s ?p ?o . { ?a ?b <urn:y"
    r = fetch(query_url(base, SELECT, **{"named-graph-uri": evil}))
    assert r.status == 400 and "[E524]" in r.text
    assert Literal("x") == Literal("x") and URIRef("urn:x")  # (terms stay terms)


def test_a_dataset_too_large_to_load_is_refused(shared, monkeypatch):
    import kg.store.dataset as dataset

    base, store = shared
    doc = next(name for name in partition(store.graph()) if name != ENTITIES_GRAPH)
    monkeypatch.setattr(dataset, "MAX_LOADED", 10)
    r = fetch(query_url(base, COUNT.format(f"FROM <{doc}> FROM <{ENTITIES_GRAPH}>")))
    assert r.status == 503 and "[E534]" in r.text
    assert fetch(query_url(base, COUNT.format(""))).status == 200  # the store's own dataset is not loaded
