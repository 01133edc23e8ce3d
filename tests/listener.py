"""A tiny HTTP listener on a free loopback port that records every request it gets and answers like a
SPARQL endpoint (one row, ?x = "from-the-listener"), to show whether a query made the server call out."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ANSWER = {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "from-the-listener"}}]}}


class Listener:
    """`with Listener() as spy:` ... `spy.url`, `spy.host`, `spy.requests` (the paths asked for)."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        spy = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                spy.requests.append(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                body = json.dumps(ANSWER).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer  # noqa: N815 - http.server's naming

            def log_message(self, fmt: str, *args) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.host = f"127.0.0.1:{self.server.server_address[1]}"
        self.url = f"http://{self.host}/sparql"

    def __enter__(self) -> "Listener":
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
