"""Any text a document can carry survives every export: quotes, backslashes, newlines, control
characters and all of Unicode round-trip through Turtle, N-Triples and JSON-LD, and parse in Oxigraph."""
from __future__ import annotations

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from kg.graph.export import serialize
from kg.graph.namespaces import AIP, new_graph
from kg.ingest.guard import clean

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)
TRICKY = st.lists(st.sampled_from(['"', "'", "\\", "\n", "\r", "\t", "\x00", "\x07", "\x1b", "\x7f", '"""',
                                   "</script>", "\u2028", "é", "😀", "\ufffd"]) | TEXT, max_size=8).map("".join)
PARSE = {"turtle": ("turtle", ox.RdfFormat.TURTLE), "nt": ("nt", ox.RdfFormat.N_TRIPLES),
         "jsonld": ("json-ld", ox.RdfFormat.JSON_LD)}


@settings(max_examples=150, deadline=None)
@given(TRICKY)
def test_literals_round_trip_in_every_format(value):
    for text in (value, clean(value)):  # raw, and as ingestion lets it into a graph
        check_round_trip(text)


def check_round_trip(text: str) -> None:
    g = new_graph()
    g.add((URIRef("https://w3id.org/aipolicy-kg/resource/action/x"), AIP.evidence, Literal(text)))
    for fmt, (rdflib_name, ox_format) in PARSE.items():
        data = serialize(g, fmt)
        back = Graph().parse(data=data, format=rdflib_name)
        assert [str(o) for o in back.objects()] == [text], fmt
        quads = list(ox.parse(data, format=ox_format))
        assert [q.object.value for q in quads] == [text], fmt


@given(TEXT)
def test_literals_clean_leaves_no_control_or_surrogate(value):
    out = clean(value)
    assert all(ch in "\t\n\r" or not (ord(ch) < 32 or 127 <= ord(ch) < 160) for ch in out)


def test_literals_a_long_literal_ending_with_a_quote_after_a_backslash_round_trips():
    """rdflib left the last quote of a newline, a backslash and a quote unescaped (kg/graph/long_literals.py)."""
    for text in ('\n\\"', 'line\n"quoted"', '\n""', 'a\nb\\'):
        check_round_trip(text)
