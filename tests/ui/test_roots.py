"""The app's store box: graph files and stores under the data roots, sparql: endpoints on the allow-list,
the operator's own store; everything else refused in one coded line."""
from __future__ import annotations

import os

import pytest

from kg.errors import KGError
from kg.ui.roots import Access, check_store


@pytest.fixture()
def access(tmp_path) -> Access:
    (tmp_path / "data").mkdir()
    return Access.from_env({"KG_DATA_DIRS": str(tmp_path / "data"), "KG_SPARQL_ALLOW": "http://127.0.0.1:7878/query",
                            "KG_STORE": "/srv/kg/main.ttl"})


@pytest.mark.parametrize("spec", ["memory", "data/g.ttl", "file:data/sub/g.nt", "data/g.jsonld", "oxigraph:data/db",
                                  "sparql:http://127.0.0.1:7878/query", " /srv/kg/main.ttl "])
def test_roots_allowed(access, tmp_path, monkeypatch, spec):
    monkeypatch.chdir(tmp_path)
    assert check_store(spec, access) == spec.strip()


@pytest.mark.parametrize("spec, code", [
    ("/etc/passwd.ttl", "E803"), ("data/../evil.ttl", "E803"), ("oxigraph:/tmp/db", "E803"), ("oxigraph:", "E601"),
    ("data/link/x.ttl", "E803"), ("data/notes.txt", "E405"), ("/etc/passwd", "E405"), ("file:", "E601"),
    ("oxigrph:data/db", "E611"),
    ("sparql:http://169.254.169.254/latest", "E801"),
    ("sparql:http://127.0.0.1:7878/query,http://evil.example/update", "E801"),
])
def test_roots_refused(access, tmp_path, monkeypatch, spec, code):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data" / "link").symlink_to(tmp_path, target_is_directory=True)  # a way out of the root
    with pytest.raises(KGError) as info:
        check_store(spec, access)
    assert info.value.code == code and "\n" not in str(info.value)
    assert {"E803": "KG_DATA_DIRS", "E801": "KG_SPARQL_ALLOW", "E611": "oxigraph:PATH"}.get(code, "graph file") in str(info.value)


def test_roots_default_is_the_working_directory_and_no_endpoint(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    access = Access.from_env({})
    assert access.roots == (tmp_path.resolve(),) and not access.sparql and access.configured is None
    assert check_store("g.ttl", access) == "g.ttl"
    with pytest.raises(KGError):
        check_store("sparql:http://127.0.0.1:7878/query", access)


def test_roots_several_folders(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    access = Access.from_env({"KG_DATA_DIRS": os.pathsep.join([str(a), str(b)])})
    assert check_store(str(b / "g.ttl"), access) and check_store(f"oxigraph:{a / 'db'}", access)
