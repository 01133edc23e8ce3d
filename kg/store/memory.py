"""The embedded store: an rdflib graph in memory, optionally loaded from and saved to a graph file."""
from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.graph.export import read_graph, write_bytes
from kg.graph.formats import by_suffix
from kg.graph.namespaces import AIP, AIPR, new_graph
from kg.errors import Errors, QueryError
from kg.graph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT, QueryResult, run_query
from kg.store.base import Store
from kg.store.partition import ENTITIES_GRAPH, RELATION_PREDICATES, partition, supported_relations

ENTITY_PREFIX = str(AIPR) + "entity/"


class MemoryStore(Store):
    """rdflib in memory. With `path`, the graph is read from that file and `save` writes it back atomically."""

    transactional = False  # written once, at `save`: a build adds all its documents in one batch

    def __init__(self, g: Graph | None = None, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else None
        self._graph = g if g is not None else (read_graph(self.path) if self.path and self.path.exists()
                                                else new_graph())
        self.label = str(self.path) if self.path else "memory"

    def query(self, text: str, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              limit: int | None = DEFAULT_LIMIT, allow_service: Collection[str] = ()) -> QueryResult:
        return run_query(self._graph, text, bindings, timeout=timeout, limit=limit, allow_service=allow_service)

    def update(self, text: str) -> None:
        try:
            self._graph.update(text)
        except Exception as exc:  # rdflib's parser and evaluator raise many kinds  # noqa: BLE001
            raise QueryError(Errors.E502, where="in the update", detail=str(exc).splitlines()[0][:200]) from None

    def add(self, g: Graph) -> int:
        before = len(self._graph)
        if not before and type(g) is type(self._graph):  # an empty store takes the built graph itself: no copy
            self._graph = g
            return len(g)
        self._graph += g
        return len(self._graph) - before

    def remove_document(self, doc: URIRef) -> bool:
        if (doc, RDF.type, AIP.Document) not in self._graph:
            return False
        parts = partition(self._graph)
        kept = {t for name, ts in parts.items() if name not in (doc, ENTITIES_GRAPH) for t in ts}
        for t in parts.get(doc, []):
            if t not in kept:
                self._graph.remove(t)
        mentioned = set(self._graph.objects(None, AIP.mentions))
        actions = set(self._graph.subjects(RDF.type, AIP.Action))
        supported = supported_relations(self._graph)
        for s, p, o in list(self._graph):
            orphan = str(s).startswith(ENTITY_PREFIX) and s not in mentioned
            unsupported = p in RELATION_PREDICATES and (s, p, o) not in supported
            if orphan or unsupported or (p == AIP.sameEventAs and not {s, o} <= actions):
                self._graph.remove((s, p, o))
        return True

    def graph(self) -> Graph:
        return self._graph

    def __len__(self) -> int:
        return len(self._graph)

    def save(self) -> str | None:
        if self.path is None:
            return None
        write_bytes(self.dump(by_suffix(self.path).name), self.path)
        return str(self.path)
