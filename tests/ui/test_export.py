from __future__ import annotations

from rdflib import Graph
from rdflib.compare import isomorphic

from kg.graph.validate import validate
from kg.ui.export import DOWNLOADS, download, subgraph
from kg.ui.filters import Filters, apply_filters


def test_export_subgraph_is_part_of_the_graph_and_meets_the_shapes(seed_model, seed_store):
    view = apply_filters(seed_model, Filters(search="Anthropic"))
    sub = subgraph(seed_store.graph(), view)
    whole = seed_store.graph()
    assert 0 < len(sub) < len(whole)
    assert all(t in whole for t in sub)
    assert validate(sub).conforms


def test_export_every_download_format_parses_back(seed_model, seed_store):
    sub = subgraph(seed_store.graph(), apply_filters(seed_model, Filters(classes={"Company"})))
    assert {"Turtle", "N-Triples", "JSON-LD", "RDF/XML"} <= set(DOWNLOADS)
    for label, fmt in DOWNLOADS.items():
        data, suffix, mime = download(sub, label)
        assert "." + suffix in fmt.suffixes and mime == fmt.media_type
        back = Graph().parse(data=data, format=fmt.rdflib)
        assert isomorphic(back, sub), label
