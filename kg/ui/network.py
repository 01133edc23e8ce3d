"""A `View` as a readable network: one edge per ordered pair, labelled with its kinds, every report in the
tooltip; positions laid out here with a fixed seed (the same picture on every run); large views grouped
by class or community until a group is expanded. `kg.ui.netview` draws the result in the page."""
from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx

from kg.ui.filters import UNKNOWN, Edge, View
from kg.ui.model import GraphModel

CLASS_COLOURS = {
    "Company": "#1f77b4", "GovernmentBody": "#d62728", "MediaOutlet": "#7f7f7f",
    "ResearchOrganization": "#9467bd", "Person": "#ff7f0e", "Jurisdiction": "#2ca02c",
    "AIModel": "#17becf", "PolicyInstrument": "#8c564b",
}
UNKNOWN_COLOUR = "#bdbdbd"
RELATION_COLOUR = "#9e9e9e"
ACTION_COLOUR = "#37474f"
GROUP_AT = 150          # above this many entities, a view is drawn as groups until they are expanded
LABELLED = 60           # this many best-connected nodes carry their name; the rest show it on hover
REPORTS_PER_TOOLTIP = 25
MAX_SIZE = 34
SEED = 7
SPACING = 110         # canvas pixels between neighbouring nodes, about
GROUP = "group:"


@dataclass
class Drawing:
    """What the page draws: vis-network nodes and edges, and the edge behind each drawn edge id."""

    nodes: list[dict]
    edges: list[dict]
    by_id: dict[str, Edge] = field(default_factory=dict)
    groups: dict[str, list[str]] = field(default_factory=dict)  # group node id -> its member IRIs

    def legend(self) -> list[dict]:
        seen = {n.get("cls") for n in self.nodes}
        out = [{"name": c, "color": col} for c, col in CLASS_COLOURS.items() if c in seen]
        return out + ([{"name": "unknown", "color": UNKNOWN_COLOUR}] if "Unknown" in seen else [])


def node_size(degree: int) -> float:
    return min(MAX_SIZE, 10 + 3.5 * math.sqrt(max(0, degree)))


def report_line(item: dict, model: GraphModel) -> str:
    """One report behind an edge: date, kind, the sentence, the document."""
    kind = item.get("type") or item.get("p") or ""
    if item.get("negated"):
        kind = f"not {kind}"
    when = item.get("date") or ""
    doc = model.label(item.get("doc"))
    return f"{when + ' ' if when else ''}[{kind}] \u201c{item.get('evidence', '')}\u201d" + (f" ({doc})" if doc else "")


def edge_title(edge: Edge, model: GraphModel, names: dict[str, str]) -> str:
    name = lambda n: names.get(n, model.label(n))  # noqa: E731
    head = f"{name(edge.source)} \u2192 {name(edge.target)}"
    counts = edge.counts()
    lines = [head, ", ".join(f"{k} \u00d7{n}" if n > 1 else k for k, n in counts.most_common())]
    if model.large:  # the aggregate path reads the reports when the edge is clicked
        return "\n".join(lines + [f"{edge.weight} report(s): click the edge to read them"])
    items = edge.items
    first = heapq.nsmallest(REPORTS_PER_TOOLTIP, items,  # the same as sorting them all, without doing so
                            key=lambda i: (i.get("date") or "9999", i.get("type") or i.get("p") or ""))
    lines += [report_line(i, model) for i in first]
    if len(items) > REPORTS_PER_TOOLTIP:
        lines.append(f"\u2026 and {len(items) - REPORTS_PER_TOOLTIP} more: click the edge to read them all")
    return "\n".join(lines)


def _node_title(row: dict) -> str:
    lines = [row["label"], row["cls"]]
    if row["aliases"]:
        lines.append("also: " + ", ".join(row["aliases"][:6]))
    lines.append(f"{row['degree']} connection(s) in this view; click to open its page")
    return "\n".join(lines)


def _entity_node(r: dict, degree: int, xy: tuple[float, float], labelled: bool) -> dict:
    node = {"id": r["iri"], "cls": r["cls"], "title": _node_title({**r, "degree": degree}),
            "color": CLASS_COLOURS.get(r["cls"], UNKNOWN_COLOUR), "size": node_size(degree), "x": xy[0], "y": xy[1]}
    if r["iri"] == UNKNOWN:
        node.update(shape="diamond", label=r["label"], font={"color": "#616161"})
    elif labelled:
        node.update(label=r["label"], font={"size": 18 + min(10, degree)})  # canvas units: readable once fitted
    else:
        node["hiddenLabel"] = r["label"]  # shown while hovered
    return node


def communities(view: View) -> dict[str, str]:
    """Entity IRI -> a community name (networkx Louvain, fixed seed), named after its best-connected member."""
    g = nx.Graph()
    g.add_nodes_from(i for i in view.entities["iri"] if i != UNKNOWN)
    g.add_edges_from((e.source, e.target) for e in view.edges if UNKNOWN not in (e.source, e.target))
    degree = dict(zip(view.entities["iri"], view.entities["degree"], strict=True))
    labels = dict(zip(view.entities["iri"], view.entities["label"], strict=True))
    out = {}
    for part in nx.community.louvain_communities(g, seed=SEED):
        head = max(sorted(part), key=lambda i: degree.get(i, 0))
        for i in part:
            out[i] = f"around {labels[head]}" if len(part) > 1 else labels[head]
    return out


