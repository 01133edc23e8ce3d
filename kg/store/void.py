"""What `kg serve` says about itself: a SPARQL 1.1 Service Description at the endpoint (GET with no
query) and a VoID description of the dataset at /void (and /.well-known/void): counts of triples,
entities, documents, classes and properties, the vocabularies used, the named graphs, the licence, and
when the store was last written. The counts come from fixed queries, run once and kept until an update."""
from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from kg.assets import ontology_file
from kg.errors import Errors, KGError
from kg.graph.formats import FORMATS
from kg.graph.namespaces import PREFIXES, new_graph
from kg.store.dataset import DatasetView

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
W3C_FORMATS = Namespace("http://www.w3.org/ns/formats/")
DESCRIPTION_PREFIXES = {"sd": str(SD), "void": str(VOID), "formats": str(W3C_FORMATS)}
RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV")
ONTOLOGY = URIRef("https://w3id.org/aipolicy-kg/ontology")
TITLE = "aipolicy-kg: a knowledge graph of AI-policy news"
DESCRIPTION = ("Entities, direct relations and actions reported in AI-policy news, each traceable to the "
               "sentence that states it.")

COUNTS = """SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects)
WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"""
ENTITIES = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?s)) }"
DOCUMENTS = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/aipolicy-kg/ontology#Document> }"
CLASSES = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c"
PROPERTIES = "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } } GROUP BY ?p ORDER BY ?p"
COUNT_TERMS = {"triples": VOID.triples, "subjects": VOID.distinctSubjects, "objects": VOID.distinctObjects,
               "entities": VOID.entities, "documents": VOID.documents}
GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


@dataclass
class Stats:
    counts: dict[str, int] = field(default_factory=dict)      # triples, subjects, objects, entities, documents
    classes: list[tuple[URIRef, int]] = field(default_factory=list)
    properties: list[tuple[URIRef, int]] = field(default_factory=list)
    graphs: list[tuple[URIRef, int]] = field(default_factory=list)


@lru_cache(maxsize=1)
def ontology_license() -> URIRef | None:
    """The licence the ontology states (dcterms:license), the dataset's default."""
    g = Graph().parse(ontology_file("aipolicy.ttl"), format="turtle")
    value = g.value(ONTOLOGY, DCTERMS.license)
    return value if isinstance(value, URIRef) else None


def last_written(store: object) -> dt.datetime | None:
    """When the store's data was last written: a graph file's time, an Oxigraph store's newest table file."""
    path = getattr(store, "path", None)
    if path is None:
        return None
    p = Path(path)
    try:
        if p.is_file():
            stamp = p.stat().st_mtime
        else:
            stamp = max((f.stat().st_mtime for f in p.glob("*.sst")), default=None)
    except OSError:
        return None
    return None if stamp is None else dt.datetime.fromtimestamp(stamp, dt.timezone.utc).replace(microsecond=0)


