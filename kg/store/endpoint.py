"""`kg serve`: a SPARQL 1.1 Protocol endpoint over any store, on the standard library's HTTP server (one
thread per request). Read-only unless updates are allowed; a time limit and a row cap on every query
(rows and triples alike); SERVICE refused unless its host is allowed; CORS only for the origins given.

- /sparql (also / and /query): GET, HEAD and POST queries (a form, or an application/sparql-query body),
  with the dataset of FROM / FROM NAMED or of default-graph-uri / named-graph-uri (kg.store.dataset).
  SELECT and ASK answer as SPARQL JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE in every RDF format of
  kg.graph.formats; both chosen by q-values (kg.store.negotiate), 406 when none fits. With no query:
  the service description (kg.store.void); with ?graph=IRI or ?default: that graph.
- /update: POST updates, only with --allow-updates.
- /store?graph=IRI, /store?default: Graph Store Protocol, read only.
- /void, /.well-known/void: the VoID description of the dataset. /context.jsonld: the JSON-LD context.
- /resource/PATH: linked data for the graph's own IRIs (kg.store.linked).
- OPTIONS anywhere: the methods allowed (and the CORS preflight answer)."""
from __future__ import annotations

import html
import re
import urllib.parse
from collections.abc import Collection
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kg.assets import ontology_file
from kg.errors import Errors, KGError, QueryError
from kg.graph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT, UPDATE_FORMS, prepare
from kg.store import linked
from kg.store.base import Store
from kg.store.dataset import DatasetView
from kg.store.negotiate import GRAPH_OFFERS, HTML, RESULT_OFFERS, choose
from kg.store.protocol import DEFAULT_BASE, Answer, Request, Settings, checked, error_answer, graph_iri
from kg.store.render import render_graph, render_results
from kg.store.void import DESCRIPTION_PREFIXES, Describer, ontology_license

MAX_BODY = 32 << 20  # bytes of a POST body
QUERY_PATHS = ("/", "/sparql", "/query")
VOID_PATHS = ("/void", "/.well-known/void")
READ = "GET, HEAD, OPTIONS"
ALLOW = {"/update": "POST, OPTIONS", **{p: "GET, HEAD, POST, OPTIONS" for p in QUERY_PATHS}}
REQUEST_THREADS = 16  # requests answered at once; more wait their turn
SOCKET_SECONDS = 120  # a client that sends or reads nothing for this long is dropped
HOST_HEADER = re.compile(r"^(?:[A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$")


def allowed_methods(path: str) -> str:
    """The methods a path answers (its `Allow` header); E530 for a path the endpoint does not serve."""
    allowed = ALLOW.get(path) or (READ if path in ("/store", "/context.jsonld", *VOID_PATHS)
                                  or path.startswith(linked.RESOURCE_PATH) else None)
    if allowed is None:
        raise KGError(Errors.E530, path=path[:200])
    return allowed


