from __future__ import annotations

import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal
from rdflib.namespace import RDFS

from kg.graph.mint import MAX_SLUG, entity_iri, slug

NAMES = st.text(min_size=0, max_size=300)


@given(NAMES)
def test_mint_slug_is_stable_and_iri_safe(name):
    s = slug(name)
    assert s == slug(name)
    assert s and len(s) <= MAX_SLUG + 12
    assert not any(ch in s for ch in ' <>"{}|\\^`/#?%') and not any(ord(ch) < 33 for ch in s)


@given(st.text(min_size=1, max_size=300), st.text(min_size=1, max_size=300))
def test_mint_long_names_keep_distinct_slugs(a, b):
    if a != b and len(slug(a)) > MAX_SLUG and slug(a) == slug(b):
        raise AssertionError("distinct long names share a slug")


@settings(max_examples=80, deadline=None)
@given(NAMES)
def test_mint_iri_round_trips_through_turtle_and_ntriples(name):
    g = Graph()
    iri = entity_iri(name)
    g.add((iri, RDFS.label, Literal(name)))
    for fmt in ("turtle", "nt", "json-ld"):
        back = Graph().parse(data=g.serialize(format=fmt), format=fmt)
        assert set(back) == set(g)


@pytest.mark.parametrize("name", ["Anthropic", "Société Générale", "字节跳动", "O'Reilly \"Media\"", "a/b\\c d", "🤖 bot", "x" * 500])
def test_mint_iri_parses_in_rapper_and_oxigraph(tmp_path, name):
    g = Graph()
    g.add((entity_iri(name), RDFS.label, Literal(name + "\n\"quoted\" \\ back")))
    p = tmp_path / "g.ttl"
    p.write_text(g.serialize(format="turtle"), encoding="utf-8")
    pyoxigraph = pytest.importorskip("pyoxigraph")
    store = pyoxigraph.Store()
    store.load(path=str(p), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == 1
    if shutil.which("rapper"):
        out = subprocess.run(["rapper", "-i", "turtle", "-c", str(p)], capture_output=True, text=True)
        assert out.returncode == 0 and "returned 1 triple" in out.stderr
