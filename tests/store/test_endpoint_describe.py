"""What `kg serve` says about itself and its data: the service description, VoID, the Graph Store Protocol
(read), the JSON-LD context, and linked data for the graph's own IRIs (HTML for browsers, RDF otherwise)."""
from __future__ import annotations

import json
import urllib.parse

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from kg.graph.formats import FORMATS
from kg.graph.namespaces import AIP, new_graph
from kg.store import MemoryStore
from kg.store.partition import ENTITIES_GRAPH, partition
from tests.store.served import fetch, served, shared  # noqa: F401  (fixtures)

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
ANTHROPIC = URIRef("https://w3id.org/aipolicy-kg/resource/entity/anthropic")


def turtle(url: str, **headers: str) -> Graph:
    r = fetch(url, Accept="text/turtle", **headers)
    assert r.status == 200 and r.type == "text/turtle", r.text
    return Graph().parse(data=r.body, format="turtle")


# ---------------------------------------------------------------- service description and VoID
def test_service_description_at_the_endpoint(served):
    base, store = served()
    g = turtle(f"{base}/sparql")
    service = g.value(predicate=SD.endpoint, object=URIRef(f"{base}/sparql"))
    assert (service, RDF.type, SD.Service) in g and (service, SD.feature, SD.UnionDefaultGraph) in g
    formats = set(g.objects(service, SD.resultFormat))
    assert {URIRef(f.w3c) for f in FORMATS} <= formats
    assert URIRef("http://www.w3.org/ns/formats/SPARQL_Results_TSV") in formats
    assert (service, SD.supportedLanguage, SD.SPARQL11Update) not in g
    assert (service, SD.feature, SD.BasicFederatedQuery) not in g
    names = {g.value(n, SD.name) for n in g.objects(None, SD.namedGraph)}
    assert names == set(partition(store.graph()))
    writable, _ = served(allow_updates=True, allow_service=["127.0.0.1:1"])
    w = turtle(f"{writable}/sparql")
    assert (None, SD.supportedLanguage, SD.SPARQL11Update) in w and (None, SD.feature, SD.BasicFederatedQuery) in w


def test_the_endpoint_page_for_browsers(shared):
    r = fetch(f"{shared[0]}/sparql", Accept=BROWSER)
    assert r.status == 200 and r.type == "text/html" and "default-src 'none'" in r.headers["content-security-policy"]
    assert '<form method="get" action="/sparql">' in r.text and "sd:Service" in r.text and "<script" not in r.text


