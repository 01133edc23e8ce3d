"""A remote store: any SPARQL 1.1 endpoint (Oxigraph server, Fuseki, GraphDB, Virtuoso) through the
SPARQL 1.1 Protocol. Queries go to the query URL, writes are one `INSERT DATA` or `DELETE` update each.
The endpoint's default graph must be the union of its named graphs (see the README)."""
from __future__ import annotations

import json
import re
import time
from collections.abc import Collection
import urllib.error
import urllib.parse
import urllib.request

from rdflib import Graph, Literal, URIRef

from kg.errors import KGError, QueryError
from kg.graph.namespaces import new_graph
from kg.graph.bind import with_values
from kg.graph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT, QueryResult, graph_result, prepare, with_prefixes
from kg.store.base import Store, removal_update
from kg.store.partition import insert_data
from kg.store.terms import from_json

class SparqlStore(Store):
    """`sparql:QUERY_URL` or `sparql:QUERY_URL,UPDATE_URL`."""

    def __init__(self, spec: str) -> None:
        query_url, _, update_url = spec.partition(",")
        if not re.match(r"^https?://", query_url):
            raise KGError("E605", f"sparql:{spec}: give the endpoint's http(s) query URL, e.g. "
                                  "sparql:http://127.0.0.1:7878/query.")
        self.query_url = query_url
        self.update_url = update_url or re.sub(r"/query$", "/update", query_url)
        self.label = f"sparql:{query_url}"

    def _post(self, url: str, field: str, text: str, accept: str, timeout: float | None) -> bytes:
        data = urllib.parse.urlencode({field: text}).encode("utf-8")
        req = urllib.request.Request(url, data=data, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        try:
            with urllib.request.urlopen(req, timeout=timeout or None) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", errors="replace").strip().splitlines()[:1]
            raise KGError("E606", f"{url} answered {exc.code}: {detail[0][:200] if detail else exc.reason}.") from None
        except TimeoutError:
            raise QueryError("E505", f"{url}: no answer within {timeout:g} s (the time limit).") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError):
                raise QueryError("E505", f"{url}: no answer within {timeout:g} s (the time limit).") from None
            raise KGError("E605", f"cannot reach {url} ({reason}); is the endpoint running?") from None

    def query(self, text: str, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              limit: int | None = DEFAULT_LIMIT, allow_service: Collection[str] = ()) -> QueryResult:
        # refuses updates and SERVICE, reports syntax errors with their position
        form = prepare(text, allow_service).algebra.name
        sent = with_prefixes(with_values(text, bindings or {}, form))
        if bindings:  # the text sent is checked again: a bound value can never add a clause
            prepare(sent, allow_service)
        start = time.perf_counter()
        cap = limit if limit and limit > 0 else 10**12
        if form in ("ConstructQuery", "DescribeQuery"):
            body = self._post(self.query_url, "query", sent, "application/n-triples", timeout)
            res = graph_result(new_graph().parse(data=body.decode("utf-8"), format="nt"), cap)
        else:
            data = json.loads(self._post(self.query_url, "query", sent, "application/sparql-results+json", timeout))
            if "boolean" in data:
                res = QueryResult(["ask"], [[Literal(bool(data["boolean"]))]], bool(data["boolean"]))
            else:
                cols = data["head"]["vars"]
                bindings_ = data["results"]["bindings"]
                rows = [[from_json(b.get(c)) for c in cols] for b in bindings_[:cap]]
                res = QueryResult(cols, rows, truncated=len(bindings_) > cap)
        res.seconds = time.perf_counter() - start
        return res

    def update(self, text: str) -> None:
        self._post(self.update_url, "update", text, "*/*", None)

    def add(self, g: Graph) -> int:
        self.update(insert_data(g))  # one request: the endpoint applies it whole or not at all
        return len(g)

    def remove_document(self, doc: URIRef) -> bool:
        ask = self.query(f"ASK {{ <{doc}> a <https://w3id.org/aipolicy-kg/ontology#Document> }}", timeout=None)
        if not ask.boolean:
            return False
        self.update(removal_update(doc))
        return True

    def graph(self) -> Graph:
        res = self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", timeout=None, limit=None)
        g = new_graph()
        for t in res.graph or []:
            g.add(t)
        return g

    def __len__(self) -> int:
        return self.triples()


