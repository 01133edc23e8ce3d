"""The RDF dataset a request to `kg serve` queries (SPARQL 1.1 Query, section 13; Protocol, section 2.1.4).

Without FROM, FROM NAMED, default-graph-uri or named-graph-uri, a query sees the store as it is: the
default graph is the union of all graphs, and the named graphs are the store's own (one per document,
and one of entity descriptions, as `kg.store.partition` splits a graph file). With them, it sees exactly
the graphs it named: the merge of the FROM graphs as its default graph (empty when only FROM NAMED is
given), the FROM NAMED graphs as its named graphs. The protocol's parameters replace the query's own
clauses. A graph the store does not hold is empty: nothing is ever fetched from the web.

Graph files (rdflib in memory) are queried over a cached `Dataset` view of their partition whenever a
query says GRAPH; other stores answer GRAPH themselves, and a query that names its dataset runs on those
graphs, read from the store by a query with the graph's IRI bound (never pasted). Here a SELECT keeps its
rows whose projected variables are all unbound (rdflib's row iterator drops them)."""
from __future__ import annotations

import threading
import time
from collections.abc import Collection, Sequence

from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query

from kg.errors import Errors, QueryError
from kg.graph.query import QueryResult, algebra_has, collect, graph_result, prepare, run_limited
from kg.store.base import Store
from kg.store.memory import MemoryStore
from kg.store.partition import partition

GRAPH_TRIPLES = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
ALL_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
MAX_LOADED = 500_000  # triples a query may load into memory through FROM / default-graph-uri
NO_CAP = 10**12


def dataset_clause(prepared: Query) -> tuple[list[URIRef], list[URIRef]] | None:
    """The query's FROM and FROM NAMED graphs, or None when it names no dataset."""
    clause = prepared.algebra.get("datasetClause") or []
    if not clause:
        return None
    return [d.default for d in clause if d.get("default")], [d.named for d in clause if d.get("named")]


def without_dataset(prepared: Query) -> Query:
    """The query with its dataset clause taken out (rdflib would fetch an unknown FROM graph from the web)."""
    algebra = prepared.algebra.clone()
    algebra["datasetClause"] = None
    return Query(prepared.prologue, algebra)


def uses_graph(algebra: CompValue) -> bool:
    """Whether a query's algebra has a GRAPH pattern anywhere (FILTER EXISTS and subqueries included)."""
    return algebra_has(algebra, lambda n: n.name == "Graph")


class DatasetView:
    """A store as the endpoint queries it; `changed()` after the endpoint updated the store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.memory = isinstance(store, MemoryStore)
        self._lock = threading.Lock()
        self._parts: dict[URIRef, Graph] | None = None
        self._union: Dataset | None = None

    def changed(self) -> None:
        with self._lock:
            self._parts = self._union = None

    # ------------------------------------------------------------ graph files
    def _memory_parts(self) -> tuple[dict[URIRef, Graph], Dataset]:
        with self._lock:
            if self._parts is None or self._union is None:
                union = Dataset(default_union=True)
                parts = {}
                for name, triples in partition(self.store.graph()).items():
                    g = union.graph(name)
                    for t in triples:
                        g.add(t)
                    parts[name] = g
                self._parts, self._union = parts, union
            return self._parts, self._union

    # ------------------------------------------------------------ graphs
    def graph_names(self) -> list[URIRef]:
        if self.memory:
            return sorted(self._memory_parts()[0])
        rows = self.store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g",
                                timeout=None, limit=None).rows
        return [r[0] for r in rows if isinstance(r[0], URIRef)]

    def named_graph(self, name: URIRef, timeout: float | None, limit: int | None) -> QueryResult:
        """The triples of one named graph (none when the store has no such graph), under the row cap."""
        cap = limit if limit and limit > 0 else NO_CAP
        if self.memory:
            return graph_result(iter(self._memory_parts()[0].get(name, ())), cap)
        res = self.store.query(GRAPH_TRIPLES, bindings={"g": name}, timeout=timeout, limit=cap)
        out = graph_result(res.rows, cap)
        out.truncated = out.truncated or res.truncated
        return out

    def default_graph(self, timeout: float | None, limit: int | None) -> QueryResult:
        """The default graph (the union of all graphs), under the row cap."""
        cap = limit if limit and limit > 0 else NO_CAP
        if self.memory:
            return graph_result(iter(self.store.graph()), cap)
        res = self.store.query(ALL_TRIPLES, timeout=timeout, limit=cap)
        out = graph_result(iter(res.graph or ()), cap)
        out.truncated = out.truncated or res.truncated
        return out

    def _triples(self, name: URIRef, timeout: float | None, deadline: float | None, budget: int) -> list[tuple]:
        if self.memory:
            return list(self._memory_parts()[0].get(name, ()))
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            raise QueryError(Errors.E505, seconds=timeout or 0)
        res = self.store.query(GRAPH_TRIPLES, bindings={"g": name}, timeout=left, limit=budget + 1)
        return [tuple(r) for r in res.rows]

    def chosen(self, default: Sequence[URIRef], named: Sequence[URIRef], timeout: float | None = None) -> Dataset:
        """A dataset of exactly the graphs named: the merge of `default` as its default graph, `named` as its
        named graphs; E534 past MAX_LOADED triples in all, E505 when loading them takes past `timeout`."""
        deadline = time.monotonic() + timeout if timeout and timeout > 0 else None
        ds = Dataset(default_union=False)
        loaded = 0
        wanted = [(name, ds.default_graph) for name in dict.fromkeys(default)]
        wanted += [(name, ds.graph(name)) for name in dict.fromkeys(named)]
        for name, into in wanted:
            triples = self._triples(name, timeout, deadline, MAX_LOADED - loaded)
            loaded += len(triples)
            if loaded > MAX_LOADED:
                raise QueryError(Errors.E534, limit=MAX_LOADED)
            for t in triples:
                into.add(t)
        return ds

    # ------------------------------------------------------------ queries
    def query(self, text: str, timeout: float | None, limit: int | None, allow_service: Collection[str] = (),
              default: Sequence[URIRef] = (), named: Sequence[URIRef] = ()) -> QueryResult:
        """Run a read-only query on the dataset the request names (see the module's text)."""
        prepared = prepare(text, allow_service)  # refuses updates and SERVICE; syntax errors with position
        clause = (list(default), list(named)) if default or named else dataset_clause(prepared)
        cap = limit if limit and limit > 0 else NO_CAP
        if clause is None and not self.memory:
            return self.store.query(text, timeout=timeout, limit=limit, allow_service=allow_service)
        if clause is None:
            target = self._memory_parts()[1] if uses_graph(prepared.algebra) else self.store.graph()
            return run_limited(lambda: collect(target, prepared, {}, cap), timeout)
        start = time.monotonic()
        ds = self.chosen(clause[0], clause[1], timeout)
        left = None if not timeout or timeout <= 0 else max(timeout - (time.monotonic() - start), 0.05)
        bare = without_dataset(prepared)
        return run_limited(lambda: collect(ds, bare, {}, cap), left)
