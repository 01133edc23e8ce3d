"""The SPARQL tab: the example library, an editor whose edits are kept per example, parameters bound as
literals, syntax errors said in plain words with the place marked."""
from __future__ import annotations

import streamlit as st

from kg.errors import KGError
from kg.graph.namespaces import new_graph
from kg.graph.query import shorten, to_csv, to_json
from kg.graph.query_library import bindings, examples
from kg.store.base import Store
from kg.ui.model import GraphModel, close_names
from kg.ui.sparql_help import explain

EDITS = "sparql_edits"  # example name -> the text as the user left it


def pane(store: Store, model: GraphModel) -> None:
    library = examples()
    pick = st.selectbox("Example queries", range(len(library)), format_func=lambda i: library[i].title, key="example")
    example = library[pick]
    edits: dict[str, str] = st.session_state.setdefault(EDITS, {})
    st.caption(example.description + " Your edits to each example are kept while you switch between them.")
    text = st.text_area("SPARQL (read-only)", edits.get(example.name, example.text), height=260)
    if text != edits.get(example.name, example.text):
        edits[example.name] = text
    if example.name in edits and st.button("Restore the example's text"):
        edits.pop(example.name)
        st.rerun()
    values = {name: st.text_input(f"?{name}", default, key=f"param-{example.name}-{name}",
                                  help="A name or alias exactly as written (the search box above finds them).")
              for name, default in example.params.items()}
    c1, c2 = st.columns(2)
    timeout = c1.number_input("Time limit (s)", min_value=1.0, max_value=600.0, value=20.0, step=5.0, key="q_time")
    limit = c2.number_input("Row cap", min_value=1, max_value=1_000_000, value=5000, step=1000, key="q_rows")
    if st.button("Run query", type="primary"):
        try:
            used = {k: v for k, v in values.items() if f"?{k}" in text}  # bound as literals, never pasted
            st.session_state["sparql_result"] = store.query(text, bindings(used), timeout=float(timeout),
                                                            limit=int(limit))
        except KGError as exc:
            st.session_state.pop("sparql_result", None)
            st.error(exc.message)
            plain, marked = explain(exc.message, text)
            if plain:
                st.warning(plain)
                st.code(marked, language=None)
    result = st.session_state.get("sparql_result")
    if result is None:
        return
    g = new_graph()  # prefixes only, for short names
    st.caption(f"{len(result.rows):,} row(s) in {result.seconds:.2f} s"
               + (f"; stopped at the row cap of {int(limit):,}" if result.truncated else ""))
    if not result.rows and values:
        hints = close_names(model, list(values.values()))
        if hints:
            st.info("No rows. Names must match exactly; did you mean: " + "; ".join(hints) + "?")
    st.dataframe({c: [shorten(r[i], g) for r in result.rows] for i, c in enumerate(result.columns)}, hide_index=True)
    d1, d2 = st.columns(2)
    d1.download_button("Download CSV", to_csv(result), "results.csv", "text/csv")
    d2.download_button("Download JSON", to_json(result), "results.json", "application/sparql-results+json")
