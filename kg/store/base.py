"""What every store offers: read-only SPARQL with limits, adding a built graph, the whole graph back."""
from __future__ import annotations

from abc import ABC, abstractmethod

from rdflib import Graph

from kg.graph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT, QueryResult

SHAS = """PREFIX aip: <https://w3id.org/aipolicy-kg/ontology#>
SELECT ?sha WHERE { ?doc a aip:Document ; aip:sha256 ?sha }"""


class Store(ABC):
    """A place where graphs live. `label` names it for people (a path, a URL)."""

    label: str = "store"

    @abstractmethod
    def query(self, text: str, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              limit: int | None = DEFAULT_LIMIT) -> QueryResult:
        """Run a read-only query; `bindings` maps variable names to rdflib terms."""

    @abstractmethod
    def add(self, g: Graph) -> int:
        """Add a built graph; returns how many triples are new."""

    @abstractmethod
    def graph(self) -> Graph:
        """The whole graph as an rdflib graph (for export and subgraphs)."""

    @abstractmethod
    def __len__(self) -> int:
        """The number of triples."""

    def save(self) -> str | None:
        """Persist what was added, when the store is a file; returns where, or None."""
        return None

    def document_shas(self) -> set[str]:
        """The sha256 of every document already in the store."""
        return {str(row[0]) for row in self.query(SHAS, limit=None).rows}

    def close(self) -> None:
        """Release files and connections."""
