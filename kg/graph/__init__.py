"""The graph: namespaces, identity, building, validation, queries and export of the contract's RDF.
The whole build (ingest, extraction, graph, store) is one service: `kg.store.build.build`."""
from __future__ import annotations

from kg.graph import long_literals
from kg.graph.export import read_graph, write_graph
from kg.graph.query import run_query
from kg.graph.validate import validate

long_literals.apply()  # valid Turtle for a multi-line literal that ends with a quote (kg/graph/long_literals.py)

__all__ = ["read_graph", "run_query", "validate", "write_graph"]
