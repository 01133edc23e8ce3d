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


def test_export_view_as_graphml_and_gexf_opens_in_networkx(seed_model, tmp_path):
    import networkx as nx

    from kg.ui.export import NETWORK_FORMATS, network_download

    view = apply_filters(seed_model, Filters())
    for fmt in NETWORK_FORMATS:
        data, suffix, _ = network_download(view, seed_model.label, fmt)
        path = tmp_path / f"view.{suffix}"
        path.write_bytes(data)
        g = nx.read_graphml(path) if fmt == "GraphML" else nx.read_gexf(path)
        assert g.number_of_nodes() == len(view.entities) and g.number_of_edges() == len(view.edges), fmt
        some = next(iter(g.edges(data=True)))[2]
        assert some["kinds"] and int(some["reports"]) >= 1
        labels = {d.get("label") for _, d in g.nodes(data=True)}
        assert "Anthropic" in labels, fmt
