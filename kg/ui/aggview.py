"""The filtered view of a large store (`kg.ui.storemodel.StoreModel`), made from aggregates instead of the
actions themselves: the same entities and the same edges, with the same kinds and counts, as
`kg.ui.filters.apply_filters` makes from the tables. An edge holds one record per action type, standing for
`n` actions (`Edge.weight`); its reports are read when it is clicked (`edge_reports`)."""
from __future__ import annotations

import pandas as pd

from kg.ui.evidence import Report, action_report, relation_report
from kg.ui.filters import UNKNOWN, Edge, Filters, View, _in_dates, finish_view
from kg.ui.storemodel import StoreModel


def apply_store_filters(model: StoreModel, f: Filters) -> View:
    """The view the filters ask for, its actions counted by the store (`View.actions` stays empty)."""
    ents = model.entities
    if f.classes is not None:
        ents = ents[ents["cls"].isin(f.classes)]
    if f.documents is not None:
        ents = ents[ents["iri"].isin(model.mentioned(f.documents))]
    allowed = set(ents["iri"])
    edges = action_edges(model, f, allowed | ({UNKNOWN} if f.unknown else set()))
    if f.narrows_actions:  # relations only among the entities the chosen actions reach
        allowed = {n for pair in edges for n in pair}
    for rec in filtered_relations(model, f):
        if rec["s"] in allowed and rec["o"] in allowed and rec["s"] != rec["o"]:
            edges.setdefault((rec["s"], rec["o"]), Edge(rec["s"], rec["o"])).relations.append(rec)
    return finish_view(model, ents, edges, allowed, f, None)


def action_edges(model: StoreModel, f: Filters, ok: set[str]) -> dict[tuple[str, str], Edge]:
    """One edge per (agent, target) among the entities `ok` lets through, one record per action type."""
    edges: dict[tuple[str, str], Edge] = {}
    for agent, target, kind, n in model.pairs(f):
        pair = (agent or UNKNOWN, target or UNKNOWN)
        if pair[0] in ok and pair[1] in ok and pair[0] != pair[1]:
            edge = edges.get(pair)
            if edge is None:
                edge = edges[pair] = Edge(*pair)
            edge.actions.append({"type": kind, "n": n, "agent": pair[0], "target": pair[1]})
    return edges


def filtered_relations(model: StoreModel, f: Filters) -> list[dict]:
    """Relations that pass the switch and the relation-type filter, and the document and date filters through
    one of the documents that state them."""
    if not f.relations:
        return []
    rel = model.relations
    if f.relation_types is not None:
        rel = rel[rel["p"].isin(f.relation_types)]
    if f.documents is not None or f.date_from or f.date_to or not f.include_undated:
        rd = model.relation_documents()
        keep = pd.Series(True, index=rd.index)
        if f.documents is not None:
            keep &= rd["doc"].isin(f.documents)
        if f.date_from or f.date_to or not f.include_undated:
            keep &= rd["when"].map(lambda d: _in_dates(d, f))
        passed = set(zip(rd["s"][keep], rd["p"][keep], rd["o"][keep]))
        rel = rel[[k in passed for k in zip(rel["s"], rel["p"], rel["o"])]]
    return model.records("relations", rel)


def edge_reports(model: StoreModel, edge: Edge, f: Filters) -> list[Report]:
    """The reports behind a drawn edge (a group's edge stands for the pairs of its members), read now."""
    pairs = [(a["agent"], a["target"]) for a in edge.actions]
    reports = []
    if pairs:
        acts = model.between(f, pairs, UNKNOWN)
        reports += [action_report(model, rec) for rec in acts.to_dict("records")]
    rel_pairs = [(r["s"], r["o"]) for r in edge.relations]
    if rel_pairs:
        wanted = {(r["s"], r["p"], r["o"]) for r in edge.relations}
        reports += [relation_report(model, r) for r in model.statements(rel_pairs)
                    if (r["s"], r["p"], r["o"]) in wanted]
    return reports
