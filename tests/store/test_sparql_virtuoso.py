"""The remote store against a real Virtuoso 7 (Debian's virtuoso-opensource), started headless by the
`virtuoso_server` fixture: system graphs never counted or exported, Digest authentication on /sparql-auth,
reads paged past the 10,000-row cap, and updates that shrink when Virtuoso's parser refuses one."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from kg.errors import KGError
from kg.graph.namespaces import AIP, AIPR, new_graph
from kg.store import open_store
from kg.store.build import build

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch, tmp_path):
    monkeypatch.delenv("KG_SPARQL_USER", raising=False)
    monkeypatch.delenv("KG_SPARQL_PASSWORD", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))


def big_document(n: int):
    """One document that mentions `n` entities: n + 2 triples in one document graph."""
    g = new_graph()
    doc = AIPR["doc/0123456789abcdef0123"]
    g.add((doc, RDF.type, AIP.Document))
    g.add((doc, AIP.sha256, Literal("0123456789abcdef0123" + "0" * 44)))
    for i in range(n):
        g.add((doc, AIP.mentions, AIPR[f"entity/e{i}"]))
    return g


def test_virtuoso_build_counts_and_exports_only_the_projects_graphs(virtuoso_server, corpus, tmp_path):
    store = open_store(f"sparql:{virtuoso_server.url}")
    assert store.triples() == 0  # Virtuoso's own graphs (thousands of triples) are not the project's
    result = build([corpus], store)
    assert result.added == 2
    reference = build([corpus], open_store(tmp_path / "ref.ttl", create=True))
    expected = set(open_store(tmp_path / "ref.ttl").graph())
    assert reference.added == 2 and store.triples() == len(expected)
    assert set(store.graph()) == expected
    assert build([corpus], store).added == 0 and store.triples() == len(expected)
    assert store.query("ASK { ?d a aip:Document }").boolean is True  # Virtuoso answers ASK as a table
    assert store.query("ASK { ?d a aip:Nothing }").boolean is False
    seed = next(d for d in store.documents() if d.source.endswith("seed.txt"))
    assert store.remove_document(URIRef(seed.iri)) and len(store.documents()) == 1


def test_virtuoso_reads_page_past_its_row_cap(virtuoso_server):
    store = open_store(f"sparql:{virtuoso_server.url}")
    g = big_document(12_000)
    store.add(g)
    assert store.triples() == len(g) > 10_000
    assert set(store.graph()) == set(g)  # the export is whole, past the 10,000 rows Virtuoso sends at once
    everything = store.query("SELECT ?e WHERE { ?d aip:mentions ?e }", limit=None)  # a query's answer is paged too
    assert not everything.truncated and {r[0] for r in everything.rows} == set(g.objects(None, AIP.mentions))
    ordered = store.query("# mentions\nPREFIX x: <http://example.org/>\nSELECT ?e ?d WHERE { ?d aip:mentions ?e } "
                          "ORDER BY DESC(?e)", limit=11_000)
    assert ordered.truncated and len(ordered.rows) == 11_000
    assert [r[0] for r in ordered.rows] == sorted(g.objects(None, AIP.mentions), reverse=True)[:11_000]


def test_virtuoso_update_refused_as_too_large_is_halved(virtuoso_server):
    store = open_store(f"sparql:{virtuoso_server.url}")
    store.chunk_triples, store.chunk_bytes = 12_000, 10**9  # one update: Virtuoso's parser refuses it (SP030)
    g = big_document(8_000)
    assert store.add(g) == len(g)
    assert store.chunk_triples < 8_000 and store.triples() == len(g)


def test_virtuoso_digest_authentication(virtuoso_server, seed_build, monkeypatch):
    spec = f"sparql:{virtuoso_server.auth_url}"
    with pytest.raises(KGError) as none:
        open_store(spec).documents()
    assert none.value.code == "E622"
    monkeypatch.setenv("KG_SPARQL_USER", virtuoso_server.user)
    monkeypatch.setenv("KG_SPARQL_PASSWORD", "not-" + virtuoso_server.password)
    with pytest.raises(KGError) as wrong:
        open_store(spec).documents()
    assert wrong.value.code == "E623" and virtuoso_server.password not in str(wrong.value)
    monkeypatch.setenv("KG_SPARQL_PASSWORD", virtuoso_server.password)
    store = open_store(spec)
    store.add(seed_build.graph)
    assert set(store.graph()) == set(seed_build.graph)


def test_virtuoso_without_update_rights_says_how_to_grant_them(virtuoso_server, seed_build):
    virtuoso_server.isql('REVOKE SPARQL_UPDATE FROM "SPARQL";')
    try:
        with pytest.raises(KGError) as info:
            open_store(f"sparql:{virtuoso_server.url}").add(seed_build.graph)
    finally:
        virtuoso_server.isql('GRANT SPARQL_UPDATE TO "SPARQL";')
    assert info.value.code == "E627" and "GRANT SPARQL_UPDATE" in str(info.value)
