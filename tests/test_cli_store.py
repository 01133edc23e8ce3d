"""The store commands: build into a store, query it, export, remove; guards on queries."""
from __future__ import annotations

import shutil

import pytest

from rdflib import Graph

from kg.graph.export import read_graph
from tests.conftest import DATA, ROOT, SEED_ARTICLE
from tests.test_cli import kg


def test_cli_store_build_query_export_remove(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    shutil.copy(SEED_ARTICLE, news / "seed.txt")
    shutil.copy(DATA / "article.md", news / "article.md")
    store = f"oxigraph:{tmp_path / 'db'}"
    r = kg("build", news, "--store", store)
    assert r.exit_code == 0, r.output
    assert "documents added" in r.stdout
    r = kg("build", news, "--store", store, "-q")
    assert r.exit_code == 0
    r = kg("query", "--store", store, "SELECT (COUNT(*) AS ?n) WHERE { ?d a aip:Document }", "-f", "csv")
    assert r.stdout.splitlines()[1] == "2"
    r = kg("query", store, "SELECT ?l WHERE { ?e rdfs:label ?l }", "--limit", "3", "-f", "csv")
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 4 and "row cap of 3" in r.stderr
    r = kg("query", store, "DROP ALL")
    assert r.exit_code == 1 and "E503" in r.stderr
    out = tmp_path / "all.ttl"
    assert kg("export", "--store", store, "-o", out).exit_code == 0
    assert len(read_graph(out)) > 100
    assert kg("export", "--store", store, "-o", tmp_path / "all.trig").exit_code == 0
    r = kg("remove", str(news / "seed.txt"), "--store", store)
    assert r.exit_code == 0 and "removed" in r.stdout
    r = kg("remove", "nothing-here.txt", "--store", store)
    assert r.exit_code == 1 and "E610" in r.stderr
    r = kg("stats", "--store", store)
    assert r.exit_code == 0 and "Entities by class" in r.stdout


def test_cli_store_graph_file_store_is_incremental(tmp_path):
    target = tmp_path / "kg.ttl"
    assert kg("build", SEED_ARTICLE, "--store", target, "-q").exit_code == 0
    one = len(read_graph(target))
    assert kg("build", SEED_ARTICLE, DATA / "article.md", "--store", target, "-q").exit_code == 0
    two = read_graph(target)
    assert len(two) > one
    assert kg("build", SEED_ARTICLE, DATA / "article.md", "--store", target, "-q").exit_code == 0
    assert len(read_graph(target)) == len(two)


def test_cli_store_build_needs_a_destination(tmp_path):
    r = kg("build", SEED_ARTICLE)
    assert r.exit_code == 1 and "E607" in r.stderr and r.stderr.count("\n") == 1


@pytest.mark.slow
def test_cli_store_build_with_jobs(tmp_path):
    out = tmp_path / "g.ttl"
    r = kg("build", SEED_ARTICLE, DATA / "article.md", "-o", out, "--jobs", "2", "-q")
    assert r.exit_code == 0, r.output
    assert len(Graph().parse(out)) > 100


def test_cli_store_query_refuses_service_unless_allowed(tmp_path, seed_build):
    from kg.graph.export import write_graph
    from tests.listener import Listener

    graph = tmp_path / "seed.ttl"
    write_graph(seed_build.graph, graph)
    with Listener() as spy:
        query = f"SELECT ?x WHERE {{ SERVICE <{spy.url}> {{ ?x ?y ?z }} }}"
        r = kg("query", graph, query)
        assert r.exit_code == 1 and "E509" in r.stderr and "--allow-service" in r.stderr
        hostile = f"x\n\\\" }} SERVICE <{spy.url}> {{ ?q ?w ?e }} #"
        for store in (str(graph), f"oxigraph:{tmp_path / 'db'}"):
            if store.startswith("oxigraph:"):
                assert kg("build", SEED_ARTICLE, "--store", store, "-q").exit_code == 0
            r = kg("query", store, ROOT / "kg/graph/queries/restrictions-on-company.rq", "--bind", f"name={hostile}", "-f", "csv")
            assert r.exit_code == 0 and r.stdout.strip().count("\n") == 0  # the header only
        assert spy.requests == []
        r = kg("query", graph, query, "--allow-service", spy.host, "-f", "csv")
        assert r.exit_code == 0 and "from-the-listener" in r.stdout and spy.requests


@pytest.mark.parametrize("command", ["query", "serve"])
def test_cli_store_allow_service_is_in_help_and_readme(command):
    assert "--allow-service" in kg(command, "--help").stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Hostile inputs and queries", 1)[1]
    for name in ("--allow-service", "E509", "E510", "E511", "E512", "KG_QUERY_MEMORY_MB"):
        assert name in section
