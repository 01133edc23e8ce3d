"""Filters over a `GraphModel`: which entities, actions and relations a view shows, under a node cap.

Every filter applies to everything shown: an entity is drawn only when a shown action or a shown relation
reaches it, relations pass the document and date filters through their document, and when the action
types or the confidence are narrowed, relations are drawn only among the entities those actions reach.
Several actions and relations between the same two entities in the same direction are one `Edge`. An
action that lacks an agent or a target reaches the `UNKNOWN` node (which a switch hides)."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pandas as pd

from kg.nlp.names import fold
from kg.ui.model import GraphModel, parse_when

DEFAULT_CAP = 300
UNKNOWN = "urn:aipolicy-kg:unknown"  # the stand-in for a missing agent or target; never an IRI of the graph
UNKNOWN_LABEL = "(unknown)"


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
    relations: bool = True    # draw direct relations at all
    unknown: bool = True      # draw actions without an agent or a target, to the UNKNOWN node

    @property
    def narrows_actions(self) -> bool:
        return self.action_types is not None or self.min_confidence > 0


@dataclass
class Edge:
    """Everything shown from `source` to `target`: one edge per ordered pair."""

    source: str
    target: str
    actions: list[dict] = field(default_factory=list)    # action records (see GraphModel.actions)
    relations: list[dict] = field(default_factory=list)  # relation records (s, p, o, evidence, doc)

    @property
    def items(self) -> list[dict]:
        return self.actions + self.relations

    @property
    def is_action(self) -> bool:
        return bool(self.actions)

    @property
    def weight(self) -> int:
        """Reports behind the edge: an aggregated record (aggregate path) stands for `n` actions."""
        return sum(a.get("n", 1) for a in self.actions) + len(self.relations)

    def counts(self) -> Counter:
        """Reports by action type and relation name."""
        counts: Counter = Counter()
        for a in self.actions:
            counts[a["type"]] += a.get("n", 1)
        return counts + Counter(r["p"] for r in self.relations)

    def kinds(self) -> list[str]:
        """Action types and relation names, the most frequent first."""
        return [k for k, _ in sorted(self.counts().items(), key=lambda kv: (-kv[1], kv[0]))]

    @property
    def kind(self) -> str:
        return self.kinds()[0]

    def label(self, shown: int = 2) -> str:
        """"Suspend, Restrict +3": the commonest kinds, and how many other kinds there are."""
        kinds = self.kinds()
        more = len(kinds) - shown
        return ", ".join(kinds[:shown]) + (f" +{more}" if more > 0 else "")


@dataclass
class View:
    entities: pd.DataFrame  # the shown entities (and the UNKNOWN node), with `degree` recomputed in the view
    edges: list[Edge]
    actions: pd.DataFrame   # every action that passes the filters (for tables and charts)
    matching: int           # entities that passed the filters before the cap
    cap: int
    filters: Filters | None = None  # what made it (the aggregate path reads its actions again by these)
    involved: set[str] | None = None  # aggregate path: only actions with one of these ends (None: all)

    @property
    def capped(self) -> bool:
        return self.matching > len(self.entities)

    def summary(self) -> str:
        n = len(self.entities)
        if self.capped:
            return f"showing {n:,} of {self.matching:,} entities; narrow the filters to see the rest"
        return f"showing {n:,} entities, {len(self.edges):,} edges"


def _in_dates(when: dt.date | None, f: Filters) -> bool:
    if when is None:
        return f.include_undated
    return (f.date_from or dt.date.min) <= when <= (f.date_to or dt.date.max)


def filter_actions(model: GraphModel, f: Filters) -> pd.DataFrame:
    """Actions that pass the type, date, confidence and document filters."""
    a = model.actions
    keep = pd.Series(True, index=a.index)
    if f.action_types is not None:
        keep &= a["type"].isin(f.action_types)
    if f.documents is not None:
        keep &= a["doc"].isin(f.documents)
    if f.min_confidence > 0:
        keep &= pd.to_numeric(a["confidence"], errors="coerce").ge(f.min_confidence)
    if f.date_from or f.date_to or not f.include_undated:
        keep &= a["when"].map(lambda d: _in_dates(d, f))
    return a[keep]


def filter_relations(model: GraphModel, f: Filters) -> pd.DataFrame:
    """Relations that pass the switch, the relation-type and document filters, and the date filters through
    the date of their document."""
    rel = model.relations
    if not f.relations:
        return rel.iloc[0:0]
    if f.relation_types is not None:
        rel = rel[rel["p"].isin(f.relation_types)]
    if f.documents is not None:
        rel = rel[rel["doc"].isin(f.documents)]
    if f.date_from or f.date_to or not f.include_undated:
        dates = dict(zip(model.documents["iri"], model.documents["date"], strict=True))
        rel = rel[rel["doc"].map(lambda d: _in_dates(parse_when(dates.get(d)), f))]
    return rel


def _matches(model: GraphModel, text: str) -> set[str]:
    needle = fold(text.strip())
    found = set()
    for iri, label, aliases in zip(model.entities["iri"], model.entities["label"], model.entities["aliases"]):
        if needle in fold(label) or any(needle in fold(x) for x in aliases):
            found.add(iri)
    return found


def _edges(model: GraphModel, actions: pd.DataFrame, relations: pd.DataFrame, allowed: set[str],
           f: Filters) -> dict[tuple, Edge]:
    edges: dict[tuple[str, str], Edge] = {}
    ok = allowed | ({UNKNOWN} if f.unknown else set())
    for rec in model.records("actions", actions):
        for pair in _action_pairs(rec, ok):
            edge = edges.get(pair)
            if edge is None:
                edge = edges[pair] = Edge(*pair)
            edge.actions.append(rec)
    if f.narrows_actions:  # relations only among the entities the chosen actions reach
        allowed = {n for pair in edges for n in pair}
    for rec in model.records("relations", relations):
        if rec["s"] in allowed and rec["o"] in allowed and rec["s"] != rec["o"]:
            edges.setdefault((rec["s"], rec["o"]), Edge(rec["s"], rec["o"])).relations.append(rec)
    return edges


def _action_pairs(rec: dict, ok: set[str]) -> list[tuple[str, str]]:
    """The (agent, target) pairs an action draws among the entities `ok` lets through; a missing agent or
    target is the unknown node."""
    agent = rec["agent"] if isinstance(rec["agent"], str) else UNKNOWN
    if agent not in ok:
        return []
    return [(agent, t) for t in rec["targets"] or [UNKNOWN] if t in ok and agent != t]


def _ego(edges, focus: str, depth: int) -> set[str]:
    nbrs: dict[str, set[str]] = defaultdict(set)
    for s, t in edges:
        if UNKNOWN not in (s, t):  # no path runs through "unknown"
            nbrs[s].add(t)
            nbrs[t].add(s)
    seen, frontier = {focus}, {focus}
    for _ in range(max(1, depth)):
        frontier = {n for x in frontier for n in nbrs[x]} - seen
        seen |= frontier
    around = {s for s, t in edges if t == focus and s == UNKNOWN} | {t for s, t in edges if s == focus and t == UNKNOWN}
    return seen | around


def _unknown_row(degree: int) -> dict:
    return {"iri": UNKNOWN, "label": UNKNOWN_LABEL, "cls": "Unknown", "aliases": [], "wikidata": None, "docs": [],
            "degree": degree}


def _shown(model: GraphModel, edges: dict, allowed: set[str], f: Filters) -> tuple[set[str], Counter]:
    """The entities the view shows (before the cap) and their number of edges in it."""
    shown = {n for pair in edges for n in pair}
    if f.search.strip():
        hits = _matches(model, f.search) & allowed
        shown = {n for pair in edges if hits.intersection(pair) for n in pair} | hits
    if f.focus:
        shown = _ego(edges, f.focus, f.depth) & shown if f.focus in allowed else set()
    degree = Counter()
    for s, t in edges:
        if s in shown and t in shown:
            degree[s] += 1
            degree[t] += 1
    shown = {n for n in shown if degree[n] >= max(1, f.min_degree) or n == f.focus}
    return shown, degree


def apply_filters(model: GraphModel, f: Filters) -> View:
    """The view the filters ask for: entities by degree, at most `f.cap` of them, and their edges."""
    ents = model.entities
    if f.classes is not None:
        ents = ents[ents["cls"].isin(f.classes)]
    if f.documents is not None:
        ents = ents[ents["docs"].map(lambda ds: bool(f.documents.intersection(ds)))]
    allowed = set(ents["iri"])
    actions = filter_actions(model, f)
    edges = _edges(model, actions, filter_relations(model, f), allowed, f)

    return finish_view(model, ents, edges, allowed, f, actions)


def finish_view(model: GraphModel, ents: pd.DataFrame, edges: dict, allowed: set[str], f: Filters,
                actions: pd.DataFrame | None) -> View:
    """The view of `edges`: the entities they reach (searched, around the focus), by degree, under the cap.
    `actions` (None on the aggregate path) are narrowed to the shown entities when the view is."""
    shown, degree = _shown(model, edges, allowed, f)
    rows = ents[ents["iri"].isin(shown)].copy()
    rows["degree"] = [degree.get(i, 0) for i in rows["iri"]]
    if UNKNOWN in shown:
        rows = pd.concat([rows, pd.DataFrame([_unknown_row(degree[UNKNOWN])])], ignore_index=True)
    rows["_first"] = rows["iri"].isin({f.focus, UNKNOWN})  # the focus and "unknown" survive the cap
    rows = rows.sort_values(["_first", "degree", "label"], ascending=[False, False, True]).drop(columns="_first")
    matching = len(rows)
    rows = rows.head(max(0, f.cap)).reset_index(drop=True)
    kept = set(rows["iri"])
    shown_edges = [e for (s, t), e in edges.items() if s in kept and t in kept]
    narrowed = bool(f.classes is not None or f.search.strip() or f.focus or f.documents is not None)
    if actions is None:
        return View(rows, shown_edges, model.actions, matching, f.cap, filters=f,
                    involved=kept - {UNKNOWN} if narrowed else None)
    if narrowed:
        actions = actions[_involved(actions, kept)] if len(actions) else actions
    return View(rows, shown_edges, actions, matching, f.cap, filters=f)


def _involved(actions: pd.DataFrame, kept: set[str]) -> pd.Series:
    """Actions whose agent or one of whose targets is shown (or whose missing end is the shown UNKNOWN)."""
    def one(agent, targets) -> bool:
        ends = [agent if isinstance(agent, str) else UNKNOWN, *(targets or [UNKNOWN])]
        return any(e in kept and e != UNKNOWN for e in ends)
    return pd.Series([one(a, t) for a, t in zip(actions["agent"], actions["targets"])], index=actions.index, dtype=bool)
