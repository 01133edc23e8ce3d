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


WORDS = st.text(alphabet="abcdefghij -", min_size=1, max_size=40)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=MAX_SLUG + 1, max_size=200), WORDS, WORDS)
def test_mint_long_names_that_differ_only_after_the_cut_keep_distinct_slugs(prefix, a, b):
    """Two long names alike up to the cut (and past it) differ in their slugs, by the hash of the whole name."""
    if a != b:
        assert slug(prefix + a) != slug(prefix + b)
        assert slug(prefix + a).startswith(prefix[:MAX_SLUG])


@pytest.mark.parametrize("a, b", [
    ("x" * MAX_SLUG + "a", "x" * MAX_SLUG + "b"),
    ("Executive Order on " + "the Safe and Secure Development " * 4 + "of AI",
     "Executive Order on " + "the Safe and Secure Development " * 4 + "of Robots"),
    ("!!!", "???"),  # no letter or digit: the slug is the hash alone
])
def test_mint_names_cut_or_without_letters_keep_distinct_slugs(a, b):
    assert slug(a) != slug(b)
    assert slug(a) == slug(a) and entity_iri(a) != entity_iri(b)


def test_mint_short_names_keep_their_readable_slug():
    assert slug("Anthropic PBC") == "anthropic-pbc" and slug("Société Générale") == "société-générale"
    assert slug("a" * MAX_SLUG) == "a" * MAX_SLUG  # at the limit: no hash


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
