"""Stores: where a graph lives. `open_store` takes the one option that selects a store everywhere:

- `memory` (default): rdflib in memory; a build writes it to the `-o` file;
- a graph file (`seeds.ttl`, `file:seeds.ttl`): read into memory, saved back after changes;
- `oxigraph:PATH`: a persistent Oxigraph database on disk (created when missing), transactional;
- `sparql:QUERY_URL[,UPDATE_URL]`: a SPARQL 1.1 endpoint (Oxigraph server, Fuseki, GraphDB, Virtuoso).
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import KGError
from kg.store.base import Store, StoredDocument
from kg.store.memory import MemoryStore

__all__ = ["MemoryStore", "Store", "StoreError", "StoredDocument", "open_store"]
KINDS = "memory, a graph file (seeds.ttl), oxigraph:PATH or sparql:URL"


class StoreError(KGError):
    """A store could not be opened or written."""


def open_store(spec: str | Path) -> Store:
    text = str(spec).strip()
    if text == "memory":
        return MemoryStore()
    if text.startswith("oxigraph:"):
        from kg.store.oxigraph import OxigraphStore

        path = text.removeprefix("oxigraph:")
        if not path:
            raise StoreError("E601", "oxigraph: needs a folder, e.g. --store oxigraph:data/kg.")
        return OxigraphStore(path)
    if text.startswith("sparql:"):
        from kg.store.sparql import SparqlStore

        return SparqlStore(text.removeprefix("sparql:"))
    text = text.removeprefix("file:")
    if not text:
        raise StoreError("E601", f"empty store: use {KINDS}.")
    return MemoryStore(path=Path(text))
