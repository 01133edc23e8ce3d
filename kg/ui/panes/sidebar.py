"""The sidebar: adding documents, and the filters (an empty list means "all", for every list)."""
from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from kg.errors import KGError
from kg.graph.namespaces import ACTION_TYPES, ENTITY_CLASSES, RELATIONS
from kg.ingest import READERS
from kg.store.base import Store
from kg.ui.filters import Filters
from kg.ui.model import GraphModel
from kg.ui.text import md_escape
from kg.ui.upload import UploadResult, add_documents

FILTER_KEYS = ["f_classes", "f_types", "f_relations", "f_docs", "f_docs_on", "f_dates", "f_undated", "f_conf", "f_degree",
               "f_rel_on", "f_unknown"]


def uploads(store: Store, ready: Callable[[], object]) -> bool:
    """The "Add documents" box; True when documents were added (the caller reloads its tables)."""
    added = False
    with st.sidebar.expander("Add documents"):
        files = st.file_uploader("Articles", accept_multiple_files=True, key="uploads",
                                 type=sorted(s.lstrip(".") for s in READERS))
        if st.button("Add to the graph", disabled=not files):
            bar = st.progress(0.0, text="Extracting...")
            seen: list[str] = []

            def tick(origin: str) -> None:
                seen.append(origin)
                bar.progress(min(1.0, len(seen) / max(1, len(files))), text=f"Extracted {len(seen)} document(s)")

            ready()
            try:
                res = add_documents(store, [(u.name, u.getvalue()) for u in files], progress=tick)
            except KGError as exc:
                st.error(exc.message)
            else:
                bar.empty()
                st.session_state["upload_result"] = res
                added = bool(res.added)
        res = st.session_state.get("upload_result")
        if res is not None:
            upload_report(res)
    return added


def upload_report(res: UploadResult) -> None:
    """What an upload did: added documents in green, and each skipped file with its reason."""
    if res.added:
        st.success(f"Added {len(res.added)} document(s), {res.triples:,} new triples"
                   + (f"; saved to {md_escape(res.saved_to)}" if res.saved_to else "") + ".")
        st.dataframe({"added": res.added}, hide_index=True)
    elif res.skipped:
        st.warning("Nothing was added: every file was skipped (reasons below).")
    if res.skipped:
        if res.added:
            st.warning(f"Skipped {len(res.skipped)}:")
        st.dataframe({"file": [s for s, _ in res.skipped], "reason": [r for _, r in res.skipped]}, hide_index=True,
                     column_config={"reason": st.column_config.TextColumn(width="large")})


def _reset() -> None:
    for k in FILTER_KEYS:
        st.session_state.pop(k, None)


def _documents(model: GraphModel) -> list[str]:
    """The chosen source documents; a large store's list is read only once asked for (it may be long)."""
    sb = st.sidebar
    if model.large and not sb.toggle("Filter by source document", key="f_docs_on",
                                     help=f"Lists the {model.document_total():,} documents to choose from."):
        st.session_state.pop("f_docs", None)
        return []
    table = model.all_documents() if model.large else model.documents
    titles = dict(zip(table["iri"], table["title"], strict=True))
    return sb.multiselect("Source documents", list(titles), format_func=titles.get, key="f_docs",
                          placeholder="All documents")


def filters(model: GraphModel, cap: int) -> Filters:
    """The filter widgets, read into `Filters`."""
    sb = st.sidebar
    sb.header("Filters")
    sb.button("Reset filters", on_click=_reset)
    classes = sb.multiselect("Entity classes", ENTITY_CLASSES, key="f_classes", placeholder="All classes")
    types = sb.multiselect("Action types", ACTION_TYPES, key="f_types", placeholder="All action types")
    rel_on = sb.toggle("Draw direct relations", value=True, key="f_rel_on",
                       help="partOf, develops, basedIn... When action types or confidence are narrowed, relations "
                            "are drawn only among the entities those actions reach.")
    relations = sb.multiselect("Direct relations", RELATIONS, key="f_relations", placeholder="All relations",
                               disabled=not rel_on)
    unknown = sb.toggle("Show actions with an unknown agent or target", value=True, key="f_unknown",
                        help="Drawn to the grey \u201c(unknown)\u201d node.")
    dates = model.action_dates()
    date_from = date_to = None
    if dates and min(dates) < max(dates):
        lo, hi = min(dates), max(dates)
        date_from, date_to = sb.slider("Dates", min_value=lo, max_value=hi, value=(lo, hi), format="YYYY-MM-DD",
                                       key="f_dates", help="Of actions, and of the documents behind relations.")
        date_from, date_to = (date_from if date_from > lo else None), (date_to if date_to < hi else None)
    undated = sb.checkbox("Include undated", value=True, key="f_undated")
    conf = sb.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key="f_conf",
                     help="Confidence is calibrated: of the actions at 0.8, about 8 in 10 are right.")
    docs = _documents(model)
    degree = sb.number_input("Minimum connections", min_value=1, value=1, step=1, key="f_degree")
    node_cap = sb.number_input("Node cap", min_value=10, max_value=5000, value=cap, step=50, key="f_cap")
    return Filters(classes=set(classes) or None, action_types=set(types) or None,
                   relation_types=set(relations) or None, date_from=date_from, date_to=date_to,
                   include_undated=undated, min_confidence=float(conf), documents=set(docs) or None,
                   min_degree=int(degree), cap=int(node_cap), relations=rel_on, unknown=unknown)