def _group_of(view: View, by: str, expanded: set[str], keep: set[str]) -> dict[str, str]:
    """Entity IRI -> its group node id, for the entities drawn inside a group; empty when nothing groups."""
    if len(view.entities) <= GROUP_AT:
        return {}
    key = communities(view) if by == "community" else dict(zip(view.entities["iri"], view.entities["cls"], strict=True))
    sizes = Counter(key.values())
    return {i: GROUP + k for i, k in key.items()
            if k not in expanded and i not in keep and i != UNKNOWN and sizes[k] > 1}


def drawing(view: View, model: GraphModel, group_by: str = "class", expanded: set[str] | None = None,
            focus: str | None = None) -> Drawing:
    """Nodes and edges for vis-network, with fixed positions; groups stand in for their members."""
    member = _group_of(view, group_by, expanded or set(), {focus} if focus else set())
    rows = view.entities.to_dict("records")
    names = {r["iri"]: r["label"] for r in rows}
    groups: dict[str, list[str]] = defaultdict(list)
    for iri, gid in member.items():
        groups[gid].append(iri)
    merged: dict[tuple[str, str], Edge] = {}
    for e in view.edges:
        s, t = member.get(e.source, e.source), member.get(e.target, e.target)
        if s == t:
            continue
        m = merged.setdefault((s, t), Edge(s, t))
        m.actions += e.actions
        m.relations += e.relations
    degree = Counter()
    for s, t in merged:
        degree[s] += 1
        degree[t] += 1
    pos = layout(list(names.keys() - member.keys()) + list(groups), list(merged))
    ranked = sorted(degree, key=lambda n: -degree[n])[:LABELLED]
    labelled = set(ranked) | {focus} if len(rows) > LABELLED else {r["iri"] for r in rows}
    nodes = [_entity_node(r, degree[r["iri"]], pos[r["iri"]], r["iri"] in labelled)
             for r in rows if r["iri"] not in member]
    for gid, members in sorted(groups.items()):
        name = gid[len(GROUP):]
        cls = Counter(view.entities.set_index("iri").loc[members, "cls"]).most_common(1)[0][0]
        nodes.append({"id": gid, "cls": cls, "label": f"{name} ({len(members)})", "shape": "hexagon",
                      "title": f"{len(members)} entities grouped: {name}\nclick to expand the group",
                      "color": CLASS_COLOURS.get(cls, UNKNOWN_COLOUR), "size": MAX_SIZE,
                      "x": pos[gid][0], "y": pos[gid][1]})
        names[gid] = f"{name} ({len(members)})"
    edges, by_id = [], {}
    for (s, t), e in merged.items():
        eid = f"{s}\t{t}"
        by_id[eid] = e
        edges.append({"id": eid, "from": s, "to": t, "label": e.label(), "title": edge_title(e, model, names),
                      "color": ACTION_COLOUR if e.is_action else RELATION_COLOUR, "dashes": not e.is_action,
                      "width": 1 + min(e.weight, 8) * 0.4})
    return Drawing(nodes, edges, by_id, dict(groups))


def layout(nodes: list[str], edges: list[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Positions in canvas pixels: each connected part laid out by networkx's spring layout with a fixed
    seed (the same view gives the same picture), the parts packed in rows, the largest first."""
    g = nx.Graph()
    g.add_nodes_from(sorted(nodes))
    g.add_edges_from(sorted(e for e in edges if UNKNOWN not in e))  # "unknown" stands apart, not as a hub
    parts = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[dict[str, tuple[float, float]], float]] = []
    for part in parts:
        radius = SPACING * math.sqrt(len(part)) / 1.6
        if len(part) == 1:
            pos = {part[0]: (0.0, 0.0)}
        else:
            pos = _spread(g.subgraph(part), radius)
        placed.append(({n: (float(x), float(y)) for n, (x, y) in pos.items()}, max(radius, SPACING / 2)))
    width = max([2 * r for _, r in placed] + [math.sqrt(sum((2 * r) ** 2 for _, r in placed)) * 1.4])
    out: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for pos, r in placed:
        if x and x + 2 * r > width:
            x, y, row = 0.0, y + row + SPACING, 0.0
        for n, (px, py) in pos.items():
            out[n] = (round(x + r + px, 1), round(y + r + py, 1))
        x, row = x + 2 * r + SPACING / 2, max(row, 2 * r)
    if UNKNOWN in out and len(placed) > 1:  # "unknown" beside the largest part, not in a row of its own below
        r = placed[0][1]
        out[UNKNOWN] = (round(2 * r + SPACING, 1), round(r, 1))
    return out


def _spread(g: nx.Graph, radius: float) -> dict:
    """The spring layout with a fixed seed, springs longer than networkx's default (hubs crowd less)."""
    pos = nx.spring_layout(g, seed=SEED, k=2.5 / math.sqrt(len(g)), iterations=120)
    return nx.rescale_layout_dict(pos, scale=radius)
