"""What the app may open and show: the store box keeps to the data roots and the sparql: allow-list
(refused in one line, nothing created, no request sent), a bad reply is one line and no traceback, and
`.streamlit/config.toml` keeps the app on this machine with nothing sent out."""
from __future__ import annotations

import socket
import threading
import tomllib

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from tests.test_app import run_app, seed_graph  # noqa: F401 - the fixture

BOX = "Graph file or store"


class Listener:
    """A loopback socket that counts connections and answers each with `reply` (HTTP)."""

    def __init__(self, reply: bytes = b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\nnot json") -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/query"
        self.connections = 0
        self.reply = reply
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                conn.recv(65536)
                conn.sendall(self.reply)


def start(monkeypatch, tmp_path, store, **env: str) -> AppTest:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KG_DATA_DIRS", raising=False)
    monkeypatch.delenv("KG_SPARQL_ALLOW", raising=False)
    return run_app(monkeypatch, store, **env)


def open_in_box(at: AppTest, spec: str) -> AppTest:
    return next(t for t in at.sidebar.text_input if t.label == BOX).input(spec).run()


def test_app_access_refuses_paths_outside_the_roots(monkeypatch, tmp_path, seed_graph):  # noqa: F811
    (tmp_path / "work").mkdir()
    at = start(monkeypatch, tmp_path / "work", seed_graph)
    outside = tmp_path / "planted.ttl"
    for spec in (str(outside), f"oxigraph:{tmp_path / 'db'}", "/etc/passwd"):
        open_in_box(at, spec)
        assert not at.exception and len(at.error) == 1, spec
        assert "KG_DATA_DIRS" in at.error[0].value or "not the suffix of a graph file" in at.error[0].value
    assert not outside.exists() and not (tmp_path / "db").exists()
    open_in_box(at, "inside.ttl")  # inside the default root (the working directory), but no such file:
    assert len(at.error) == 1 and "no such graph file" in at.error[0].value  # said, never an empty graph
    assert not (tmp_path / "work" / "inside.ttl").exists()


def test_app_access_sparql_only_from_the_allow_list(monkeypatch, tmp_path, seed_graph):  # noqa: F811
    spy = Listener()
    at = start(monkeypatch, tmp_path, seed_graph)
    open_in_box(at, f"sparql:{spy.url}")
    assert len(at.error) == 1 and "KG_SPARQL_ALLOW" in at.error[0].value
    assert spy.connections == 0
    at = start(monkeypatch, tmp_path, seed_graph, KG_SPARQL_ALLOW=spy.url)
    open_in_box(at, f"sparql:{spy.url}")  # allowed, and its reply is garbage: one line, no traceback
    assert spy.connections > 0
    assert not at.exception and len(at.error) == 1 and "\n" not in at.error[0].value
    assert "Traceback" not in at.error[0].value, at.error[0].value


def test_app_access_config_keeps_the_app_local_and_quiet():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "localhost"
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["showErrorDetails"] == "none"


def test_app_access_headless_start_makes_no_external_ip_lookup(monkeypatch):
    from streamlit import config, net_util
    from streamlit.web import bootstrap

    monkeypatch.chdir(ROOT)
    config.get_config_options(force_reparse=True)
    try:
        assert config.get_option("server.address") == "localhost" and config.get_option("server.headless")
        monkeypatch.setattr(net_util, "get_external_ip", lambda: pytest.fail("external IP lookup"))
        monkeypatch.setattr(net_util, "get_internal_ip", lambda: pytest.fail("network address lookup"))
        bootstrap._print_url(False)
    finally:
        monkeypatch.undo()
        config.get_config_options(force_reparse=True)


def test_app_access_readme_says_how_to_allow():
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Hostile inputs and queries", 1)[1]
    section = section.split("\n## ", 1)[0]
    for name in ("KG_DATA_DIRS", "KG_SPARQL_ALLOW", "--server.address 0.0.0.0", "[E801]", "[E405]", "[E803]", "0644"):
        assert name in section, name
