"""The Export tab: the whole graph or the filtered view as RDF, the view as GraphML or GEXF for Gephi."""
from __future__ import annotations

import dataclasses
import datetime as dt

import streamlit as st

from kg.store.base import Store
from kg.ui.export import DOWNLOADS, NETWORK_FORMATS, download, download_store, network_download, subgraph
from kg.ui.filters import View
from kg.ui.model import GraphModel


def pane(store: Store, model: GraphModel, view: View) -> None:
    stamp = dt.date.today().isoformat()
    st.subheader("The network as drawn, for Gephi")
    st.caption(f"The current view: {len(view.entities):,} nodes, {len(view.edges):,} edges (one per ordered pair, "
               "with its kinds and number of reports).")
    cols = st.columns(len(NETWORK_FORMATS))
    for col, fmt in zip(cols, NETWORK_FORMATS, strict=True):
        data, suffix, mime = network_download(view, model.label, fmt)
        col.download_button(f"Download {fmt}", data, f"aipolicy-kg-view-{stamp}.{suffix}", mime, key=f"net-{fmt}")
    st.subheader("RDF")
    scope = st.radio("What", ["The whole graph", "The filtered view"], horizontal=True, key="x_scope")
    fmt = st.radio("Format", list(DOWNLOADS), horizontal=True, key="x_fmt")
    if st.button("Prepare download"):
        if scope == "The whole graph":  # straight from the store (Oxigraph writes it natively)
            data, suffix, mime = download_store(store, fmt)
        else:
            if model.large:  # the view's actions, read now (the aggregate path holds only their counts)
                view = dataclasses.replace(view, actions=model.action_docs(view.filters, view.involved))
            data, suffix, mime = download(subgraph(store.graph(), view), fmt)
        st.download_button(f"Download ({len(data) / 1e6:.1f} MB)", data, f"aipolicy-kg-{stamp}.{suffix}", mime)
