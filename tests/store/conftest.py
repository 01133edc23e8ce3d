"""A small corpus (folder of two articles), and real SPARQL servers on free loopback ports: the Oxigraph
server (with and without the union default graph) and Virtuoso 7 (tests.store.servers)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.store import servers
from tests.conftest import DATA, IN_CI, SEED_ARTICLE


@pytest.fixture()
def corpus(tmp_path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(SEED_ARTICLE, folder / "seed.txt")
    shutil.copy(DATA / "article.md", folder / "article.md")
    return folder


@pytest.fixture()
def oxigraph_server(tmp_path):
    """`oxigraph serve` (the PyPI `oxigraph` package) with the union default graph; yields its query URL."""
    with servers.oxigraph(tmp_path / "server-db") as url:
        yield url


@pytest.fixture()
def oxigraph_server_no_union(tmp_path):
    """`oxigraph serve` without --union-default-graph: the default graph is a graph of its own."""
    with servers.oxigraph(tmp_path / "server-db", union=False) as url:
        yield url


@pytest.fixture(scope="session")
def virtuoso_session(tmp_path_factory):
    if not servers.virtuoso_installed():
        reason = "Virtuoso is not installed (apt-get install virtuoso-opensource; .ci/run installs it)"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    with servers.virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


@pytest.fixture()
def virtuoso_server(virtuoso_session):
    """Virtuoso 7 from Debian, headless on free ports (one for the session), without the project's graphs
    at the start of each test; yields a `tests.store.servers.Virtuoso` (url, auth_url, user, password)."""
    virtuoso_session.clear()
    yield virtuoso_session
