"""A remote store: any SPARQL 1.1 endpoint (Oxigraph server, Fuseki, GraphDB, Virtuoso) through the
SPARQL 1.1 Protocol (`kg.store.remote_http`: Basic and Digest authentication, credentials never shown).

Writes are `INSERT DATA` updates of at most CHUNK_TRIPLES triples (and about CHUNK_BYTES) each, halved
when the endpoint answers that one is too large; a document's sha256 goes last, so a write cut short
leaves no document that a rebuild would skip. The store's own reads (documents, counts, export) see only
the project's named graphs and page past row caps (`kg.store.remote_graphs`). Queries see the endpoint's
default graph, which must be the union of its named graphs: that is checked once there are documents (E624)."""
from __future__ import annotations

import json
import re
import time
from collections.abc import Collection

from rdflib import Graph, Literal, URIRef

from kg.errors import Errors, KGError
from kg.graph.bind import with_values
from kg.graph.namespaces import new_graph
from kg.graph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT, QueryResult, graph_result, prepare, with_prefixes
from kg.store import remote_graphs as own
from kg.store.base import Store, StoredDocument, removal_update
from kg.store.partition import CHUNK_BYTES, CHUNK_TRIPLES, chunk, insert_data, write_order
from kg.store.remote_http import Http, TooLarge, scrub
from kg.store.terms import from_json

CAP_HEADER = "X-SPARQL-MaxRows"  # Virtuoso's sign that it cut a result at its row cap


