"""The entity page: who an entity is, where it is mentioned, every action it took part in (each opening
its evidence), and a timeline. Any entity of the graph can be chosen, whatever the filters."""
from __future__ import annotations

import streamlit as st

from kg.ui.entity import entity_actions, profile
from kg.ui.model import GraphModel
from kg.ui.panes import state
from kg.ui.panes.tables import action_table
from kg.ui.text import md_escape, wikidata_url


def pane(model: GraphModel, labels: dict[str, str]) -> None:
    chosen = _chooser(labels)
    p = profile(model, chosen) if chosen else None
    if p is None:
        return
    _header(p)
    _actions(model, p)
    st.text(f"Mentioned in {len(p.documents)} document(s):")
    st.dataframe({"document": p.documents}, hide_index=True)


def _chooser(labels: dict[str, str]) -> str | None:
    """The entity shown: the one opened (by the search box, a question, a click), or one chosen here."""
    choices = list(labels)
    current = state.get(state.ENTITY)
    if current not in labels:
        st.info("Find an entity with the search box above, or choose one here.")
    chosen = st.selectbox("Entity", choices, index=choices.index(current) if current in labels else None,
                          format_func=labels.get, placeholder="Choose an entity")
    if chosen and chosen != current:
        state.open_entity(chosen, rerun=True)
    return chosen


def _header(p) -> None:
    st.subheader(md_escape(p.label))
    st.text(f"Class: {p.cls}")
    st.text("Also called: " + ("; ".join(p.aliases) if p.aliases else "(no other names)"))
    url = wikidata_url(p.wikidata)
    c1, c2 = st.columns([1, 3])
    if url:
        c1.link_button(f"Wikidata {url.rsplit('/', 1)[-1]}", url)
    c2.button("Centre the network on it", on_click=state.open_entity, args=(p.iri, "Network"))


def _actions(model: GraphModel, p) -> None:
    """Every action the entity took part in, optionally only those with one counterpart, and a timeline."""
    acts = entity_actions(model, p.iri)
    ids = list(acts.pop("iri")) if "iri" in acts else []
    partners = sorted({c for c in acts["counterpart"] if c})
    wanted = state.get(state.WITH)
    default = model.label(wanted) if wanted else None
    with_ = st.selectbox("Only the actions with", partners, placeholder="Everyone", key=f"with-{p.iri}-{default}",
                         index=partners.index(default) if default in partners else None)
    if with_:
        keep = acts["counterpart"].str.split("; ").map(lambda names: with_ in names)
        acts, ids = acts[keep].reset_index(drop=True), [i for i, k in zip(ids, keep, strict=True) if k]
    st.text(f"{len(acts)} action(s) as agent or target" + (f", with {with_}" if with_ else "") + ":")
    action_table(model, acts.drop(columns="when"), ids, key=f"entity-acts-{p.iri}", what="actions")
    from kg.ui.charts import timeline  # altair (0.3 s to import) only once a chart is drawn

    chart = timeline(acts)
    if chart is not None:
        st.altair_chart(chart, width="stretch")
