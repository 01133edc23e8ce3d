"""The embedded store: an rdflib graph in memory, optionally loaded from and saved to a graph file."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.graph.export import format_for, read_graph, write_graph
from kg.graph.namespaces import new_graph
from kg.graph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT, QueryResult, run_query
from kg.store.base import Store


class MemoryStore(Store):
    """rdflib in memory. With `path`, the graph is read from that file and `save` writes it back atomically."""

    def __init__(self, g: Graph | None = None, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else None
        self._graph = g if g is not None else (read_graph(self.path) if self.path and self.path.exists()
                                                else new_graph())
        self.label = str(self.path) if self.path else "memory"

    def query(self, text: str, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              limit: int | None = DEFAULT_LIMIT) -> QueryResult:
        return run_query(self._graph, text, bindings, timeout=timeout, limit=limit)

    def add(self, g: Graph) -> int:
        before = len(self._graph)
        self._graph += g
        return len(self._graph) - before

    def graph(self) -> Graph:
        return self._graph

    def __len__(self) -> int:
        return len(self._graph)

    def save(self) -> str | None:
        if self.path is None:
            return None
        write_graph(self._graph, self.path, format_for(self.path))
        return str(self.path)
