"""The persistent store: Oxigraph on disk (pyoxigraph, RocksDB), transactional, with named graphs."""
from __future__ import annotations

import threading
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql.parser import parseUpdate

from kg.errors import KGError, QueryError
from kg.graph.namespaces import PREFIXES, new_graph
from kg.graph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT, UPDATE_FORMS, QueryResult, run_limited, with_values
from kg.store.base import Store, removal_update
from kg.store.partition import to_nquads
from kg.store.terms import from_ox

PREFIX_TEXT = {k: str(v) for k, v in PREFIXES.items()}


class OxigraphStore(Store):
    """`oxigraph:PATH`. Every write is one transaction; queries see the union of all named graphs."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.label = f"oxigraph:{self.path}"
        try:
            self.store = ox.Store(str(self.path))
        except OSError as exc:
            raise KGError("E602", f"{self.label}: cannot open the store ({exc}); is another process using it?") from None

    # ---------------------------------------------------------------- reading
    def _run(self, text: str, bindings: dict | None):
        try:  # bound values go in as escaped VALUES terms (Oxigraph substitutes projected variables only)
            return self.store.query(with_values(text, bindings or {}), use_default_graph_as_union=True,
                                    prefixes=PREFIX_TEXT)
        except SyntaxError as exc:
            try:
                parseUpdate(text)
            except Exception:  # not an update either: report Oxigraph's own position  # noqa: BLE001
                raise QueryError("E502", f"SPARQL syntax error {exc}.") from None
            raise QueryError("E503", f"updates ({UPDATE_FORMS}) are refused: the graph is read-only here.") from None

    def query(self, text: str, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              limit: int | None = DEFAULT_LIMIT) -> QueryResult:
        cap = limit if limit and limit > 0 else 10**12
        stop = threading.Event()

        def work() -> QueryResult:
            res = self._run(text, bindings)
            if isinstance(res, ox.QueryBoolean):
                return QueryResult(["ask"], [[Literal(bool(res))]], bool(res))
            rows: list[list[object]] = []
            truncated, graph = False, None if isinstance(res, ox.QuerySolutions) else new_graph()
            width = len(res.variables) if graph is None else 3
            for item in res:
                if stop.is_set():  # timed out: stop streaming
                    break
                if len(rows) >= cap:
                    truncated = True
                    break
                if graph is None:
                    rows.append([from_ox(item[i]) for i in range(width)])
                else:
                    triple = (from_ox(item.subject), from_ox(item.predicate), from_ox(item.object))
                    rows.append(list(triple))
                    graph.add(triple)
            if graph is None:
                return QueryResult([v.value for v in res.variables], rows, truncated=truncated)
            return QueryResult(["subject", "predicate", "object"], rows, truncated=truncated, graph=graph)

        # an aggregate cannot be stopped midway: it finishes in the background, the caller is answered now
        return run_limited(work, timeout, interrupt=False, stop=stop)

    def __len__(self) -> int:
        return len(self.store)

    def graph(self) -> Graph:
        g = new_graph()
        for q in self.store:
            g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return g

    def dump(self, fmt: str) -> bytes:
        if fmt in ("nquads", "trig"):
            out = self.store.dump(format=ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.TRIG,
                                  prefixes=PREFIX_TEXT if fmt == "trig" else None)
            return out or b""
        if fmt in ("turtle", "nt"):  # the union, each triple once, written natively
            triples = self.store.query("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
                                       use_default_graph_as_union=True)
            target = ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES
            return ox.serialize(triples, format=target, prefixes=PREFIX_TEXT if fmt == "turtle" else None) or b""
        return super().dump(fmt)

    # ---------------------------------------------------------------- writing
    def add(self, g: Graph) -> int:
        data = to_nquads(g)
        try:
            self.store.load(data, format=ox.RdfFormat.N_QUADS)  # one transaction
            self.store.flush()
        except (OSError, SyntaxError) as exc:
            raise KGError("E603", f"{self.label}: could not write ({exc}); nothing was added.") from None
        return data.count("\n")

    def remove_document(self, doc: URIRef) -> bool:
        if not any(True for _ in self.store.quads_for_pattern(None, None, None, ox.NamedNode(str(doc)))):
            return False
        self.store.update(removal_update(doc))  # one transaction
        return True

    def update(self, text: str) -> None:
        try:
            self.store.update(text, prefixes=PREFIX_TEXT)
        except SyntaxError as exc:
            raise QueryError("E502", f"SPARQL update syntax error {exc}.") from None

    def close(self) -> None:
        try:
            self.store.flush()
        except OSError:
            pass
        del self.store