class Describer:
    """Counts the dataset once (again after `changed()`), and writes the descriptions."""

    def __init__(self, view: DatasetView, timeout: float | None) -> None:
        self.view, self.timeout = view, timeout
        self._stats: Stats | None = None
        self._lock = threading.Lock()
        self.modified: dt.datetime | None = last_written(view.store)

    def changed(self) -> None:
        with self._lock:
            self._stats = None
            self.modified = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)

    def _rows(self, query: str, deadline: float | None) -> list[list]:
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            raise KGError(Errors.E505, seconds=self.timeout or 0)
        return self.view.query(query, left, None).rows

    def _count(self) -> Stats:
        """The counts, all made within one time limit; what could not be counted in time is left out."""
        stats = Stats()
        deadline = time.monotonic() + self.timeout if self.timeout and self.timeout > 0 else None
        pairs = lambda q: [(r[0], int(r[1])) for r in self._rows(q, deadline)  # noqa: E731
                           if isinstance(r[0], URIRef) and r[1] is not None]
        try:
            row = self._rows(COUNTS, deadline)[0]
            stats.counts.update(zip(("triples", "subjects", "objects"), (int(v) for v in row)))
            for name, query in (("entities", ENTITIES), ("documents", DOCUMENTS)):
                stats.counts[name] = int(self._rows(query, deadline)[0][0])
            stats.classes, stats.properties = pairs(CLASSES), pairs(PROPERTIES)
            stats.graphs = pairs(GRAPHS)
        except (KGError, IndexError, TypeError, ValueError):
            pass  # a store too large to count in time is described without the counts it could not make
        return stats

    def stats(self) -> Stats:
        with self._lock:
            if self._stats is None:
                self._stats = self._count()
            return self._stats

    def graph(self, public: str, base: str, license: str | None, updates: bool, federation: bool) -> Graph:
        """The service description and the VoID description, in one graph."""
        g = new_graph()
        g.bind("sd", SD)
        g.bind("void", VOID)
        endpoint, dataset = URIRef(f"{public}/sparql"), URIRef(f"{public}/void#dataset")
        service = URIRef(f"{public}/sparql#service")
        g.add((service, RDF.type, SD.Service))
        g.add((service, SD.endpoint, endpoint))
        g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
        if updates:
            g.add((service, SD.supportedLanguage, SD.SPARQL11Update))
        g.add((service, SD.feature, SD.UnionDefaultGraph))
        if federation:
            g.add((service, SD.feature, SD.BasicFederatedQuery))
        for name in RESULT_FORMATS:
            g.add((service, SD.resultFormat, W3C_FORMATS[name]))
        for f in FORMATS:
            g.add((service, SD.resultFormat, URIRef(f.w3c)))
        g.add((service, SD.defaultEntailmentRegime, URIRef("http://www.w3.org/ns/entailment/Simple")))
        g.add((service, SD.defaultDataset, dataset))
        self._void(g, dataset, public, base, license)
        return g

    def _void(self, g: Graph, dataset: URIRef, public: str, base: str, license: str | None) -> None:
        stats = self.stats()
        g.add((dataset, RDF.type, VOID.Dataset))
        g.add((dataset, RDF.type, SD.Dataset))
        g.add((dataset, DCTERMS.title, Literal(TITLE, lang="en")))
        g.add((dataset, DCTERMS.description, Literal(DESCRIPTION, lang="en")))
        if license:
            g.add((dataset, DCTERMS.license, URIRef(license)))
        if self.modified is not None:
            g.add((dataset, DCTERMS.modified, Literal(self.modified.isoformat(), datatype=XSD.dateTime)))
        g.add((dataset, VOID.sparqlEndpoint, URIRef(f"{public}/sparql")))
        g.add((dataset, VOID.dataDump, URIRef(f"{public}/store?default")))
        g.add((dataset, VOID.uriSpace, Literal(base)))
        g.add((dataset, DCTERMS.conformsTo, ONTOLOGY))
        for f in FORMATS:
            g.add((dataset, VOID.feature, URIRef(f.w3c)))
        for name, value in stats.counts.items():
            g.add((dataset, COUNT_TERMS[name], Literal(value)))
        if stats.classes or stats.properties:
            g.add((dataset, VOID.classes, Literal(len(stats.classes))))
            g.add((dataset, VOID.properties, Literal(len(stats.properties))))
        for ns in vocabularies(c for c, _ in stats.classes + stats.properties):
            g.add((dataset, VOID.vocabulary, URIRef(ns)))
        for i, (cls, n) in enumerate(stats.classes):
            part = BNode(f"class{i}")  # labels fixed, so that the same data gives the same bytes
            g.add((dataset, VOID.classPartition, part))
            g.add((part, VOID["class"], cls))
            g.add((part, VOID.entities, Literal(n)))
        for i, (prop, n) in enumerate(stats.properties):
            part = BNode(f"property{i}")
            g.add((dataset, VOID.propertyPartition, part))
            g.add((part, VOID.property, prop))
            g.add((part, VOID.triples, Literal(n)))
        default = URIRef(f"{public}/void#default-graph")
        g.add((dataset, SD.defaultGraph, default))
        g.add((default, RDF.type, SD.Graph))
        if "triples" in stats.counts:
            g.add((default, VOID.triples, Literal(stats.counts["triples"])))
        for i, (name, n) in enumerate(stats.graphs):
            named, graph = BNode(f"named{i}"), BNode(f"graph{i}")
            g.add((dataset, SD.namedGraph, named))
            g.add((named, RDF.type, SD.NamedGraph))
            g.add((named, SD.name, name))
            g.add((named, SD.graph, graph))
            g.add((graph, RDF.type, SD.Graph))
            g.add((graph, VOID.triples, Literal(n)))


def vocabularies(iris) -> list[str]:
    """The namespaces of the project's prefixes that the classes and properties used come from."""
    used = {str(ns) for iri in iris for ns in PREFIXES.values() if str(iri).startswith(str(ns))}
    return sorted(used - {str(PREFIXES["aipr"])})
