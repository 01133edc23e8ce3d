"""The graph: namespaces, identity, building, validation, queries and export of the contract's RDF.
The whole build (ingest, extraction, graph, store) is one service: `kg.store.build.build`."""
from __future__ import annotations

from kg.graph.export import read_graph, write_graph
from kg.graph.query import run_query
from kg.graph.validate import validate

__all__ = ["read_graph", "run_query", "validate", "write_graph"]
