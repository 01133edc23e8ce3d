"""A SPARQL 1.1 Protocol endpoint over any store: GET and POST queries, results as SPARQL JSON, XML or
CSV (Turtle or N-Triples for CONSTRUCT and DESCRIBE), read-only unless updates are allowed, with a time
limit and a row cap on every query (rows and triples alike), SERVICE refused unless its host is allowed.
Standard library HTTP server, one thread per request."""
from __future__ import annotations

import json
import urllib.parse
from collections.abc import Collection
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kg.errors import Errors, KGError, QueryError
from kg.graph.formats import BY_NAME
from kg.graph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT, QueryResult, to_csv, to_json, to_xml
from kg.store.base import Store

RESULT_TYPES = {
    "application/sparql-results+json": ("json", to_json), "application/json": ("json", to_json),
    "application/sparql-results+xml": ("xml", to_xml), "application/xml": ("xml", to_xml),
    "text/csv": ("csv", to_csv),
}
GRAPH_TYPES = {BY_NAME[name].media_type: BY_NAME[name].rdflib for name in ("turtle", "nt")}  # kg.graph.formats
STATUS = {"E502": 400, "E503": 403, "E505": 503, "E506": 400, "E508": 400, "E509": 403, "E510": 403,
          "E511": 503, "E512": 400}


def choose(accept: str, fmt: str | None, graph: bool) -> str:
    """The response media type: a `format` parameter wins, then the Accept header, then the default."""
    wanted = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
              "csv": "text/csv", "turtle": "text/turtle", "nt": "application/n-triples"}.get(fmt or "")
    offers = GRAPH_TYPES if graph else RESULT_TYPES
    if wanted in offers:
        return wanted
    for part in (accept or "").split(","):
        mime = part.split(";")[0].strip().lower()
        if mime in offers:
            return mime
    return "text/turtle" if graph else "application/sparql-results+json"


def render(res: QueryResult, mime: str, limit: int | None) -> bytes:
    if res.graph is not None:
        return res.graph.serialize(format=GRAPH_TYPES[mime], encoding="utf-8")
    if RESULT_TYPES[mime][0] == "json":
        data = json.loads(to_json(res))
        if res.truncated:
            data["kg"] = {"truncated": True, "rowCap": limit}
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    return RESULT_TYPES[mime][1](res).encode("utf-8")


def make_handler(store: Store, timeout: float | None, limit: int | None, allow_updates: bool,
                 allow_service: Collection[str] = ()):
    class Handler(BaseHTTPRequestHandler):
        server_version = "aipolicy-kg"

        def log_message(self, fmt: str, *args) -> None:  # quiet: one line per request on stderr is noise
            return

        def _send(self, status: int, body: bytes, mime: str, extra: dict | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", f"{mime}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def _error(self, status: int, message: str) -> None:
            self._send(status, (message + "\n").encode("utf-8"), "text/plain")

        def _params(self) -> dict[str, str]:
            parsed = urllib.parse.urlparse(self.path)
            params = {k: v[0] for k, v in urllib.parse.parse_qs(parsed.query).items()}
            if self.command == "POST":
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8", errors="replace")
                ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
                if ctype == "application/sparql-query":
                    params["query"] = body
                elif ctype == "application/sparql-update":
                    params["update"] = body
                else:
                    params.update({k: v[0] for k, v in urllib.parse.parse_qs(body).items()})
            return params

        def _handle(self) -> None:
            path = urllib.parse.urlparse(self.path).path.rstrip("/")
            params = self._params()
            if "update" in params or path == "/update":
                if not allow_updates:
                    return self._error(403, "[E503] updates are refused: this endpoint is read-only "
                                            "(start it with --allow-updates to accept them).")
                if self.command != "POST" or "update" not in params:
                    return self._error(400, "send an update as POST with update=... or application/sparql-update.")
                try:
                    store.update(params["update"])
                except KGError as exc:
                    return self._error(STATUS.get(exc.code, 400), str(exc))
                return self._send(200, b"", "text/plain")
            if path not in ("", "/sparql", "/query"):
                return self._error(404, "not found: query at /sparql (or /query).")
            if "query" not in params:
                return self._send(200, (f"aipolicy-kg SPARQL endpoint over {store.label}.\n"
                                        "GET or POST /sparql?query=...; results as SPARQL JSON, XML or CSV.\n")
                                  .encode("utf-8"), "text/plain")
            try:
                res = store.query(params["query"], timeout=timeout, limit=limit, allow_service=allow_service)
            except KGError as exc:
                return self._error(STATUS.get(exc.code, 500), str(exc))
            mime = choose(self.headers.get("Accept", ""), params.get("format"), res.graph is not None)
            extra = {"X-KG-Truncated": f"row cap {limit}"} if res.truncated else {}
            self._send(200, render(res, mime, limit), mime, extra)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._handle()

        def do_POST(self) -> None:  # noqa: N802
            self._handle()

    return Handler


def make_server(store: Store, host: str = "127.0.0.1", port: int = 7878, timeout: float | None = DEFAULT_TIMEOUT,
                limit: int | None = DEFAULT_LIMIT, allow_updates: bool = False,
                allow_service: Collection[str] = ()) -> ThreadingHTTPServer:
    """The endpoint; SERVICE clauses are refused (403) unless their host is in `allow_service`."""
    try:
        server = ThreadingHTTPServer((host, port), make_handler(store, timeout, limit, allow_updates, allow_service))
    except OSError as exc:
        raise QueryError(Errors.E609, host=host, port=port, detail=exc.strerror or exc) from None
    server.daemon_threads = True
    return server
