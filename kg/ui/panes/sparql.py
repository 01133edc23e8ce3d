"""The SPARQL tab: the example library, an editor with SPARQL highlighting (CodeMirror, kg/ui/editor.py) whose
edits are kept per example, with the same text as a plain text box beside it (and instead of it when the editor
cannot load), parameters bound as literals, syntax errors said in plain words with the place marked in the
editor."""
from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from kg.errors import KGError
from kg.graph.namespaces import new_graph
from kg.graph.query import shorten, to_csv, to_json
from kg.graph.query_library import bindings, examples
from kg.store.base import Store
from kg.ui import editor
from kg.ui.model import GraphModel, close_names
from kg.ui.sparql_help import explain, where

EDITS = "sparql_edits"  # example name -> the text as the user left it
EDITOR = "sparql_editor"  # the editor component's key
RUN = "sparql_run"  # Ctrl/Cmd-Enter in the editor asked to run
MARK = "sparql_mark"  # the last syntax error: {"name", "text", "line", "column", "message"}
LABEL = "SPARQL (read-only)"


def _keep(name: str, text: str) -> None:
    """Keep `text` as the example `name`'s edit (or forget the edit when it is the example's own text)."""
    own = next((e.text for e in examples() if e.name == name), None)
    edits: dict[str, str] = st.session_state.setdefault(EDITS, {})
    if own is None or text == own:
        edits.pop(name, None)
    else:
        edits[name] = text


def _from_editor() -> None:
    state = st.session_state.get(EDITOR)
    value = state.get("text") if isinstance(state, Mapping) else getattr(state, "text", None)
    if isinstance(value, dict) and isinstance(value.get("text"), str):
        _keep(str(value.get("name")), value["text"])


def _run_from_editor() -> None:
    _from_editor()
    st.session_state[RUN] = True


def _from_plain(name: str) -> None:
    _keep(name, st.session_state[f"sparql-plain-{name}"])


def _texts(name: str, text: str, shown: bool = True) -> None:
    """The editor (or, when it cannot load, the plain text box) with `text`; the error's place marked. The
    editor is not drawn while the tab is closed (`shown` False): it brings CodeMirror (420 kB) to the page;
    the text stays in the session's edits and in the plain text box."""
    last = st.session_state.get(MARK) or {}
    mark = ({k: last[k] for k in ("line", "column", "message")}
            if last.get("name") == name and last.get("text") == text else None)
    plain = f"sparql-plain-{name}"
    st.session_state[plain] = text  # the same text in both, whichever was edited
    if editor.available():
        if shown:
            editor.show_editor(EDITOR, name, text, mark, on_text=_from_editor, on_run=_run_from_editor)
        with st.expander("The same query as plain text"):
            st.text_area(LABEL, key=plain, height=200, on_change=_from_plain, args=(name,))
    else:
        st.text_area(LABEL, key=plain, height=260, on_change=_from_plain, args=(name,))


def pane(store: Store, model: GraphModel, shown: bool = True) -> None:
    library = examples()
    pick = st.selectbox("Example queries", range(len(library)), format_func=lambda i: library[i].title, key="example")
    example = library[pick]
    edits: dict[str, str] = st.session_state.setdefault(EDITS, {})
    st.caption(example.description + " Your edits to each example are kept while you switch between them."
               + (" Ctrl+Enter in the editor runs the query." if editor.available() else ""))
    slot = st.container()  # the editor, drawn last so that the place of an error found below can be marked
    text = edits.get(example.name, example.text)
    if example.name in edits and st.button("Restore the example's text"):
        edits.pop(example.name)
        st.rerun()
    values = {name: st.text_input(f"?{name}", default, key=f"param-{example.name}-{name}",
                                  help="A name or alias exactly as written (the search box above finds them).")
              for name, default in example.params.items()}
    c1, c2 = st.columns(2)
    timeout = c1.number_input("Time limit (s)", min_value=1.0, max_value=600.0, value=20.0, step=5.0, key="q_time")
    limit = c2.number_input("Row cap", min_value=1, max_value=1_000_000, value=5000, step=1000, key="q_rows")
    asked = st.session_state.pop(RUN, False)
    if st.button("Run query", type="primary") or asked:
        _run(store, example, text, values, float(timeout), int(limit))
    with slot:
        _texts(example.name, text, shown)
    _show(model, values, int(limit))


def _run(store: Store, example, text: str, values: dict[str, str], timeout: float, limit: int) -> None:
    """Run the query, its parameters bound as literals (never pasted); an error is said in plain words and
    its place kept to be marked in the editor."""
    st.session_state.pop(MARK, None)
    try:
        used = {k: v for k, v in values.items() if f"?{k}" in text}
        st.session_state["sparql_result"] = store.query(text, bindings(used), timeout=timeout, limit=limit)
    except KGError as exc:
        st.session_state.pop("sparql_result", None)
        st.error(exc.message)
        plain, marked = explain(exc.message, text)
        place = where(exc.message)
        if place:
            st.session_state[MARK] = {"name": example.name, "text": text, "line": place[0],
                                      "column": place[1], "message": plain or exc.message}
        if plain:
            st.warning(plain)
            st.code(marked, language=None)


def _show(model: GraphModel, values: dict[str, str], limit: int) -> None:
    """The last result: its rows, a hint when names matched nothing, and downloads."""
    result = st.session_state.get("sparql_result")
    if result is None:
        return
    g = new_graph()  # prefixes only, for short names
    st.caption(f"{len(result.rows):,} row(s) in {result.seconds:.2f} s"
               + (f"; stopped at the row cap of {limit:,}" if result.truncated else ""))
    if not result.rows and values:
        hints = close_names(model, list(values.values()))
        if hints:
            st.info("No rows. Names must match exactly; did you mean: " + "; ".join(hints) + "?")
    st.dataframe({c: [shorten(r[i], g) for r in result.rows] for i, c in enumerate(result.columns)}, hide_index=True)
    d1, d2 = st.columns(2)
    d1.download_button("Download CSV", to_csv(result), "results.csv", "text/csv")
    d2.download_button("Download JSON", to_json(result), "results.json", "application/sparql-results+json")
