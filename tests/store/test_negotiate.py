"""Content negotiation (RFC 9110, 12.5.1) as `kg serve` does it: q-values, the most specific range wins,
q=0 refuses, the server's order breaks ties, a `format` parameter overrides, 406 (E521) when nothing fits."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import KGError
from kg.store.negotiate import GRAPH_OFFERS, RESULT_OFFERS, best, choose, parse_accept, quality

RANGES = ["*/*", "text/*", "application/*", *RESULT_OFFERS, *GRAPH_OFFERS, "image/png"]


def test_parse_accept_reads_q_values_and_skips_junk():
    ranges = parse_accept("text/csv;q=0.5, application/json ; charset=utf-8, junk, text/tsv;q=x, */*;q=2")
    assert [(r.type, r.subtype, r.q) for r in ranges] == [
        ("text", "csv", 0.5), ("application", "json", 1.0), ("text", "tsv", 0.0), ("*", "*", 1.0)]


@pytest.mark.parametrize("accept, offers, chosen", [
    ("text/csv;q=0.5, text/tab-separated-values", RESULT_OFFERS, "text/tab-separated-values"),
    ("text/*;q=0.9, text/csv;q=0.1", RESULT_OFFERS, "text/tab-separated-values"),  # the specific range wins for csv
    ("*/*", RESULT_OFFERS, RESULT_OFFERS[0]),
    ("", GRAPH_OFFERS, "text/turtle"),
    ("application/rdf+xml, text/turtle", GRAPH_OFFERS, "text/turtle"),  # equal q: the server's order
    ("application/n-triples;q=0.3, */*;q=0.2", GRAPH_OFFERS, "application/n-triples"),
    ("text/turtle;q=0, */*", GRAPH_OFFERS, "application/n-triples"),
    ("image/png", RESULT_OFFERS, None),
    ("application/sparql-results+json;q=0", RESULT_OFFERS, None),
])
def test_best(accept, offers, chosen):
    assert best(accept, offers) == chosen


@given(st.lists(st.tuples(st.sampled_from(RANGES), st.sampled_from([0, 0.1, 0.5, 0.9, 1])), max_size=6),
       st.sampled_from([RESULT_OFFERS, GRAPH_OFFERS]))
def test_the_chosen_offer_has_the_highest_quality(ranges, offers):
    header = ", ".join(f"{m};q={q}" for m, q in ranges)
    chosen = best(header, offers)
    parsed = parse_accept(header)
    top = max((quality(parsed, o) for o in offers), default=0)
    if not ranges:
        assert chosen == offers[0]
    elif top == 0:
        assert chosen is None
    else:
        assert chosen in offers and quality(parsed, chosen) == top
        assert all(quality(parsed, o) < top for o in offers[:offers.index(chosen)])


def test_a_format_parameter_wins_and_nothing_fitting_is_e521():
    assert choose(RESULT_OFFERS, "text/csv", ["tsv"]) == "text/tab-separated-values"
    assert choose(GRAPH_OFFERS, "text/turtle", ["json-ld", "application/ld+json"], graph=True) == "application/ld+json"
    assert choose(GRAPH_OFFERS, None, ["xml"], graph=True) == "application/rdf+xml"  # SPARQLWrapper's XML
    assert choose(GRAPH_OFFERS, None, ["n3"], graph=True) == "text/turtle"
    assert choose(RESULT_OFFERS, "text/csv", ["no-such-format"]) == "text/csv"  # unknown: the Accept header
    with pytest.raises(KGError) as info:
        choose(RESULT_OFFERS, "text/turtle", ["turtle"], "query results")
    assert info.value.code == "E521" and "text/csv" in str(info.value)
