from __future__ import annotations

import re

from kg.ui.filters import UNKNOWN, Filters, apply_filters
from kg.ui.netview import VIS, sources
from kg.ui.network import GROUP, GROUP_AT, MAX_SIZE, REPORTS_PER_TOOLTIP, drawing, layout
from tests.ui.graphs import HOSTILE


def test_network_one_edge_per_ordered_pair_labelled_with_kinds(seed_model):
    d = drawing(apply_filters(seed_model, Filters()), seed_model)
    pairs = [(e["from"], e["to"]) for e in d.edges]
    assert len(pairs) == len(set(pairs)) and set(d.by_id) == {e["id"] for e in d.edges}
    for e in d.edges:
        edge = d.by_id[e["id"]]
        assert e["label"].split(" +")[0].split(", ")[0] == edge.kinds()[0]
        more = len(edge.items) > REPORTS_PER_TOOLTIP
        assert len(e["title"].splitlines()) == 2 + min(len(edge.items), REPORTS_PER_TOOLTIP) + more  # a line each


def test_network_unknown_node_is_drawn_and_sizes_are_capped(seed_model):
    d = drawing(apply_filters(seed_model, Filters()), seed_model)
    unknown = [n for n in d.nodes if n["id"] == UNKNOWN]
    assert unknown and unknown[0]["label"] == "(unknown)"
    assert any(e["to"] == UNKNOWN for e in d.edges)
    assert all(n["size"] <= MAX_SIZE for n in d.nodes)


def test_network_layout_is_the_same_every_time(big_model):
    view = apply_filters(big_model, Filters(cap=120))
    first = drawing(view, big_model)
    again = drawing(apply_filters(big_model, Filters(cap=120)), big_model)
    assert [(n["id"], n["x"], n["y"]) for n in first.nodes] == [(n["id"], n["x"], n["y"]) for n in again.nodes]
    pos = layout(["a", "b", "c"], [("a", "b")])
    assert pos == layout(["c", "b", "a"], [("a", "b")]) and len(set(pos.values())) == 3


def test_network_large_views_are_grouped_until_expanded(big_model):
    view = apply_filters(big_model, Filters(cap=10_000))
    assert len(view.entities) > GROUP_AT
    d = drawing(view, big_model)
    groups = [n for n in d.nodes if n["id"].startswith(GROUP)]
    assert groups and len(d.nodes) < 20 and sum(len(m) for m in d.groups.values()) > GROUP_AT
    opened = drawing(view, big_model, expanded={"Company"})
    assert f"{GROUP}Company" not in {n["id"] for n in opened.nodes} and len(opened.nodes) > len(d.nodes)
    by_community = drawing(view, big_model, group_by="community")
    assert any(n["id"].startswith(GROUP + "around ") for n in by_community.nodes)
    pairs = [(e["from"], e["to"]) for e in d.edges]
    assert len(pairs) == len(set(pairs))


def test_network_component_is_self_contained_and_keeps_hostile_labels_as_data(big_model):
    served = "/app/static/vis-network/vis-network.min.js"  # by the app's own server (server.enableStaticServing)
    assert (VIS / "vis-network.min.js").is_file()
    for url in (None, served):
        js, css = sources(url)
        assert "export default function" in js and "new vis.Network" in js
        assert not re.search(r"https?://(?!visjs\.github\.io|almende\.com|github\.com|www\.apache\.org|opensource\.org)"
                             r"[\w.-]+\.(com|org|net|io)/[\w./-]*\.(js|css)", js + css)  # nothing fetched from a CDN
        assert "sourceMappingURL" not in js and "\n" in css.strip()  # inline content, not a file path
        assert js.startswith("globalThis.kgVisUrl = ") == (url is not None) and "div.vis-tooltip" in css
    assert len(sources(served)[0]) < 10_000 < len(sources(None)[0])
    d = drawing(apply_filters(big_model, Filters(search="onerror", cap=50)), big_model)
    labels = [n.get("label") or n.get("hiddenLabel") for n in d.nodes]
    assert HOSTILE[0] in labels  # plain data: drawn on the canvas and shown in tooltips as text, never as HTML
