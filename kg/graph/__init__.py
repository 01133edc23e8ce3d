"""The graph: namespaces, identity, building, validation, queries and export of the contract's RDF."""
from __future__ import annotations

from kg.graph.export import read_graph, write_graph
from kg.graph.pipeline import BuildResult, build_graph
from kg.graph.query import run_query
from kg.graph.validate import validate

__all__ = ["BuildResult", "build_graph", "read_graph", "run_query", "validate", "write_graph"]
