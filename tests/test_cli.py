from __future__ import annotations

import json

import pytest
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.export import read_graph
from tests.conftest import DATA, SEED_ARTICLE

runner = CliRunner()


def kg(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def test_cli_build_writes_graph_and_summary(tmp_path):
    out = tmp_path / "g.ttl"
    r = kg("build", SEED_ARTICLE, "-o", out)
    assert r.exit_code == 0, r.output
    assert "documents built" in r.stdout and "Actions by type" in r.stdout
    assert len(read_graph(out)) > 50


def test_cli_build_reports_bad_inputs_and_builds_the_rest(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9\n\nThe FTC".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Title\n\nThe FTC fined OpenAI.", encoding="utf-8")
    out = tmp_path / "g.ttl"
    r = kg("build", tmp_path, tmp_path / "nope.txt", "-o", out, "-q")
    assert r.exit_code == 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 3
    assert any("empty.txt" in ln and "empty" in ln for ln in lines)
    assert any("latin1.txt" in ln and "UTF-8" in ln for ln in lines)
    assert any("nope.txt" in ln and "no such file" in ln for ln in lines)
    assert out.exists()


def test_cli_build_exits_1_when_nothing_built_and_keeps_previous_output(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "g.ttl"
    out.write_text("previous", encoding="utf-8")
    r = kg("build", tmp_path / "empty.txt", "-o", out)
    assert r.exit_code == 1
    assert "nothing written" in r.stderr
    assert out.read_text(encoding="utf-8") == "previous"


@pytest.mark.parametrize("fmt, suffix", [("nt", ".nt"), ("jsonld", ".jsonld")])
def test_cli_build_formats_are_the_same_graph(tmp_path, fmt, suffix):
    a, b = tmp_path / "a.ttl", tmp_path / f"b{suffix}"
    assert kg("build", DATA / "article.md", "-o", a, "-q").exit_code == 0
    assert kg("build", DATA / "article.md", "-o", b, "--format", fmt, "-q").exit_code == 0
    assert isomorphic(read_graph(a), read_graph(b))


def test_cli_build_missing_output_folder_is_one_line(tmp_path):
    r = kg("build", DATA / "article.md", "-o", tmp_path / "no" / "g.ttl", "-q")
    assert r.exit_code == 1 and r.stderr.count("\n") == 1 and "does not exist" in r.stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("q") / "seed.ttl"
    assert kg("build", SEED_ARTICLE, "-o", out, "-q").exit_code == 0
    return out


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_cli_query_formats(built, fmt):
    r = kg("query", built, "SELECT ?l WHERE { ?e a aip:Company ; rdfs:label ?l }", "--format", fmt)
    assert r.exit_code == 0, r.output
    assert "Anthropic" in r.stdout
    if fmt == "json":
        assert json.loads(r.stdout)["head"]["vars"] == ["l"]


@pytest.mark.parametrize("query, code", [("SELECT ?x WHERE { ?x ?y }", "E502"), ("DROP ALL", "E503"), ("missing.rq", "E501")])
def test_cli_query_errors_are_one_line(built, query, code):
    r = kg("query", built, query)
    assert r.exit_code == 1
    assert r.stderr.count("\n") == 1 and code in r.stderr


def test_cli_validate_and_stats(built, tmp_path):
    r = kg("validate", built)
    assert r.exit_code == 0 and "conforms" in r.stdout
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix aip: <https://w3id.org/aipolicy-kg/ontology#> .\n<urn:x> a aip:Action .\n", encoding="utf-8")
    r = kg("validate", bad)
    assert r.exit_code == 1 and "does not conform" in r.stderr
    r = kg("stats", built)
    assert r.exit_code == 0 and "Entities by class" in r.stdout


def test_cli_help_teaches():
    r = kg("build", "--help")
    assert r.exit_code == 0 and "Example" in r.stdout and "--output" in r.stdout
