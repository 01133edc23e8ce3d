"""The namespaces of the contract, bound on every graph the project builds."""
from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.contract import ACTION_TYPES, ENTITY_CLASSES, ORGANIZATION_CLASSES, RELATIONS  # noqa: F401  (re-exported)

AIP = Namespace("https://w3id.org/aipolicy-kg/ontology#")
AIPR = Namespace("https://w3id.org/aipolicy-kg/resource/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES = {"aip": AIP, "aipr": AIPR, "prov": PROV, "schema": SCHEMA, "skos": SKOS, "dcterms": DCTERMS,
            "owl": OWL, "rdfs": RDFS, "rdf": RDF, "xsd": XSD, "wd": WD}


def new_graph() -> Graph:
    """An empty graph with the contract's prefixes bound."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g
