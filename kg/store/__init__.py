"""Stores: where a graph lives. `open_store` takes the one option that selects a store everywhere; its
parser, `kg.store.spec`, is the only place a store spec is read:

- `memory` (default): rdflib in memory; a build writes it to the `-o` file;
- a graph file (`seeds.ttl`, `file:seeds.ttl`): read into memory, saved back after changes;
- `oxigraph:PATH`: a persistent Oxigraph database on disk, transactional;
- `sparql:QUERY_URL[,UPDATE_URL]`: a SPARQL 1.1 endpoint (Oxigraph server, Fuseki, GraphDB, Virtuoso).

Only a build creates a store (`open_store(spec, create=True)`); everything else opens what exists.
"""
from __future__ import annotations

from kg.store.base import Store, StoredDocument
from kg.store.memory import MemoryStore
from kg.store.spec import KINDS, StoreError, StoreSpec, open_store, parse_store_spec

__all__ = ["KINDS", "MemoryStore", "Store", "StoreError", "StoreSpec", "StoredDocument", "open_store",
           "parse_store_spec"]
