"""Tables of actions that open the evidence panel: one row picked, its reports shown below the table."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from kg.ui.evidence import reports_for_actions
from kg.ui.model import GraphModel
from kg.ui.panes import evidence

COLUMNS = {
    "date": st.column_config.TextColumn("date", width="small", help="as the text gives it: day, month or year"),
    "evidence": st.column_config.TextColumn("evidence", width="large", help="pick the row to read it in full"),
    "confidence": st.column_config.NumberColumn("confidence", format="%.2f", width="small"),
    "sources": st.column_config.NumberColumn("sources", format="%d", width="small", help="documents reporting it"),
    "negated": st.column_config.CheckboxColumn("negated", width="small"),
}


def action_table(model: GraphModel, table: pd.DataFrame, iris: list[str], key: str, what: str) -> None:
    """`table` (one row per action in `iris`), selectable; the picked row opens the evidence panel."""
    if table.empty:
        st.info(f"No {what}.")
        return
    st.caption("Pick a row to open its evidence: the whole sentence, its document and the article.")
    event = st.dataframe(table, hide_index=True, key=key, on_select="rerun", selection_mode="single-row",
                         column_config={k: v for k, v in COLUMNS.items() if k in table.columns})
    rows = list(event.selection.rows) if event is not None else []
    if rows and rows[0] < len(iris):
        reports = reports_for_actions(model, [iris[rows[0]]])
        evidence.panel(model, reports, f"{reports[0].type}, {reports[0].agent}" if reports else what)
