"""The Connections tab: how two entities are connected, as the shortest chains of actions and relations
over the whole graph, each hop with its evidence."""
from __future__ import annotations

import streamlit as st

from kg.graph.namespaces import ENTITY_CLASSES
from kg.ui.evidence import action_report, relation_report
from kg.ui.model import GraphModel
from kg.ui.panes import evidence, state
from kg.ui.paths import connect, hop_records
from kg.ui.text import md_escape


def _pick(label: str, key: str, labels: dict[str, str], col) -> str | None:
    choices = list(labels)
    current = state.get(key)
    chosen = col.selectbox(label, choices, index=choices.index(current) if current in labels else None,
                           format_func=labels.get, placeholder="Choose an entity (type to search)")
    if chosen != current:
        st.session_state[key] = chosen
    return chosen


def pane(model: GraphModel, labels: dict[str, str]) -> None:
    st.caption("How are two entities connected? The shortest chains of actions and direct relations between "
               "them, over the whole graph (the filters do not apply here), each hop with its evidence.")
    c1, c2 = st.columns(2)
    a = _pick("From", state.CONNECT[0], labels, c1)
    b = _pick("To", state.CONNECT[1], labels, c2)
    avoid = st.multiselect("Not through", ENTITY_CLASSES, key="conn_avoid", placeholder="Any class",
                           help="e.g. leave out Jurisdiction: most entities are based in one of a few countries")
    if not (a and b):
        return
    found = connect(model, a, b, set(avoid))
    if not found.paths:
        st.warning(f"No connection: {md_escape(found.why)}.")
        return
    hops = len(found.paths[0])
    st.success(f"{len(found.paths)} shortest chain(s) of {hops} hop(s) between {md_escape(labels[a])} and "
               f"{md_escape(labels[b])}.")
    for n, path in enumerate(found.paths, 1):
        names = [labels.get(path[0].source, "")] + [labels.get(h.target, "") for h in path]
        with st.expander(f"{n}. " + " \u2014 ".join(names), expanded=n == 1):
            for hop in path:
                hop = hop_records(model, hop)
                kinds = sorted({x["type"] for x in hop.actions} | {r["p"] for r in hop.relations})
                ends = f"{labels.get(hop.source, '')} \u2014 {labels.get(hop.target, '')}"
                st.markdown(f"**{md_escape(ends)}**: {md_escape(', '.join(kinds))}")
                reports = [action_report(model, x) for x in hop.actions]
                reports += [relation_report(model, r) for r in hop.relations]
                for k, r in enumerate(reports[:evidence.SHOWN], 1):
                    evidence.report(model, r, k, (), article=False)
                if len(reports) > evidence.SHOWN:
                    st.caption(f"\u2026 and {len(reports) - evidence.SHOWN} more report(s) on this hop.")
