"""A `View` as an interactive network: pyvis nodes and edges in a self-contained, script-safe HTML page."""
from __future__ import annotations

import json
import math
from functools import lru_cache
import re
from importlib.resources import files
from pathlib import Path

from pyvis.network import Network

from kg.ui.filters import Edge, View
from kg.ui.model import GraphModel

CLASS_COLOURS = {
    "Company": "#1f77b4", "GovernmentBody": "#d62728", "MediaOutlet": "#7f7f7f",
    "ResearchOrganization": "#9467bd", "Person": "#ff7f0e", "Jurisdiction": "#2ca02c",
    "AIModel": "#17becf", "PolicyInstrument": "#8c564b",
}
RELATION_COLOUR = "#b0b0b0"
ACTION_COLOUR = "#444444"
TEMPLATE = Path(__file__).with_name("templates") / "network.html"
EVIDENCE_PER_EDGE = 3
PLACEHOLDER = re.compile(r"__(NODES|EDGES|LEGEND|OPTIONS|HEIGHT|VIS_CSS|VIS_JS)__")


@lru_cache(maxsize=1)
def _page_parts() -> tuple[str, str, str]:
    """(template, vis-network CSS, vis-network JS made safe inside a <script>), read once per process."""
    vis = Path(str(files("pyvis"))) / "templates" / "lib" / "vis-9.1.2"
    js = (vis / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    return TEMPLATE.read_text(encoding="utf-8"), (vis / "vis-network.css").read_text(encoding="utf-8"), js


def safe_json(value: object) -> str:
    """JSON that can sit inside a <script> element: no `</script>`, no HTML, no line separators."""
    text = json.dumps(value, ensure_ascii=False)
    for raw, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return text


def _node_title(row: dict) -> str:
    lines = [row["label"], row["cls"]]
    if row["aliases"]:
        lines.append("also: " + ", ".join(row["aliases"][:6]))
    lines.append(f"{row['degree']} connection(s) in this view")
    return "\n".join(lines)


def _edge_title(edge: Edge, model: GraphModel) -> str:
    head = f"{model.label(edge.source)} -> {edge.kind} -> {model.label(edge.target)}"
    lines = [head]
    for item in edge.items[:EVIDENCE_PER_EDGE]:
        when = item.get("date") or ""
        doc = model.label(item.get("doc"))
        lines.append(f"{when + ': ' if when else ''}\u201c{item.get('evidence', '')}\u201d" + (f" ({doc})" if doc else ""))
    if len(edge.items) > EVIDENCE_PER_EDGE:
        lines.append(f"... and {len(edge.items) - EVIDENCE_PER_EDGE} more")
    return "\n".join(lines)


def build_network(view: View, model: GraphModel, height: int = 620) -> Network:
    """The pyvis network of a view: nodes coloured by class and sized by degree, edges labelled."""
    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line")
    for row in view.entities.to_dict("records"):
        net.add_node(row["iri"], label=row["label"], title=_node_title(row),
                     color=CLASS_COLOURS.get(row["cls"], "#cccccc"), size=8 + 4 * math.sqrt(row["degree"]),
                     )
    for e in view.edges:
        label = e.kind if len(e.items) == 1 else f"{e.kind} \u00d7{len(e.items)}"
        net.add_edge(e.source, e.target, title=_edge_title(e, model), label=label,
                     color=ACTION_COLOUR if e.is_action else RELATION_COLOUR, dashes=not e.is_action,
                     width=1 + min(len(e.items), 5) * 0.5)
    return net


OPTIONS = {
    "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
    "nodes": {"shape": "dot", "font": {"size": 16}, "scaling": {"label": {"drawThreshold": 3}}},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "font": {"size": 9, "align": "middle"},
              "smooth": {"type": "continuous"}},
    "physics": {"solver": "barnesHut", "barnesHut": {"gravitationalConstant": -5000, "centralGravity": 0.6, "springLength": 120},
                "stabilization": {"enabled": True, "iterations": 250, "updateInterval": 25}},
}


def network_html(view: View, model: GraphModel, height: int = 620) -> str:
    """A self-contained HTML page (vis-network inlined, works with no internet) drawing the view."""
    net = build_network(view, model, height)
    nodes, edges, *_ = net.get_network_data()
    legend = [{"name": c, "color": CLASS_COLOURS[c]} for c in CLASS_COLOURS if c in set(view.entities["cls"])]
    template, css, js = _page_parts()
    values = {"NODES": safe_json(nodes), "EDGES": safe_json(edges), "LEGEND": safe_json(legend),
              "OPTIONS": safe_json(OPTIONS), "HEIGHT": str(int(height)), "VIS_CSS": css, "VIS_JS": js}
    # one pass: substituted text (graph data, library code) is never scanned for placeholders again
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], template)
