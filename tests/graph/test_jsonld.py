"""The published JSON-LD context (ontology/context.jsonld) and the compact JSON-LD written with it: a term
for every class and property of the ontology, IRIs where a property holds IRIs, datatypes for dates,
only the contract's prefixes, and output that reads back as the same graph with rdflib and Oxigraph."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, XSD

from kg.assets import ontology_file
from kg.graph.jsonld import jsonld_context, to_jsonld
from kg.graph.namespaces import AIP, ENTITY_CLASSES, PREFIXES, RELATIONS


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file("aipolicy.ttl"), format="turtle")


def expand(value: str, ctx: dict) -> str:
    prefix, _, local = value.partition(":")
    return str(PREFIXES[prefix]) + local if prefix in PREFIXES else value


def terms(ctx: dict) -> dict[str, dict]:
    """term -> {"@id": full IRI, "@type": ...} for every term of the context (prefixes left out)."""
    out = {}
    for term, value in ctx.items():
        if term in PREFIXES:
            continue
        entry = {"@id": value} if isinstance(value, str) else dict(value)
        entry["@id"] = expand(entry["@id"], ctx)
        if "@type" in entry and entry["@type"] != "@id":
            entry["@type"] = expand(entry["@type"], ctx)
        out[term] = entry
    return out


def test_the_context_declares_only_the_contract_prefixes():
    ctx = jsonld_context()
    prefixes = {k for k, v in ctx.items() if isinstance(v, str) and v.endswith(("#", "/"))}
    assert prefixes == set(PREFIXES) and all(ctx[p] == str(PREFIXES[p]) for p in PREFIXES)


def test_every_class_and_property_of_the_ontology_has_a_term(ontology):
    ids = {t["@id"]: t for t in terms(jsonld_context()).values()}
    classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)}
    assert {AIP[c] for c in ENTITY_CLASSES} <= classes and {str(c) for c in classes} <= set(ids)
    for prop in ontology.subjects(RDF.type, OWL.ObjectProperty):
        assert ids[str(prop)].get("@type") == "@id", prop  # object properties hold IRIs
    for prop in ontology.subjects(RDF.type, OWL.DatatypeProperty):
        assert str(prop) in ids, prop
        rng = ontology.value(prop, RDFS.range)
        if rng in (XSD.decimal, XSD.boolean):
            assert ids[str(prop)]["@type"] == str(rng), prop
    assert all(terms(jsonld_context())[r]["@type"] == "@id" for r in RELATIONS)


def test_dates_carry_their_datatypes():
    t = terms(jsonld_context())
    assert {t[k]["@type"] for k in ("date", "dateMonth", "dateYear")} == {str(XSD.date), str(XSD.gYearMonth),
                                                                         str(XSD.gYear)}
    assert {t[k]["@id"] for k in ("date", "dateMonth", "dateYear")} == {str(AIP.date)}
    assert t["published"] == {"@id": "http://purl.org/dc/terms/date", "@type": str(XSD.date)}


def test_compact_output_uses_the_context_and_reads_back(seed_build):
    g = seed_build.graph
    data = to_jsonld(g)
    doc = json.loads(data)
    assert doc["@context"] == jsonld_context() and "brick" not in data.decode()
    nodes = doc["@graph"]
    actions = [n for n in nodes if n.get("@type") == "Action"]
    assert actions and all("actionType" in a for a in actions) and any("agent" in a for a in actions)
    assert isomorphic(Graph().parse(data=data, format="json-ld"), g)
    assert len(list(ox.parse(data, format=ox.RdfFormat.JSON_LD))) == len(g)  # a second reader agrees


def test_the_context_is_a_copy(seed_build):
    ctx = jsonld_context()
    ctx["aip"] = "urn:changed"
    assert jsonld_context()["aip"] == str(AIP)
