"""A small corpus (folder of two articles), and a real Oxigraph server on a free loopback port."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.browser import free_port
from tests.conftest import DATA, SEED_ARTICLE


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
    exe = Path(sys.executable).with_name("oxigraph")
    if not exe.exists():
        exe = Path(shutil.which("oxigraph") or "oxigraph")
    port = free_port()
    proc = subprocess.Popen([str(exe), "serve", "--location", str(tmp_path / "server-db"), "--bind",
                             f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the Oxigraph server did not start") from None
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)
