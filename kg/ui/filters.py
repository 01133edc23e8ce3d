"""Filters over a `GraphModel`: which entities, actions and relations a view shows, under a node cap."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pandas as pd

from kg.nlp.names import fold
from kg.ui.model import GraphModel

DEFAULT_CAP = 300


@dataclass
class Filters:
    """What the user asked to see. `None` for a set means everything."""

    classes: set[str] | None = None
    action_types: set[str] | None = None
    relation_types: set[str] | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    include_undated: bool = True
    min_confidence: float = 0.0  # aip:confidence is calibrated: at 0.8, about 8 actions in 10 are right
    documents: set[str] | None = None
    min_degree: int = 0
    search: str = ""
    focus: str | None = None  # an entity IRI: show its ego network
    depth: int = 1
    cap: int = DEFAULT_CAP


@dataclass
class Edge:
    source: str
    target: str
    kind: str  # a relation name (partOf) or an action type (Ban)
    is_action: bool
    items: list[dict] = field(default_factory=list)  # the actions or relation records behind the edge


@dataclass
class View:
    entities: pd.DataFrame  # the shown entities, with `degree` recomputed in the view
    edges: list[Edge]
    actions: pd.DataFrame   # every action that passes the filters (for tables and charts)
    matching: int           # entities that passed the filters before the cap
    cap: int

    @property
    def capped(self) -> bool:
        return self.matching > len(self.entities)

    def summary(self) -> str:
        n = len(self.entities)
        if self.capped:
            return f"showing {n:,} of {self.matching:,} entities; narrow the filters to see the rest"
        return f"showing {n:,} entities, {len(self.edges):,} edges"


def filter_actions(model: GraphModel, f: Filters) -> pd.DataFrame:
    """Actions that pass the type, date and document filters."""
    a = model.actions
    keep = pd.Series(True, index=a.index)
    if f.action_types is not None:
        keep &= a["type"].isin(f.action_types)
    if f.documents is not None:
        keep &= a["doc"].isin(f.documents)
    if f.min_confidence > 0:
        keep &= a["confidence"].map(lambda c: c is not None and c == c and c >= f.min_confidence)
    if f.date_from or f.date_to:
        lo, hi = f.date_from or dt.date.min, f.date_to or dt.date.max
        dated = a["when"].map(lambda d: d is not None and lo <= d <= hi)
        undated = a["when"].map(lambda d: d is None) if f.include_undated else False
        keep &= dated | undated
    elif not f.include_undated:
        keep &= a["when"].map(lambda d: d is not None)
    return a[keep]


def _matches(model: GraphModel, text: str) -> set[str]:
    needle = fold(text.strip())
    found = set()
    for iri, label, aliases in zip(model.entities["iri"], model.entities["label"], model.entities["aliases"]):
        if needle in fold(label) or any(needle in fold(x) for x in aliases):
            found.add(iri)
    return found


def _edges(model: GraphModel, actions: pd.DataFrame, allowed: set[str], f: Filters) -> list[Edge]:
    grouped: dict[tuple[str, str, str, bool], Edge] = {}
    for rec in actions.to_dict("records"):
        agent = rec["agent"] if isinstance(rec["agent"], str) else None
        for t in rec["targets"]:
            if agent in allowed and t in allowed and agent != t:
                key = (agent, t, rec["type"], True)
                grouped.setdefault(key, Edge(agent, t, rec["type"], True)).items.append(rec)
    rel = model.relations
    if f.documents is not None:
        rel = rel[rel["doc"].isin(f.documents)]
    if f.relation_types is not None:
        rel = rel[rel["p"].isin(f.relation_types)]
    for rec in rel.to_dict("records"):
        if rec["s"] in allowed and rec["o"] in allowed and rec["s"] != rec["o"]:
            key = (rec["s"], rec["o"], rec["p"], False)
            grouped.setdefault(key, Edge(rec["s"], rec["o"], rec["p"], False)).items.append(rec)
    return list(grouped.values())


def _ego(edges: list[Edge], focus: str, depth: int) -> set[str]:
    nbrs: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        nbrs[e.source].add(e.target)
        nbrs[e.target].add(e.source)
    seen, frontier = {focus}, {focus}
    for _ in range(max(1, depth)):
        frontier = {n for x in frontier for n in nbrs[x]} - seen
        seen |= frontier
    return seen


def apply_filters(model: GraphModel, f: Filters) -> View:
    """The view the filters ask for: entities by degree, at most `f.cap` of them, and their edges."""
    ents = model.entities
    if f.classes is not None:
        ents = ents[ents["cls"].isin(f.classes)]
    if f.documents is not None:
        ents = ents[ents["docs"].map(lambda ds: bool(f.documents.intersection(ds)))]
    allowed = set(ents["iri"])
    actions = filter_actions(model, f)
    edges = _edges(model, actions, allowed, f)

    shown = allowed
    if f.search.strip():
        hits = _matches(model, f.search) & allowed
        shown = hits | {e.target for e in edges if e.source in hits} | {e.source for e in edges if e.target in hits}
    if f.focus:
        shown = _ego(edges, f.focus, f.depth) & shown if f.focus in allowed else set()
    edges = [e for e in edges if e.source in shown and e.target in shown]
    degree = Counter()
    for e in edges:
        degree[e.source] += 1
        degree[e.target] += 1
    view = ents[ents["iri"].isin(shown)].copy()
    view["degree"] = [degree.get(i, 0) for i in view["iri"]]
    view = view[view["degree"] >= f.min_degree]
    view = view.sort_values(["degree", "label"], ascending=[False, True])
    matching = len(view)
    view = view.head(max(0, f.cap)).reset_index(drop=True)
    kept = set(view["iri"])
    edges = [e for e in edges if e.source in kept and e.target in kept]

    if f.classes is not None or f.search.strip() or f.focus:
        involved = actions.apply(lambda r: r["agent"] in shown or any(t in shown for t in r["targets"]), axis=1) \
            if len(actions) else pd.Series(dtype=bool)
        actions = actions[involved] if len(actions) else actions
    return View(view, edges, actions, matching, f.cap)
