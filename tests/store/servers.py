"""Real SPARQL servers for the remote-store tests, each on free loopback ports with a temporary database:
the Oxigraph server (PyPI `oxigraph`) and Virtuoso 7 (Debian `virtuoso-opensource`, started headless with a
config file of our own), and a small gate in front of a server (Basic auth, size limits, failures)."""
from __future__ import annotations

import base64
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.browser import free_port

OWN_GRAPHS = "https://w3id.org/aipolicy-kg/resource/%"


def _wait(url: str, proc: subprocess.Popen, what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2).read()
            return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not start") from None
            time.sleep(0.2)


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


def oxigraph_exe() -> Path:
    exe = Path(sys.executable).with_name("oxigraph")
    return exe if exe.exists() else Path(shutil.which("oxigraph") or "oxigraph")


@contextmanager
def oxigraph(folder: Path, union: bool = True):
    """`oxigraph serve`; yields its query URL."""
    port = free_port()
    args = [str(oxigraph_exe()), "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(args + (["--union-default-graph"] if union else []),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        _wait(url, proc, "the Oxigraph server", 30)
        yield url
    finally:
        _stop(proc)


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = {sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
CheckpointInterval = 0
[HTTPServer]
ServerPort = {http}
ServerRoot = {d}
ServerThreads = 4
MaxClientConnections = 4
[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 120
"""


@dataclass
class Virtuoso:
    url: str         # /sparql, anonymous (the SPARQL user, granted SPARQL_UPDATE)
    auth_url: str    # /sparql-auth, HTTP Digest
    user: str
    password: str
    sql_port: int

    def isql(self, statement: str) -> str:
        out = subprocess.run(["isql-vt", str(self.sql_port), "dba", "dba", f"exec={statement}"],
                             capture_output=True, text=True, timeout=60)
        if out.returncode != 0 or "*** Error" in out.stdout + out.stderr:
            raise RuntimeError(f"isql: {statement}: {out.stdout[-500:]} {out.stderr[-500:]}")
        return out.stdout

    def clear(self) -> None:
        """Remove the project's graphs (Virtuoso's own stay)."""
        self.isql(f"DELETE FROM DB.DBA.RDF_QUAD WHERE id_to_iri(G) LIKE '{OWN_GRAPHS}';")


def virtuoso_installed() -> bool:
    return bool(shutil.which("virtuoso-t") and shutil.which("isql-vt"))


@contextmanager
def virtuoso(folder: Path):
    """Virtuoso 7 headless on free ports, its database in `folder`; the SPARQL user may update, and a user of
    our own may too through /sparql-auth (Digest)."""
    folder.mkdir(parents=True, exist_ok=True)
    sql, http = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=folder, sql=sql, http=http), encoding="utf-8")
    log = open(folder / "stdout.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(ini)], cwd=folder,
                            stdout=log, stderr=subprocess.STDOUT)
    server = Virtuoso(f"http://127.0.0.1:{http}/sparql", f"http://127.0.0.1:{http}/sparql-auth",
                      "kgtest", "kg-test-secret", sql)
    try:
        _wait(server.url, proc, "Virtuoso", 90)
        server.isql('GRANT SPARQL_UPDATE TO "SPARQL";')
        server.isql(f"DB.DBA.USER_CREATE('{server.user}', '{server.password}');")
        server.isql(f'GRANT SPARQL_UPDATE TO "{server.user}";')
        yield server
    finally:
        _stop(proc)
        log.close()


class Gate:
    """A loopback HTTP server in front of `upstream` that passes each POST on (same path and query), and may
    ask for HTTP Basic credentials first (`user`, `password`), answer 413 to a body over `max_body` bytes,
    or fail every update after the first `updates_ok` ones with a 500 (a server that went away).
    `with Gate(upstream, ...) as gate:` gate.url(path); gate.updates counts the updates passed on."""

    def __init__(self, upstream: str, user: str | None = None, password: str | None = None,
                 max_body: int | None = None, updates_ok: int | None = None) -> None:
        self.upstream, self.updates, self.refused = upstream.rstrip("/"), 0, 0
        expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode() if user else None
        gate = self

        class Handler(BaseHTTPRequestHandler):
            def _send(self, status: int, ctype: str = "text/plain", body: bytes = b"", extra: dict | None = None):
                self.send_response(status)
                for k, v in {"Content-Type": ctype, "Content-Length": str(len(body)), **(extra or {})}.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:  # noqa: N802 - the http.server hook
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if expected and self.headers.get("Authorization") != expected:
                    return self._send(401, extra={"WWW-Authenticate": 'Basic realm="kg-test"'})
                if max_body is not None and len(body) > max_body:
                    gate.refused += 1
                    return self._send(413, body=b"Request Entity Too Large")
                if body.startswith(b"update="):
                    if updates_ok is not None and gate.updates >= updates_ok:
                        return self._send(500, body=b"the server went away")
                    gate.updates += 1
                req = urllib.request.Request(gate.upstream + self.path, data=body, headers={
                    "Content-Type": self.headers.get("Content-Type", ""), "Accept": self.headers.get("Accept", "*/*")})
                try:
                    with urllib.request.urlopen(req, timeout=60) as resp:
                        self._send(resp.status, resp.headers.get("Content-Type", ""), resp.read())
                except urllib.error.HTTPError as exc:
                    self._send(exc.code, exc.headers.get("Content-Type", ""), exc.read())

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def url(self, path: str = "/query") -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def __enter__(self) -> Gate:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
