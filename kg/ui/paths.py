"""Connections: "how are X and Y connected", as the shortest paths between two entities over every action
(agent to target) and direct relation of the graph, each hop with the reports that make it."""
from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from kg.ui.model import GraphModel

MAX_PATHS = 5


@dataclass
class Hop:
    source: str   # IRIs, in the path's order (a report may point the other way)
    target: str
    actions: list[dict] = field(default_factory=list)
    relations: list[dict] = field(default_factory=list)


@dataclass
class Connection:
    a: str
    b: str
    paths: list[list[Hop]]
    why: str = ""  # when there is no path: why, in plain words


_GRAPHS: dict[int, tuple[GraphModel, nx.Graph]] = {}


def entity_graph(model: GraphModel) -> nx.Graph:
    """The undirected graph of entities; each edge holds its action and relation records (built once a model)."""
    got = _GRAPHS.get(id(model))
    if got is not None and got[0] is model:
        return got[1]
    g = nx.Graph()
    g.add_nodes_from(model.entities["iri"])
    if model.large:  # the pairs only; a hop's records are read when it is shown (`hop_records`)
        for (a, t), n in model.agent_target_counts().items():
            if a != t:
                _data(g, a, t)["actions"].append({"n": n})
    for rec in ([] if model.large else model.actions.to_dict("records")):
        if isinstance(rec["agent"], str):
            for t in rec["targets"]:
                if t != rec["agent"]:
                    _data(g, rec["agent"], t)["actions"].append(rec)
    for rec in model.relations.to_dict("records"):
        if rec["s"] != rec["o"]:
            _data(g, rec["s"], rec["o"])["relations"].append(rec)
    _GRAPHS.clear()
    _GRAPHS[id(model)] = (model, g)
    return g


def _data(g: nx.Graph, u: str, v: str) -> dict:
    if not g.has_edge(u, v):
        g.add_edge(u, v, actions=[], relations=[])
    return g.edges[u, v]


def connect(model: GraphModel, a: str, b: str, avoid: set[str] | None = None, limit: int = MAX_PATHS) -> Connection:
    """Up to `limit` shortest paths from `a` to `b`, never through entities of the classes in `avoid`."""
    g = entity_graph(model)
    if a == b:
        return Connection(a, b, [], "choose two different entities")
    if avoid:
        cls = dict(zip(model.entities["iri"], model.entities["cls"], strict=True))
        g = nx.subgraph_view(g, filter_node=lambda n: n in (a, b) or cls.get(n) not in avoid)
    if a not in g or b not in g:
        return Connection(a, b, [], "one of them is not an entity of this graph")
    try:
        found = []
        for path in nx.all_shortest_paths(g, a, b):
            found.append(path)
            if len(found) >= limit:
                break
    except nx.NetworkXNoPath:
        return Connection(a, b, [], f"no chain of actions or relations links {model.label(a)} and {model.label(b)}"
                                    + (" without passing through the classes left out" if avoid else ""))
    paths = [[Hop(u, v, list(g.edges[u, v]["actions"]), list(g.edges[u, v]["relations"]))
              for u, v in zip(p, p[1:])] for p in found]
    return Connection(a, b, paths)


def hop_records(model: GraphModel, hop: Hop) -> Hop:
    """A large store's hop with its records: the actions between the two ends, either way, and the relations."""
    if not model.large:
        return hop
    from kg.ui.filters import UNKNOWN, Filters

    ends = [(hop.source, hop.target), (hop.target, hop.source)]
    acts = model.between(Filters(), ends, UNKNOWN).to_dict("records")
    rels = model.statements(ends) if hop.relations else []
    return Hop(hop.source, hop.target, acts, rels)
