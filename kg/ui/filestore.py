"""A graph file for the app, read fast: the file goes straight into an in-memory Oxigraph store (its Turtle
and N-Triples parser is several times faster than rdflib's), and the app's tables are read from there
(`kg.ui.model`). The rdflib store the rest of the app knows (`MemoryStore`) is parsed only when something
needs it: a query typed in the SPARQL tab, an export, an upload. After a write, everything goes to the
rdflib store, which is then the only truth."""
from __future__ import annotations

import threading
from collections.abc import Collection

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.graph.formats import BY_SUFFIX
from kg.graph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT, QueryResult
from kg.store import open_store, parse_store_spec
from kg.store.base import Store

FAST = ("turtle", "nt")  # the registry's formats read this way (plain graphs, parsed alike by both libraries)


class FileStore(Store):
    """A graph file: an Oxigraph copy in memory for reading tables, the rdflib store opened on demand."""

    transactional = False

    def __init__(self, spec: str, fast: ox.Store) -> None:
        self.spec = spec
        self.label = str(parse_store_spec(spec).path)
        self._fast: ox.Store | None = fast
        self._real: Store | None = None
        self._lock = threading.Lock()

    @property
    def fast(self) -> ox.Store | None:
        """The Oxigraph copy, while it holds what the file holds (None after a write)."""
        return self._fast

    @property
    def real(self) -> Store:
        with self._lock:
            if self._real is None:
                self._real = open_store(self.spec)
            return self._real

    def __getattr__(self, name: str):  # path, save and whatever else the file's MemoryStore offers
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.real, name)

    def query(self, text: str, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              limit: int | None = DEFAULT_LIMIT, allow_service: Collection[str] = ()) -> QueryResult:
        return self.real.query(text, bindings, timeout=timeout, limit=limit, allow_service=allow_service)

    def _written(self) -> None:
        self._fast = None

    def add(self, g: Graph) -> int:
        self._written()
        return self.real.add(g)

    def remove_document(self, doc: URIRef) -> bool:
        self._written()
        return self.real.remove_document(doc)

    def update(self, text: str) -> None:
        self._written()
        self.real.update(text)

    def graph(self) -> Graph:
        return self.real.graph()

    def dump(self, fmt: str) -> bytes:
        return self.real.dump(fmt)

    def save(self) -> str | None:
        return self.real.save()

    def __len__(self) -> int:
        return len(self._fast) if self._fast is not None else len(self.real)


def open_for_app(spec: str) -> Store:
    """The store `spec` names; a Turtle or N-Triples file as a `FileStore`. A file Oxigraph cannot read is
    opened the usual way, so its errors are the usual ones."""
    s = parse_store_spec(spec)
    f = BY_SUFFIX.get(s.path.suffix.lower()) if s.kind == "file" and s.exists() else None
    if f is not None and f.name in FAST:
        fast = ox.Store()
        try:
            fast.bulk_load(path=str(s.path), format=getattr(ox.RdfFormat, f.oxigraph))
        except (SyntaxError, OSError, ValueError):
            pass
        else:
            return FileStore(spec, fast)
    return open_store(spec)