class SparqlStore(Store):
    """`sparql:QUERY_URL` or `sparql:QUERY_URL,UPDATE_URL`."""

    def __init__(self, spec: str) -> None:
        query_url, _, update_url = (part.strip() for part in spec.partition(","))
        if not re.match(r"^https?://[^/\s]", query_url) or (update_url and not re.match(r"^https?://", update_url)):
            raise KGError(Errors.E620, spec=scrub(spec))
        self.query_url = query_url
        self.update_url = update_url or re.sub(r"/query$", "/update", query_url)
        self.http = Http(query_url, self.update_url)  # refuses credentials written into either URL
        self.label = f"sparql:{query_url}"
        self.chunk_triples = CHUNK_TRIPLES  # lowered for good when the endpoint refuses a chunk as too large
        self.chunk_bytes = CHUNK_BYTES
        self._union_seen = False

    # ---------------------------------------------------------------- reading
    def _ask_select(self, text: str, form: str, timeout: float | None, cap: int) -> QueryResult:
        body, headers = self.http.post(self.query_url, "query", text, "application/sparql-results+json", timeout)
        try:
            data = json.loads(body)
            cols, found = data.get("head", {}).get("vars", []), data.get("results", {}).get("bindings", [])
        except (ValueError, AttributeError) as exc:
            raise KGError(Errors.E628, url=scrub(self.query_url), expected="SPARQL JSON results",
                          detail=str(exc)[:120]) from None
        if "boolean" in data or form == "AskQuery":  # Virtuoso answers ASK as a one-column table
            answer = bool(data["boolean"]) if "boolean" in data else any(
                str((b.get(cols[0]) or {}).get("value", "0")) not in ("0", "false") for b in found if cols)
            return QueryResult(["ask"], [[Literal(answer)]], answer)
        rows = [[from_json(b.get(c)) for c in cols] for b in found[:cap]]
        res = QueryResult(cols, rows, truncated=len(found) > cap or CAP_HEADER in headers)
        res.server_cap = len(found) if CAP_HEADER in headers and found else None  # type: ignore[attr-defined]
        return res

    def _run(self, text: str, form: str, timeout: float | None, cap: int) -> QueryResult:
        if form in ("ConstructQuery", "DescribeQuery"):
            body, _ = self.http.post(self.query_url, "query", text, "application/n-triples", timeout)
            try:
                g = new_graph().parse(data=body.decode("utf-8"), format="nt")
            except Exception as exc:  # noqa: BLE001 - rdflib's parsers raise many kinds
                raise KGError(Errors.E628, url=scrub(self.query_url), expected="N-Triples",
                              detail=str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__) from None
            return graph_result(g, cap)
        return self._ask_select(text, form, timeout, cap)

    def _rows(self, text: str) -> list:
        """The rows of one of the store's own SELECT queries (no time limit, no row cap of ours)."""
        return self._ask_select(text, "SelectQuery", None, 10**12).rows

    def query(self, text: str, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              limit: int | None = DEFAULT_LIMIT, allow_service: Collection[str] = ()) -> QueryResult:
        # refuses updates and SERVICE, reports syntax errors with their position
        form = prepare(text, allow_service).algebra.name
        sent = with_prefixes(with_values(text, bindings or {}, form))
        if bindings:  # the text sent is checked again: a bound value can never add a clause
            prepare(sent, allow_service)
        self.check_union()
        start = time.perf_counter()
        cap = limit if limit and limit > 0 else 10**12
        res = self._run(sent, form, timeout, cap)
        server_cap = getattr(res, "server_cap", None)
        if server_cap and cap > server_cap:  # the endpoint cut the answer short of what was asked: page on
            paged = own.page_query(lambda text: self._columns(text, res.columns, timeout), sent, res.columns,
                                   server_cap, cap)
            if paged is not None:
                res.rows, res.truncated = paged
        res.seconds = time.perf_counter() - start
        return res

    def _columns(self, text: str, columns: list[str], timeout: float | None) -> list:
        """The rows of a SELECT, in the order of `columns`."""
        page = self._ask_select(text, "SelectQuery", timeout, 10**12)
        where = [page.columns.index(c) for c in columns]
        return [[row[i] for i in where] for row in page.rows]

    def check_union(self) -> None:
        """E624 when the project's named graphs hold documents that the default graph does not show (an
        Oxigraph server started without --union-default-graph); checked until it passes once."""
        if self._union_seen:
            return
        if not self._ask_select(own.PROLOGUE + own.HAS_DOCUMENTS, "AskQuery", None, 1).boolean:
            return  # nothing stored yet: nothing to tell
        if not self._ask_select(own.PROLOGUE + own.SEES_DOCUMENTS, "AskQuery", None, 1).boolean:
            raise KGError(Errors.E624, label=self.label)
        self._union_seen = True

    def documents(self) -> list[StoredDocument]:
        rows = own.read_documents(self._rows, self.label)
        return [StoredDocument(str(d), str(s), None if src is None else str(src), None if u is None else str(u))
                for d, s, src, u in rows]

    def triples(self) -> int:
        return own.count_triples(self._rows)

    def graph(self) -> Graph:
        g = new_graph()
        for s, p, o in own.read_triples(self._rows, self.label):
            g.add((s, p, o))
        return g

    def __len__(self) -> int:
        return self.triples()

    # ---------------------------------------------------------------- writing
    def update(self, text: str) -> None:
        self.http.post(self.update_url, "update", text, "*/*", None)

    def add(self, g: Graph) -> int:
        """Writes `g` in chunks (see the module's doc); returns the triples sent."""
        quads = write_order(g)
        done = 0
        while done < len(quads):
            part = chunk(quads, done, self.chunk_triples, self.chunk_bytes)
            try:
                self.update(insert_data(part))
            except TooLarge:
                if len(part) == 1:
                    raise
                self.chunk_triples = max(1, len(part) // 2)
                continue
            done += len(part)
        if quads:
            self.check_union()
        return len(quads)

    def remove_document(self, doc: URIRef) -> bool:
        ask = f"ASK {{ GRAPH <{doc}> {{ <{doc}> a <https://w3id.org/aipolicy-kg/ontology#Document> }} }}"
        if not self._ask_select(ask, "AskQuery", None, 1).boolean:
            return False
        self.update(removal_update(doc))
        return True
