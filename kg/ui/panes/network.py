"""The Network tab: the filtered view drawn with one edge per ordered pair; clicking a node opens its page
(a group: expands it), clicking an edge opens its evidence below."""
from __future__ import annotations

import streamlit as st

from kg.ui.aggview import edge_reports
from kg.ui.evidence import action_report, relation_report
from kg.ui.filters import UNKNOWN, View
from kg.ui.model import GraphModel
from kg.ui.netview import show_network
from kg.ui.network import GROUP, GROUP_AT, drawing
from kg.ui.panes import evidence, state
from kg.ui.text import md_escape

KEY = "network"


def _clicked(click: dict | None) -> None:
    """A node opens its page (a group expands), an edge its evidence below the network."""
    node, edge = (click or {}).get("node"), (click or {}).get("edge")
    if node and node.startswith(GROUP):
        st.session_state.setdefault("expanded", set()).add(node[len(GROUP):])
        st.rerun()
    elif node and node != UNKNOWN:
        state.open_entity(node, rerun=True)
    elif edge:
        st.session_state[state.PICKED] = edge


def pane(model: GraphModel, view: View, labels: dict[str, str]) -> None:
    focus = state.centred()
    c1, c2, c3 = st.columns([3, 1, 2])
    if focus:
        c1.markdown(f"Centred on **{md_escape(labels.get(focus, focus))}**")
        c1.button("Show everything", on_click=lambda: st.session_state.update({state.CENTRE: False}))
        c2.radio("Depth", [1, 2], horizontal=True, key="depth")
    group_by = "class"
    if len(view.entities) > GROUP_AT:
        group_by = c3.radio("Group large views by", ["class", "community"], horizontal=True, key="group_by")
        expanded = st.session_state.setdefault("expanded", set())
        if expanded and c3.button("Collapse the groups"):
            expanded.clear()
    st.caption(view.summary() + ". Hover for names and reports; click a node to open its page, an edge for its "
               "evidence" + (f"; above {GROUP_AT} entities, groups stand in for their members (click one to expand it)"
                             if len(view.entities) > GROUP_AT else "") + ".")
    if not len(view.entities):
        st.info("Nothing matches these filters; widen them in the sidebar (or Reset filters).")
        return
    d = drawing(view, model, group_by, st.session_state.get("expanded", set()), focus)
    _clicked(show_network(d, KEY, focus=focus).click)
    picked = st.session_state.get(state.PICKED)
    edge = d.by_id.get(picked) if picked else None
    if edge is not None:
        if model.large:
            reports = edge_reports(model, edge, view.filters)
        else:
            reports = [action_report(model, a) for a in edge.actions] + [relation_report(model, r) for r in edge.relations]
        names = {n["id"]: n.get("label") or n.get("hiddenLabel") or "" for n in d.nodes}
        evidence.panel(model, reports, f"{names.get(edge.source, '')} \u2192 {names.get(edge.target, '')}")
