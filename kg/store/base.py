"""What every store offers: read-only SPARQL with limits, adding built graphs, removing a document,
listing documents, and the whole graph back in any format."""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection
from dataclasses import dataclass

from rdflib import Graph, URIRef

from kg.errors import Errors, KGError
from kg.graph.export import serialize
from kg.graph.formats import by_name
from kg.graph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT, QueryResult
from kg.store.partition import ENTITIES_GRAPH, quads, to_nquads

DOCUMENTS = """PREFIX aip: <https://w3id.org/aipolicy-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
SELECT ?doc ?sha ?source ?url WHERE {
  ?doc a aip:Document ; aip:sha256 ?sha .
  OPTIONAL { ?doc dcterms:source ?source }
  OPTIONAL { ?doc schema:url ?url }
}"""
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


def removal_update(doc: URIRef) -> str:
    """One SPARQL update that removes a document's graph, the direct relations only its statements
    supported, event links to or from its actions, and the descriptions of entities that no remaining
    document mentions."""
    return f"""PREFIX aip: <https://w3id.org/aipolicy-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
DELETE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?s ?p ?o }} }}
WHERE {{ GRAPH <{doc}> {{ ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }}
        GRAPH <{ENTITIES_GRAPH}> {{ ?s ?p ?o }}
        FILTER NOT EXISTS {{ GRAPH ?h {{ ?other rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }}
                            FILTER(?h != <{doc}>) }} }} ;
DROP SILENT GRAPH <{doc}> ;
DELETE {{ GRAPH ?g {{ ?a aip:sameEventAs ?b }} }}
WHERE {{ GRAPH ?g {{ ?a aip:sameEventAs ?b }}
        FILTER (NOT EXISTS {{ GRAPH ?h {{ ?b a aip:Action }} }} || NOT EXISTS {{ GRAPH ?i {{ ?a a aip:Action }} }}) }} ;
DELETE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }}
WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }}
        FILTER(STRSTARTS(STR(?e), "https://w3id.org/aipolicy-kg/resource/entity/"))
        FILTER NOT EXISTS {{ GRAPH ?g {{ ?d aip:mentions ?e }} }} }}"""


@dataclass(frozen=True)
class StoredDocument:
    iri: str
    sha256: str
    source: str | None
    url: str | None


class Store(ABC):
    """A place where graphs live. `label` names it for people (a path, a URL)."""

    label: str = "store"

    @abstractmethod
    def query(self, text: str, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              limit: int | None = DEFAULT_LIMIT, allow_service: Collection[str] = ()) -> QueryResult:
        """Run a read-only query; `bindings` maps variable names to rdflib terms (bound, never pasted);
        `limit` caps rows and triples alike; a SERVICE clause is refused unless its host is in
        `allow_service` (E509, E510)."""

    transactional = True  # each add is one transaction; a build writes in batches

    @abstractmethod
    def add(self, g: Graph) -> int:
        """Add a built graph (one transaction where the store has them); returns the triples written."""

    @abstractmethod
    def remove_document(self, doc: URIRef) -> bool:
        """Delete a document and whatever only it supported; False when it was not there."""

    @abstractmethod
    def graph(self) -> Graph:
        """The whole graph (union of named graphs) as an rdflib graph."""

    @abstractmethod
    def __len__(self) -> int:
        """The number of stored triples (quads, for stores with named graphs)."""

    def update(self, text: str) -> None:
        """Run a SPARQL update; only `kg serve --allow-updates` calls it."""
        raise KGError(Errors.E604, label=self.label)

    def triples(self) -> int:
        """Distinct triples in the union of all graphs."""
        res = self.query(COUNT, timeout=None, limit=None)
        return int(res.rows[0][0]) if res.rows else 0

    def documents(self) -> list[StoredDocument]:
        rows = self.query(DOCUMENTS, timeout=None, limit=None).rows
        return [StoredDocument(str(d), str(s), None if src is None else str(src), None if u is None else str(u))
                for d, s, src, u in rows]

    def document_shas(self) -> set[str]:
        """The sha256 of every document already in the store."""
        return {d.sha256 for d in self.documents()}

    def dump(self, fmt: str) -> bytes:
        """The whole graph in a format of kg.graph.formats: the union for graph formats, one named graph
        per document for N-Quads and TriG."""
        f = by_name(fmt)
        g = self.graph()
        if f.name == "nquads":
            return to_nquads(g).encode("utf-8")
        if f.name == "trig":
            from rdflib import Dataset

            ds = Dataset()
            for prefix, ns in g.namespaces():
                ds.bind(prefix, ns)
            for s, p, o, name in quads(g):
                ds.add((s, p, o, name))
            return ds.serialize(format="trig", encoding="utf-8")
        return serialize(g, f)

    def save(self) -> str | None:
        """Persist what was added, when the store is a file; returns where, or None."""
        return None

    def close(self) -> None:  # noqa: B027 - most stores have nothing to release
        """Release files and connections."""