class Endpoint:
    """What the server answers, apart from HTTP itself (so that it can be read and tested on its own)."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store, self.settings = store, settings
        self.view = DatasetView(store)
        self.describer = Describer(self.view, settings.timeout)

    def answer(self, req: Request) -> Answer:
        try:
            return self._route(req)
        except KGError as exc:
            return error_answer(exc)

    def _route(self, req: Request) -> Answer:
        path = req.path if req.path in QUERY_PATHS else req.path.rstrip("/") or "/"
        allowed = allowed_methods(path)
        if req.method == "OPTIONS":
            return Answer(204, b"", headers={"Allow": allowed})
        if req.method not in allowed.split(", "):
            refused = error_answer(KGError(Errors.E527, method=req.method, path=path, allowed=allowed))
            refused.headers["Allow"] = allowed
            return refused
        return self._operation(req, path)

    def _operation(self, req: Request, path: str) -> Answer:
        if path == "/update" or "update" in req.params:
            return self._update(req)
        if "query" in req.params:
            return self._query(req)
        if req.method == "POST":
            raise KGError(Errors.E520)
        if path == "/store" or "graph" in req.params or "default" in req.params:
            return self._graph_store(req)
        if path == "/context.jsonld":
            return Answer(200, ontology_file("context.jsonld").read_bytes(), "application/ld+json")
        if path.startswith(linked.RESOURCE_PATH):
            return self._resource(req, path)
        return self._describe(req, service=path in QUERY_PATHS)

    # ------------------------------------------------------------ the protocol's operations
    def _query(self, req: Request) -> Answer:
        texts = req.params["query"]
        if len(texts) > 1:
            raise KGError(Errors.E523, detail="give query= once")
        text = texts[0]
        if not text.strip():
            raise KGError(Errors.E520)
        s = self.settings
        form = prepare(text, s.allow_service).algebra.name
        graph = form in ("ConstructQuery", "DescribeQuery")
        offers = GRAPH_OFFERS if graph else RESULT_OFFERS
        what = "a graph (CONSTRUCT, DESCRIBE)" if graph else "query results (SELECT, ASK)"
        mime = choose(offers, req.accept, req.formats, what, graph)
        default = [graph_iri("default-graph-uri", v) for v in req.params.get("default-graph-uri", [])]
        named = [graph_iri("named-graph-uri", v) for v in req.params.get("named-graph-uri", [])]
        res = self.view.query(text, s.timeout, s.limit, s.allow_service, default, named)
        body = render_graph(res.graph or (), mime) if graph else render_results(res, mime, s.limit)
        extra = {"X-KG-Truncated": f"row cap {s.limit}"} if res.truncated else {}
        return Answer(200, body, mime, {"Vary": "Accept", **extra})

    def _update(self, req: Request) -> Answer:
        texts = req.params.get("update", [])
        if req.method != "POST" or not texts:
            raise KGError(Errors.E529)
        if "query" in req.params or len(texts) > 1:
            raise KGError(Errors.E523, detail="give update= once, and no query= with it")
        if not self.settings.allow_updates:
            raise QueryError(Errors.E503, forms=UPDATE_FORMS)
        if not texts[0].strip():
            raise KGError(Errors.E520)
        try:
            self.store.update(texts[0])
        finally:
            self.view.changed()
            self.describer.changed()
        return Answer(200, b"")

    def _graph_store(self, req: Request) -> Answer:
        """Graph Store Protocol, read: ?graph=IRI (404 when the store holds no such graph) or ?default."""
        names, default = req.params.get("graph", []), "default" in req.params
        if len(names) + default != 1:
            raise KGError(Errors.E526)
        mime = choose(GRAPH_OFFERS, req.accept, req.formats, "a graph", graph=True)
        s = self.settings
        if default:
            res = self.view.default_graph(s.timeout, s.limit)
        else:
            name = graph_iri("graph", names[0])
            res = self.view.named_graph(name, s.timeout, s.limit)
            if not res.rows:
                raise KGError(Errors.E525, graph=name)
        extra = {"X-KG-Truncated": f"row cap {s.limit}"} if res.truncated else {}
        return Answer(200, render_graph(res.graph or (), mime), mime, {"Vary": "Accept", **extra})

    # ------------------------------------------------------------ descriptions and linked data
    def _describe(self, req: Request, service: bool) -> Answer:
        """The service description (at the endpoint) or the VoID description (at /void), by negotiation."""
        s = self.settings
        mime = choose((*GRAPH_OFFERS, HTML), req.accept, req.formats, "a description", graph=True)
        g = self.describer.graph(req.public, s.base, s.license, s.allow_updates, bool(s.allow_service))
        if mime == HTML:
            turtle = render_graph(g, "text/turtle", DESCRIPTION_PREFIXES).decode("utf-8")
            body = linked.service_page(f"{req.public}/sparql", turtle) if service else \
                linked.page("VoID description", f"<h1>VoID description</h1><pre>{html.escape(turtle)}</pre>")
            return Answer(200, body, HTML, {"Vary": "Accept", "Content-Security-Policy": linked.CSP})
        return Answer(200, render_graph(g, mime, DESCRIPTION_PREFIXES), mime, {"Vary": "Accept"})

    def _resource(self, req: Request, path: str) -> Answer:
        s = self.settings
        mime = choose((*GRAPH_OFFERS, HTML), req.accept, req.formats, "a resource", graph=True)
        for iri in linked.iri_for(path, s.base):
            desc, labels = linked.describe(self.store, iri, s.timeout, s.limit)
            if len(desc):
                if mime == HTML:
                    return Answer(200, linked.resource_page(iri, desc, labels, s.base), HTML,
                                  {"Vary": "Accept", "Content-Security-Policy": linked.CSP})
                return Answer(200, render_graph(desc, mime), mime, {"Vary": "Accept"})
        raise KGError(Errors.E528, iri=(s.base + path[len(linked.RESOURCE_PATH):])[:200], base=s.base)


def make_handler(endpoint: Endpoint):
    settings = endpoint.settings

    class Handler(BaseHTTPRequestHandler):
        server_version = "aipolicy-kg"
        timeout = SOCKET_SECONDS

        def log_message(self, fmt: str, *args) -> None:  # quiet: one line per request on stderr is noise
            return

        def _public(self) -> str:
            host = self.headers.get("Host", "")
            if not HOST_HEADER.match(host):
                address, port = self.server.server_address[:2]
                host = f"{address}:{port}"
            return f"http://{host}"

        def _cors(self) -> dict[str, str]:
            origin = self.headers.get("Origin")
            if not origin or not settings.cors or ("*" not in settings.cors and origin not in settings.cors):
                return {}
            out = {"Access-Control-Allow-Origin": "*" if "*" in settings.cors else origin, "Vary": "Origin",
                   "Access-Control-Expose-Headers": "X-KG-Truncated"}
            if self.command == "OPTIONS":
                out |= {"Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
                        "Access-Control-Allow-Headers": "Accept, Content-Type", "Access-Control-Max-Age": "600"}
            return out

        def _params(self) -> dict[str, list[str]] | Answer:
            parsed = urllib.parse.urlsplit(self.path)
            params = urllib.parse.parse_qs(parsed.query, keep_blank_values=True)
            if self.command != "POST":
                return params
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = 0
            if length > MAX_BODY:
                self.close_connection = True
                return error_answer(KGError(Errors.E533, size=length, limit=MAX_BODY))
            body = self.rfile.read(length).decode("utf-8", errors="replace") if length > 0 else ""
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if ctype == "application/sparql-query":
                params.setdefault("query", []).append(body)
            elif ctype == "application/sparql-update":
                params.setdefault("update", []).append(body)
            elif ctype in ("application/x-www-form-urlencoded", "") or not body:
                for k, v in urllib.parse.parse_qs(body, keep_blank_values=True).items():
                    params.setdefault(k, []).extend(v)
            else:
                return error_answer(KGError(Errors.E522, ctype=ctype[:100]))
            return params

        def _handle(self) -> None:
            params = self._params()
            if isinstance(params, Answer):
                return self._send(params)
            headers = {k.lower(): v for k, v in self.headers.items()}
            path = urllib.parse.urlsplit(self.path).path
            req = Request(self.command, path, params, headers, self._public())
            self._send(endpoint.answer(req))

        def _send(self, ans: Answer) -> None:
            self.send_response(ans.status)
            if ans.status != 204:
                text = ans.mime.startswith("text/") or ans.mime.endswith(("json", "xml")) or "+" in ans.mime
                self.send_header("Content-Type", f"{ans.mime}; charset=utf-8" if text else ans.mime)
                self.send_header("Content-Length", str(len(ans.body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            headers = dict(ans.headers)
            for k, v in self._cors().items():
                headers[k] = f"{headers[k]}, {v}" if k == "Vary" and k in headers else v
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD" and ans.status != 204:
                self.wfile.write(ans.body)

        do_GET = do_POST = do_HEAD = do_OPTIONS = do_PUT = do_DELETE = do_PATCH = _handle  # noqa: N815

    return Handler


class Server(ThreadingHTTPServer):
    """The HTTP server, its requests answered by a fixed set of long-lived threads. Oxigraph's query
    workers die with the thread that started them (their parent-death signal is per thread), so a new
    thread per request would have them killed after every answer; the set also bounds the work at once."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler, threads: int = REQUEST_THREADS) -> None:
        super().__init__(address, handler)
        self.pool = ThreadPoolExecutor(threads, thread_name_prefix="kg-serve")

    def process_request(self, request, client_address) -> None:
        self.pool.submit(self.process_request_thread, request, client_address)

    def server_close(self) -> None:
        super().server_close()
        self.pool.shutdown(wait=False, cancel_futures=True)


def make_server(store: Store, host: str = "127.0.0.1", port: int = 7878, timeout: float | None = DEFAULT_TIMEOUT,
                limit: int | None = DEFAULT_LIMIT, allow_updates: bool = False, allow_service: Collection[str] = (),
                cors: Collection[str] = (), base: str = DEFAULT_BASE, license: str | None = None) -> Server:
    """The endpoint; SERVICE clauses are refused (403) unless their host is in `allow_service`; browsers
    from the `cors` origins ("*": any) may read its answers; /resource/PATH describes `base` + PATH;
    `license` (what VoID states) defaults to the ontology's. A bad origin is E531, a bad base E532."""
    if license is None:
        found = ontology_license()
        license = str(found) if found is not None else None
    settings = checked(Settings(timeout, limit, allow_updates, tuple(allow_service), tuple(cors), base, license))
    try:
        server = Server((host, port), make_handler(Endpoint(store, settings)))
    except OSError as exc:
        raise QueryError(Errors.E609, host=host, port=port, detail=exc.strerror or exc) from None
    return server
