"""`kg serve`'s endpoint started on a free loopback port for a test (the `served` fixture), and `fetch`, a
plain HTTP request that returns the status, headers and body even for an error status."""
from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pytest
from rdflib import Graph

from kg.graph.namespaces import new_graph
from kg.store import MemoryStore
from kg.store.endpoint import make_server

AIP = "PREFIX aip: <https://w3id.org/aipolicy-kg/ontology#>\n"


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0]

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def fetch(url: str, method: str = "GET", data: bytes | None = None, **headers: str) -> Reply:
    req = urllib.request.Request(url, data=data, method=method, headers={k.replace("_", "-"): v
                                                                         for k, v in headers.items()})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return Reply(r.status, {k.lower(): v for k, v in r.headers.items()}, r.read())
    except urllib.error.HTTPError as exc:
        return Reply(exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read())


def query_url(base: str, query: str, **params: str) -> str:
    return f"{base}/sparql?" + urllib.parse.urlencode({"query": query, **params})


def copy_of(g: Graph) -> Graph:
    out = new_graph()
    for t in g:
        out.add(t)
    return out


@pytest.fixture()
def served(seed_build):
    """start(store=None, **make_server options) -> (http://127.0.0.1:PORT, store); the store is a copy of
    the session's seed graph unless one is given."""
    started: list = []

    def start(store=None, **options):
        store = store if store is not None else MemoryStore(copy_of(seed_build.graph))
        server = make_server(store, "127.0.0.1", 0, **options)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        started.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}", store

    yield start
    for server in started:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def shared(seed_build):
    """One read-only endpoint for a whole test module: (http://127.0.0.1:PORT, its store)."""
    store = MemoryStore(copy_of(seed_build.graph))
    server = make_server(store, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", store
    server.shutdown()
    server.server_close()
