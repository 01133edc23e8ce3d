"""The persistent store: Oxigraph on disk (pyoxigraph, RocksDB), transactional, with named graphs."""
from __future__ import annotations

import time
from collections.abc import Collection
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from kg.errors import Errors, KGError, QueryError
from kg.graph.bind import check_names, with_values
from kg.graph.formats import by_name
from kg.graph.namespaces import PREFIXES, new_graph
from kg.graph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT, QueryResult, graph_result, prepare
from kg.store.base import Store, removal_update
from kg.store.ox_pool import QueryPool
from kg.store.ox_worker import answer
from kg.store.partition import to_nquads
from kg.store.terms import from_ox, from_wire, to_wire

PREFIX_TEXT = {k: str(v) for k, v in PREFIXES.items()}


class OxigraphStore(Store):
    """`oxigraph:PATH`. Every write is one transaction; queries see the union of all named graphs."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.label = f"oxigraph:{self.path}"
        self.pool = QueryPool(self.path)  # query workers, started when first needed
        try:
            self.store = ox.Store(str(self.path))
        except OSError as exc:
            raise KGError(Errors.E602, label=self.label, detail=exc) from None

    # ---------------------------------------------------------------- reading
    def _bound(self, text: str, prepared, bindings: dict, allow_service: Collection[str]) -> tuple[str, dict]:
        """The text to run and pyoxigraph's `substitutions`. Oxigraph substitutes projected variables only
        (and none in DESCRIBE); other bindings go in as `VALUES` written by the project's escaping serializer,
        and the text is parsed again, so a value can never add a clause."""
        if not bindings:
            return text, {}
        check_names(bindings)
        form = prepared.algebra.name
        names = {str(k) for k in bindings}
        projected = {str(v) for v in prepared.algebra.get("PV") or ()}
        if form in ("AskQuery", "ConstructQuery") or (form == "SelectQuery" and names <= projected):
            return text, {str(k): to_wire(v) for k, v in bindings.items()}
        sent = with_values(text, bindings, form)
        prepare(sent, allow_service)
        return sent, {}

    def query(self, text: str, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              limit: int | None = DEFAULT_LIMIT, allow_service: Collection[str] = ()) -> QueryResult:
        """A query with a time limit runs in a worker process that is killed at the limit (`ox_pool`);
        `timeout=None` is for the store's own bookkeeping, which runs here."""
        prepared = prepare(text, allow_service)  # refuses updates and SERVICE, syntax errors with position
        sent, substitutions = self._bound(text, prepared, bindings or {}, allow_service)
        cap = limit if limit and limit > 0 else 10**12
        request = ("query", sent, substitutions, cap, PREFIX_TEXT)
        start = time.perf_counter()
        reply = answer(self.store, request) if timeout is None else self.pool.run(request, timeout or None)
        result = _result(reply)
        result.seconds = time.perf_counter() - start
        return result

    def __len__(self) -> int:
        return len(self.store)

    def graph(self) -> Graph:
        g = new_graph()
        for q in self.store:
            g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return g

    def dump(self, fmt: str) -> bytes:
        f = by_name(fmt)
        if f.datasets:
            out = self.store.dump(format=getattr(ox.RdfFormat, f.oxigraph), prefixes=PREFIX_TEXT if f.name == "trig" else None)
            return out or b""
        if f.name in ("turtle", "nt"):  # the union, each triple once, written natively
            triples = self.store.query("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
                                       use_default_graph_as_union=True)
            target = getattr(ox.RdfFormat, f.oxigraph)
            return ox.serialize(triples, format=target, prefixes=PREFIX_TEXT if f.name == "turtle" else None) or b""
        return super().dump(f.name)

    # ---------------------------------------------------------------- writing
    def add(self, g: Graph) -> int:
        data = to_nquads(g)
        try:
            self.store.load(data, format=ox.RdfFormat.N_QUADS)  # one transaction
            self.store.flush()
        except (OSError, SyntaxError) as exc:
            raise KGError(Errors.E603, label=self.label, detail=exc) from None
        finally:
            self.pool.changed()
        return data.count("\n")

    def remove_document(self, doc: URIRef) -> bool:
        if not any(True for _ in self.store.quads_for_pattern(None, None, None, ox.NamedNode(str(doc)))):
            return False
        self.store.update(removal_update(doc))  # one transaction
        self.pool.changed()
        return True

    def update(self, text: str) -> None:
        try:
            self.store.update(text, prefixes=PREFIX_TEXT)
        except SyntaxError as exc:
            raise QueryError(Errors.E502, where="in the update", detail=exc) from None
        finally:
            self.pool.changed()

    def close(self) -> None:
        self.pool.close()
        try:
            self.store.flush()
        except OSError:
            pass
        del self.store




def _result(reply: tuple) -> QueryResult:
    """A worker's reply (see `ox_worker.run`) as a `QueryResult` of rdflib terms."""
    kind, body = reply[0], reply[-1]
    if kind == "syntax":
        raise QueryError(Errors.E502, where="", detail=body)
    if kind == "memory":
        raise QueryError(Errors.E511, limit="its worker's share")
    if kind != "ok":
        raise QueryError(Errors.E504, detail=body)
    if body[0] == "ask":
        return QueryResult(["ask"], [[Literal(body[1])]], body[1])
    if body[0] == "select":
        _, columns, rows, truncated = body
        return QueryResult(columns, [[from_wire(t) for t in row] for row in rows], truncated=truncated)
    _, triples, truncated = body
    result = graph_result(([from_wire(t) for t in triple] for triple in triples), len(triples))
    result.truncated = truncated
    return result