def test_void_counts_vocabularies_licence_and_last_write(served, tmp_path, seed_build):
    path = tmp_path / "g.ttl"
    seed_build.graph.serialize(path, format="turtle")
    store = MemoryStore(path=path)
    base, _ = served(store)
    for where in ("/void", "/.well-known/void"):
        g = turtle(base + where)
        ds = URIRef(f"{base}/void#dataset")
        assert (ds, RDF.type, VOID.Dataset) in g
        assert int(g.value(ds, VOID.triples)) == len(store.graph())
        assert int(g.value(ds, VOID.documents)) == 1
        assert g.value(ds, DCTERMS.license) == URIRef("https://www.apache.org/licenses/LICENSE-2.0")
        assert g.value(ds, DCTERMS.modified) is not None and g.value(ds, VOID.sparqlEndpoint) == URIRef(f"{base}/sparql")
        assert URIRef(str(AIP)) in set(g.objects(ds, VOID.vocabulary))
        classes = {g.value(p, VOID["class"]): int(g.value(p, VOID.entities)) for p in g.objects(ds, VOID.classPartition)}
        assert classes[AIP.Action] == len(set(store.graph().subjects(RDF.type, AIP.Action)))
        props = {g.value(p, VOID.property): int(g.value(p, VOID.triples)) for p in g.objects(ds, VOID.propertyPartition)}
        assert props[AIP.agent] == len(list(store.graph().triples((None, AIP.agent, None))))
    licensed, _ = served(license="https://creativecommons.org/licenses/by/4.0/")
    g = turtle(f"{licensed}/void")
    assert (None, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")) in g


def test_void_counts_again_after_an_update(served):
    base, store = served(allow_updates=True)
    dataset = URIRef(f"{base}/void#dataset")
    before = int(turtle(f"{base}/void").value(dataset, VOID.triples))
    r = fetch(f"{base}/update", "POST", b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
              Content_Type="application/sparql-update")
    assert r.status == 200
    g = turtle(f"{base}/void")
    assert int(g.value(dataset, VOID.triples)) == before + 1 == len(store.graph())


# ---------------------------------------------------------------- Graph Store Protocol, read
def test_graph_store_reads_named_graphs_and_the_default_graph(shared):
    base, store = shared
    parts = partition(store.graph())
    for name, triples in parts.items():
        expected = Graph()
        for t in triples:
            expected.add(t)
        for path in ("/store", "/sparql"):
            got = turtle(f"{base}{path}?" + urllib.parse.urlencode({"graph": str(name)}))
            assert isomorphic(got, expected)
    assert isomorphic(turtle(f"{base}/store?default"), store.graph())
    jsonld = fetch(f"{base}/store?" + urllib.parse.urlencode({"graph": str(ENTITIES_GRAPH)}), Accept="application/ld+json")
    assert jsonld.type == "application/ld+json" and json.loads(jsonld.body)["@context"]["develops"]["@type"] == "@id"


@pytest.mark.parametrize("query, status, code", [
    ("graph=urn%3Anowhere", 404, "E525"), ("graph=urn%3Ax&default", 400, "E526"), ("", 400, "E526"),
    ("graph=not%20an%20iri", 400, "E524"),
])
def test_graph_store_errors(shared, query, status, code):
    r = fetch(f"{shared[0]}/store?{query}")
    assert r.status == status and f"[{code}]" in r.text


def test_graph_store_obeys_the_row_cap(served):
    base, _ = served(limit=5)
    r = fetch(f"{base}/store?default", Accept="application/n-triples")
    assert len(r.text.strip().splitlines()) == 5 and r.headers["x-kg-truncated"] == "row cap 5"


def test_the_published_context(shared):
    r = fetch(f"{shared[0]}/context.jsonld")
    assert r.status == 200 and r.type == "application/ld+json"
    assert json.loads(r.body)["@context"]["sameAs"] == {"@id": "owl:sameAs", "@type": "@id"}


# ---------------------------------------------------------------- linked data
def test_a_resource_as_html_turtle_and_jsonld(shared):
    base, store = shared
    url = f"{base}/resource/entity/anthropic"
    page = fetch(url, Accept=BROWSER)
    assert page.status == 200 and page.type == "text/html" and page.headers["content-security-policy"]
    label = str(store.graph().value(ANTHROPIC, RDFS.label))
    assert f"<h1>{label}</h1>" in page.text and "Referred to by" in page.text
    assert 'href="/resource/action/' in page.text  # the actions that name it link to their local pages
    g = turtle(url)
    assert (ANTHROPIC, RDFS.label, Literal(label)) in g and (None, AIP.agent, ANTHROPIC) in g
    assert set(g.triples((ANTHROPIC, None, None))) == set(store.graph().triples((ANTHROPIC, None, None)))
    jsonld = fetch(url, Accept="application/ld+json")
    assert jsonld.type == "application/ld+json"
    assert isomorphic(Graph().parse(data=jsonld.body, format="json-ld"), g)
    assert fetch(url + "?format=nt").type == "application/n-triples"


def test_unknown_and_impossible_resources_are_404(shared):
    for path in ("/resource/entity/nobody-at-all", "/resource/entity/%3Cx%3E", "/resource/entity/a%20b"):
        r = fetch(shared[0] + path)
        assert r.status == 404 and "[E528]" in r.text
    assert fetch(shared[0] + "/resource/").status == 404


def test_the_base_is_configurable_and_non_ascii_paths_work(served):
    g = new_graph()
    zurich = URIRef("https://example.org/kg/place/zürich")
    g.add((zurich, RDF.type, AIP.Jurisdiction))
    g.add((zurich, RDFS.label, Literal("Zürich")))
    base, _ = served(MemoryStore(g), base="https://example.org/kg/")
    r = fetch(base + "/resource/place/" + urllib.parse.quote("zürich"), Accept="text/turtle")
    assert r.status == 200 and (zurich, RDFS.label, Literal("Zürich")) in Graph().parse(data=r.body, format="turtle")
    default, _ = served(MemoryStore(g))
    assert fetch(default + "/resource/place/" + urllib.parse.quote("zürich")).status == 404


def test_the_page_escapes_every_value_and_loads_nothing(served):
    g = new_graph()
    evil = URIRef("https://w3id.org/aipolicy-kg/resource/entity/evil")
    g.add((evil, RDF.type, AIP.Company))
    g.add((evil, RDFS.label, Literal('<script>alert("x")</script>')))
    g.add((evil, OWL.sameAs, URIRef("javascript:alert(1)")))
    g.add((evil, AIP.role, Literal("\" onmouseover=\"alert(1)", lang="en")))
    g.add((evil, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q1")))
    base, _ = served(MemoryStore(g))
    page = fetch(f"{base}/resource/entity/evil", Accept=BROWSER).text
    assert "<script" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "javascript:alert(1)" in page and 'href="javascript' not in page  # shown, never linked
    assert 'onmouseover="' not in page and "&quot; onmouseover=&quot;alert(1)" in page
    assert 'href="http://www.wikidata.org/entity/Q1"' in page
    assert " src=" not in page and "<link" not in page and "@import" not in page


def test_void_without_the_counts_it_cannot_make_in_time(seed_build):
    """A store too large to count within the time limit is described without those counts, not held up.
    The view's queries all time out here (as they would on a huge store), so the test does not hang on
    how fast this machine counts."""
    from kg.errors import Errors, QueryError
    from kg.store.dataset import DatasetView
    from kg.store.void import Describer

    class Slow(DatasetView):
        def query(self, *args, **kwargs):
            raise QueryError(Errors.E505, seconds=0.001)

    stats = Describer(Slow(MemoryStore(seed_build.graph)), timeout=0.001).stats()
    assert stats.counts == {} and stats.classes == [] and stats.graphs == []
    fast = Describer(DatasetView(MemoryStore(seed_build.graph)), timeout=30).stats()
    assert fast.counts["triples"] == len(seed_build.graph) and fast.classes