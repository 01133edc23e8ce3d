"""The Actions tab: every action the filters pass (each row opens its evidence), a CSV of the table, and
a chart of actions per month."""
from __future__ import annotations

import streamlit as st

from kg.ui.charts import monthly
from kg.ui.entity import actions_over_time, actions_table
from kg.ui.filters import View
from kg.ui.model import GraphModel
from kg.ui.panes.tables import action_table


def pane(model: GraphModel, view: View) -> None:
    st.caption(f"{len(view.actions):,} of {len(model.actions):,} actions match the filters")
    table = actions_table(model, view.actions)
    st.download_button("Download this table (CSV)", table.to_csv(index=False).encode("utf-8"), "actions.csv",
                       "text/csv", key="actions-csv")
    action_table(model, table, list(view.actions["iri"]), key="actions-table", what="actions match the filters")
    chart = monthly(actions_over_time(view.actions))
    if chart is not None:
        st.altair_chart(chart, width="stretch")
