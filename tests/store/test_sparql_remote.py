"""The remote store against a real Oxigraph server (from PyPI), started on free loopback ports, alone or
behind a gate (tests.store.servers.Gate) that asks for Basic credentials, refuses large bodies or fails."""
from __future__ import annotations

import os

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.errors import KGError, QueryError
from kg.graph.namespaces import AIP, AIPR
from kg.graph.query_library import bindings
from kg.store import open_store
from kg.store.build import build
from kg.store.partition import write_order
from kg.store.remote_graphs import page_query, read_all
from tests.store.servers import Gate

SECRET = "s3cret-Pa55"


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch, tmp_path):
    """No KG_SPARQL_* from the machine, and a home without ~/.netrc."""
    monkeypatch.delenv("KG_SPARQL_USER", raising=False)
    monkeypatch.delenv("KG_SPARQL_PASSWORD", raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


def base(url: str) -> str:
    return url.rsplit("/", 1)[0]


def test_sparql_remote_build_query_rebuild_remove(oxigraph_server, corpus):
    store = open_store(f"sparql:{oxigraph_server}")
    first = build([corpus], store)
    assert first.added == 2
    triples = store.triples()
    assert build([corpus], store).added == 0 and store.triples() == triples
    q = "SELECT ?e WHERE { ?e rdfs:label ?name }"
    assert store.query(q, bindings({"name": "Anthropic"})).rows
    assert not store.query(q, bindings({"name": 'x" } } ; DROP ALL ; { {'})).rows
    assert store.triples() == triples
    with pytest.raises(QueryError):
        store.query("CLEAR ALL")
    seed = next(d for d in store.documents() if d.source.endswith("seed.txt"))
    assert store.remove_document(URIRef(seed.iri))
    assert len(store.documents()) == 1 and store.triples() < triples
    assert len(Graph().parse(data=store.dump("turtle"), format="turtle")) == store.triples()


def test_sparql_remote_unreachable_endpoint_is_one_clear_error():
    from tests.browser import free_port

    store = open_store(f"sparql:http://127.0.0.1:{free_port()}/query")
    with pytest.raises(KGError) as info:
        store.documents()
    assert info.value.code == "E605" and "is the endpoint running" in str(info.value)


def test_default_graph_without_the_named_graphs_is_a_clear_error(oxigraph_server_no_union, corpus):
    """An Oxigraph server without --union-default-graph took the writes but shows none of them to queries:
    the build says so (E624) instead of exiting 0, and a rebuild does not add everything again."""
    store = open_store(f"sparql:{oxigraph_server_no_union}")
    with pytest.raises(KGError) as info:
        build([corpus], store)
    assert info.value.code == "E624" and "--union-default-graph" in str(info.value)
    assert len(store.documents()) == 2  # written, into named graphs
    assert build([corpus], open_store(f"sparql:{oxigraph_server_no_union}")).added == 0
    with pytest.raises(KGError, match="E624"):
        open_store(f"sparql:{oxigraph_server_no_union}").query("SELECT * WHERE { ?s ?p ?o } LIMIT 1")


def test_basic_auth_from_the_environment_or_netrc_never_shown(oxigraph_server, seed_build, monkeypatch,
                                                              no_credentials):
    with Gate(base(oxigraph_server), user="kg", password=SECRET) as gate:
        spec = f"sparql:{gate.url()}"
        with pytest.raises(KGError) as none:
            open_store(spec).documents()
        assert none.value.code == "E622" and "KG_SPARQL_USER" in str(none.value)

        monkeypatch.setenv("KG_SPARQL_USER", "kg")
        monkeypatch.setenv("KG_SPARQL_PASSWORD", "wrong-" + SECRET)
        with pytest.raises(KGError) as wrong:
            open_store(spec).documents()
        assert wrong.value.code == "E623" and SECRET not in str(wrong.value)

        monkeypatch.setenv("KG_SPARQL_PASSWORD", SECRET)
        store = open_store(spec)
        assert store.add(seed_build.graph) > 0 and len(store.documents()) == 1

        monkeypatch.delenv("KG_SPARQL_USER")
        monkeypatch.delenv("KG_SPARQL_PASSWORD")
        netrc = no_credentials / ".netrc"
        netrc.write_text(f"machine 127.0.0.1 login kg password {SECRET}\n", encoding="utf-8")
        os.chmod(netrc, 0o600)
        assert open_store(spec).triples() == store.triples()

        with pytest.raises(KGError) as in_url:
            open_store(f"sparql:http://kg:{SECRET}@{gate.url()[len('http://'):]}")
        assert in_url.value.code == "E621" and SECRET not in str(in_url.value)


def test_updates_are_chunked_and_shrink_when_refused_as_too_large(oxigraph_server, seed_build):
    with Gate(base(oxigraph_server), max_body=15_000) as gate:  # under a first chunk of 200 triples of the seeds
        store = open_store(f"sparql:{gate.url()}")
        assert store.chunk_triples >= 200
        written = store.add(seed_build.graph)
        assert gate.refused >= 1 and store.chunk_triples < 200  # shrunk
        # kept small for later writes: each update of the next write holds at most the shrunk chunk (the first
        # write's count depends on where in the graph the refusals fell)
        chunk, before = store.chunk_triples, gate.updates
        assert store.add(seed_build.graph) == written
        assert gate.updates - before >= written / chunk
    assert set(open_store(f"sparql:{oxigraph_server}").graph()) == set(seed_build.graph)


def test_an_update_too_large_at_one_triple_is_a_clear_error(oxigraph_server, seed_build):
    with Gate(base(oxigraph_server), max_body=100) as gate:
        with pytest.raises(KGError) as info:
            open_store(f"sparql:{gate.url()}").add(seed_build.graph)
    assert info.value.code == "E625"


def test_a_write_cut_short_leaves_no_document_a_rebuild_would_skip(oxigraph_server, seed_build):
    quads = write_order(seed_build.graph)
    assert all(q[1] == AIP.sha256 for q in quads[-1:]) and quads[0][3] == AIPR["graph/entities"]
    with Gate(base(oxigraph_server), updates_ok=2) as gate:
        store = open_store(f"sparql:{gate.url()}")
        store.chunk_triples = 50
        with pytest.raises(KGError):
            store.add(seed_build.graph)
    store = open_store(f"sparql:{oxigraph_server}")
    assert store.triples() > 0 and store.documents() == []  # half written, and not taken as stored
    store.add(seed_build.graph)
    assert set(store.graph()) == set(seed_build.graph)


def test_paging_reads_every_row_past_a_row_cap():
    rows = [[Literal(i)] for i in range(23)]
    asked: list[str] = []

    def capped_at_7(text: str) -> list:
        asked.append(text)
        if "COUNT(*)" in text:
            return [[Literal(len(rows))]]
        offset = int(text.split("OFFSET ")[1].split()[0])
        return rows[offset:offset + 7]

    assert read_all(capped_at_7, "test", ("SELECT ?x WHERE { ?x ?p ?o }", "?x", "?x"), "export") == rows
    assert "LIMIT 7" in asked[-1]  # the cap was found and paged at
    with pytest.raises(KGError, match="E626"):
        read_all(lambda text: [[Literal(5)]] if "COUNT" in text else [], "test", ("SELECT ?x {}", "?x", "?x"), "export")


def test_reads_see_only_the_projects_graphs(oxigraph_server, seed_build):
    store = open_store(f"sparql:{oxigraph_server}")
    store.add(seed_build.graph)
    store.update("INSERT DATA { GRAPH <http://example.org/system> { <http://example.org/x> a "
                 "<https://w3id.org/aipolicy-kg/ontology#Document> ; <https://w3id.org/aipolicy-kg/ontology#sha256> 'x' ;"
                 " <http://example.org/p> 1 } }")
    assert store.triples() == len(seed_build.graph)
    assert set(store.graph()) == set(seed_build.graph)
    assert [d.sha256 for d in store.documents()] == [str(seed_build.graph.value(
        next(seed_build.graph.subjects(RDF.type, AIP.Document)), AIP.sha256))]


def test_a_query_cut_at_the_servers_cap_is_paged_in_one_order():
    rows = [[Literal(i)] for i in range(12)]
    sent: list[str] = []

    def capped_at_5(text: str) -> list:
        sent.append(text)
        offset = int(text.split("OFFSET ")[1].split()[0])
        return rows[offset:offset + 5]

    text = "PREFIX aip: <https://w3id.org/aipolicy-kg/ontology#>\n# a comment\nSELECT ?x WHERE { ?x ?p ?o }"
    assert page_query(capped_at_5, text, ["x"], 5, 100) == (rows, False)
    assert sent[0].startswith("PREFIX aip:") and "ORDER BY ?x" in sent[0]  # no order of its own: one is given
    assert page_query(capped_at_5, text + " ORDER BY DESC(?x)", ["x"], 5, 7) == (rows[:7], True)
    assert "ORDER BY ?x" not in sent[-1]
    assert page_query(capped_at_5, "ASK { ?s ?p ?o }", ["x"], 5, 7) is None
