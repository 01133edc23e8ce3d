"""The Actions tab: every action the filters pass (each row opens its evidence), a CSV of the table, and
a chart of actions per month. A large store's actions are read a page at a time, counted and charted by
the store (`kg.ui.storemodel`)."""
from __future__ import annotations

import math

import streamlit as st

from kg.ui.entity import actions_over_time, actions_table
from kg.ui.filters import View
from kg.ui.model import GraphModel
from kg.ui.panes.tables import action_table
from kg.ui.storemodel import PAGE


def pane(model: GraphModel, view: View) -> None:
    if model.large:
        _paged(model, view)
        return
    st.caption(f"{len(view.actions):,} of {len(model.actions):,} actions match the filters")
    table = actions_table(model, view.actions)
    st.download_button("Download this table (CSV)", table.to_csv(index=False).encode("utf-8"), "actions.csv",
                       "text/csv", key="actions-csv")
    action_table(model, table, list(view.actions["iri"]), key="actions-table", what="actions match the filters")
    from kg.ui.charts import monthly  # altair (0.3 s to import) only once a chart is drawn

    chart = monthly(actions_over_time(view.actions))
    if chart is not None:
        st.altair_chart(chart, width="stretch")


def _paged(model, view: View) -> None:
    """One page of the matching actions (in the store's order), its CSV, and the chart of all of them."""
    total = model.count(view.filters, view.involved)
    pages = max(1, math.ceil(total / PAGE))
    c1, c2 = st.columns([3, 1])
    number = int(c2.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, value=1, step=1,
                                 key="actions-page")) - 1
    shown = model.page(view.filters, view.involved, number)
    c1.caption(f"{total:,} of {model.action_total():,} actions match the filters; rows {number * PAGE + 1:,}"
               f"\u2013{number * PAGE + len(shown):,} shown, {PAGE} a page")
    table = actions_table(model, shown)
    st.download_button("Download this page (CSV)", table.to_csv(index=False).encode("utf-8"), "actions.csv",
                       "text/csv", key="actions-csv")
    action_table(model, table, list(shown["iri"]), key="actions-table" if number == 0 else f"actions-table-{number}", what="actions match the filters")
    from kg.ui.charts import monthly  # altair (0.3 s to import) only once a chart is drawn

    chart = monthly(model.monthly(view.filters, view.involved))
    if chart is not None:
        st.altair_chart(chart, width="stretch")
