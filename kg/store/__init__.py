"""Stores: where a graph lives. `open_store` takes the one option that selects a store everywhere."""
from __future__ import annotations

from pathlib import Path

from kg.errors import KGError
from kg.store.base import Store
from kg.store.memory import MemoryStore

__all__ = ["MemoryStore", "Store", "StoreError", "open_store"]


class StoreError(KGError):
    """A store could not be opened or written."""


def open_store(spec: str | Path) -> Store:
    """`memory`, or a graph file (`seeds.ttl`, `file:seeds.ttl`) held in memory and saved back."""
    text = str(spec)
    if text == "memory":
        return MemoryStore()
    if text.startswith("file:"):
        text = text[len("file:"):]
    if not text:
        raise StoreError("E601", "empty store: use 'memory' or a graph file such as seeds.ttl.")
    return MemoryStore(path=Path(text))
