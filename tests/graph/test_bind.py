"""Bound values written as text (for remote endpoints, and Oxigraph where it cannot substitute) read back
as exactly the value bound, by rdflib's parser and by pyoxigraph's, and can never change the query
(issue 12, item 3)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import QueryError
from kg.graph.bind import literal_text, main_group, with_values
from kg.graph.query import prepare
from kg.graph.service import services

EMPTY = Graph()
PROBE = "SELECT ?v WHERE { }"
INJECTIONS = ['} SERVICE <http://evil.example/> { ?q ?w ?e } #', '" } SERVICE <http://evil.example/> { } #',
              "\\\" } SERVICE <http://evil.example/> { } #", "\n\\\"\"\"} SERVICE <http://evil.example/> {",
              "\\u0022 } SERVICE <http://evil.example/> { } #", "\\U00000022 } SERVICE <http://evil.example/> {",
              "\\\\u0022 } SERVICE ?x { } #", "'''\"\"\"> } SERVICE <http://evil.example/> {"]
LANGS = st.one_of(st.sampled_from(["en", "en-GB", "de-CH-1996", "zh-Hant-TW", "x-private"]),
                  st.from_regex(r"\A[a-zA-Z]{2,3}(-[a-zA-Z]{2})?\Z"))  # tags Oxigraph also takes (BCP 47)
LITERALS = st.one_of(
    st.builds(Literal, st.text()),
    st.builds(lambda v, lang: Literal(v, lang=lang), st.text(), LANGS),
    st.builds(lambda v: Literal(v, datatype=URIRef("http://example.org/datatype")), st.text()),
)
TEXTS = st.one_of(st.text(), st.sampled_from(INJECTIONS),
                  st.builds(lambda a, i, b: a + i + b, st.text(max_size=5), st.sampled_from(INJECTIONS), st.text(max_size=5)))


def read_back_rdflib(query: str) -> list:
    return [row[0] for row in EMPTY.query(query)]


def read_back_oxigraph(query: str) -> list:
    return [s["v"] for s in ox.Store().query(query)]


def same_literal(ox_term: ox.Literal, lit: Literal) -> bool:
    if lit.language:
        return ox_term.value == str(lit) and (ox_term.language or "").lower() == lit.language.lower()
    want = str(lit.datatype) if lit.datatype else "http://www.w3.org/2001/XMLSchema#string"
    return ox_term.value == str(lit) and ox_term.datatype.value == want


@settings(max_examples=200)
@given(LITERALS)
def test_bind_literal_reads_back_exactly_in_rdflib_and_oxigraph(lit):
    query = with_values(PROBE, {"v": lit})
    assert read_back_rdflib(query) == [lit]
    got = read_back_oxigraph(query)
    assert len(got) == 1 and same_literal(got[0], lit)


@settings(max_examples=200)
@given(TEXTS)
def test_bind_injected_text_never_changes_the_query(text):
    query = with_values("SELECT ?v WHERE { ?s ?p ?o }", {"v": Literal(text)})
    assert not list(services(prepare(query).algebra))
    assert read_back_rdflib(with_values(PROBE, {"v": Literal(text)})) == [Literal(text)]
    assert [t.value for t in read_back_oxigraph(with_values(PROBE, {"v": Literal(text)}))] == [text]


@pytest.mark.parametrize("text", INJECTIONS)
def test_bind_known_injections_stay_one_literal(text):
    query = with_values(PROBE, {"v": Literal(text)})
    assert read_back_rdflib(query) == [Literal(text)]
    assert [t.value for t in read_back_oxigraph(query)] == [text]


@pytest.mark.parametrize("value", [
    "a\\", "\\u0041", "\\U0001F600", "\\\\u0041", "x\\uABCD1234", "\x00\x01\x7f", "\r\n\t\b\f", "'\"", "\ufffe\U0010ffff",
])
def test_bind_escapes_read_back_in_both_parsers(value):
    query = with_values(PROBE, {"v": Literal(value)})
    assert read_back_rdflib(query) == [Literal(value)]
    assert [t.value for t in read_back_oxigraph(query)] == [value]


def test_bind_literal_text_escapes_what_could_end_the_string():
    text = literal_text('a"b\\c\nd')
    assert text == '"a\\"b\\\\c\\nd"'
    assert "\n" not in literal_text("x\ny\rz")


@pytest.mark.parametrize("term", [URIRef("http://x/> } SERVICE <http://evil.example/"), URIRef("http://x/a b"),
                                  URIRef("http://x/\\u003E"), BNode("b0")])
def test_bind_terms_that_cannot_be_written_are_refused(term):
    with pytest.raises(QueryError) as info:
        with_values(PROBE, {"v": term})
    assert info.value.code == "E512"


def test_bind_iri_reads_back():
    iri = URIRef("https://w3id.org/aipolicy-kg/resource/entity/anthropic?x=1&y=é#f")
    query = with_values(PROBE, {"v": iri})
    assert read_back_rdflib(query) == [iri]
    assert read_back_oxigraph(query) == [ox.NamedNode(str(iri))]


GROUPS = [  # (query, form, what the bound ?name must select)
    ("SELECT ?s WHERE { ?s <urn:p> ?name }", "SelectQuery", ["urn:a"]),
    ("select ?s { ?s <urn:p> ?name }", "SelectQuery", ["urn:a"]),
    ("# WHERE { is in a comment\nSELECT ?s WHERE { ?s <urn:p> ?name FILTER(?name != 'WHERE {') }", "SelectQuery", ["urn:a"]),
    ("SELECT ?s (EXISTS { ?s ?p 'x' } AS ?e) WHERE { ?s <urn:p> ?name }", "SelectQuery", ["urn:a"]),
    ("SELECT ?s WHERE { SELECT ?s ?name WHERE { ?s <urn:p> ?name } }", "SelectQuery", ["urn:a"]),
    ("SELECT ?s WHERE { ?s <urn:p> ?o FILTER(?o = ?name) }", "SelectQuery", ["urn:a"]),
    ("SELECT ?s (COUNT(*) AS ?n) WHERE { ?s <urn:p> ?name } GROUP BY ?s", "SelectQuery", ["urn:a"]),
    ("CONSTRUCT { ?s <urn:q> '{' } WHERE { ?s <urn:p> ?name }", "ConstructQuery", ["urn:a"]),
    ("CONSTRUCT { ?s <urn:q> ?name } { ?s <urn:p> ?name }", "ConstructQuery", ["urn:a"]),
    ("CONSTRUCT WHERE { ?s <urn:p> ?name }", "ConstructQuery", ["urn:a"]),
]


@pytest.mark.parametrize("query, form, expected", GROUPS)
def test_bind_values_go_into_the_main_where_group(query, form, expected):
    store = ox.Store()
    for s, o in (("urn:a", "A"), ("urn:b", "B")):
        store.add(ox.Quad(ox.NamedNode(s), ox.NamedNode("urn:p"), ox.Literal(o)))
    sent = with_values(query, {"name": Literal("A")}, form)
    assert prepare(sent).algebra.name == form  # rdflib reads it as the same form
    res = store.query(sent)
    subjects = {s["s"].value for s in res} if form == "SelectQuery" else {t.subject.value for t in res}
    assert sorted(subjects) == expected


def test_bind_describe_without_where_is_refused():
    assert main_group("DESCRIBE <urn:a>", "DescribeQuery") is None
    with pytest.raises(QueryError) as info:
        with_values("DESCRIBE <urn:a>", {"name": Literal("A")}, "DescribeQuery")
    assert info.value.code == "E508"


def test_bind_bad_variable_name_is_refused():
    with pytest.raises(QueryError) as info:
        with_values(PROBE, {"v } SERVICE": Literal("x")})
    assert info.value.code == "E515"
