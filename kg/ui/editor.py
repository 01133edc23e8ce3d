"""The SPARQL editor: CodeMirror 5 with its SPARQL mode (vendored, MIT, in kg/ui/static/codemirror) wrapped as a
small Streamlit custom component (components v2), inlined so that nothing is loaded from a CDN. It gives back the
edited text and marks the line and column of an error. `available()` says whether it can be used; the SPARQL tab
falls back to a plain text box when it cannot."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable

import streamlit as st

STATIC = Path(__file__).with_name("static") / "codemirror"
TEMPLATE = Path(__file__).with_name("templates") / "sparql_editor.js"
VENDORED = ("codemirror.js", "sparql.js")  # the library, then the SPARQL mode (it uses the global CodeMirror)
CSS = """/* the editor's own styles, inside the component's shadow root */
.kg-sparql .CodeMirror { border: 1px solid #d6d6d9; border-radius: 6px; font-size: 14px;
                         font-family: "Source Code Pro", ui-monospace, monospace; }
.kg-sparql .CodeMirror-focused { border-color: #ff4b4b; }
.kg-sparql .kg-error-line { background: #fde8e8; }
.kg-sparql .kg-error-at { text-decoration: underline wavy #d62728; }
.kg-sparql .kg-error-gutter { width: 14px; }
.kg-sparql .kg-error-flag { color: #d62728; font-size: 11px; cursor: help; }
"""


@lru_cache(maxsize=1)
def sources() -> tuple[str, str]:
    """(JavaScript module, CSS): CodeMirror's UMD build (it sets globalThis.CodeMirror), its SPARQL mode, then
    our module; CodeMirror's stylesheet after ours."""
    parts = [(STATIC / name).read_text(encoding="utf-8") for name in VENDORED]
    js = "\n".join([*parts, TEMPLATE.read_text(encoding="utf-8")])
    css = CSS + (STATIC / "codemirror.css").read_text(encoding="utf-8")
    return js, css


@lru_cache(maxsize=1)
def _component():
    js, css = sources()
    return st.components.v2.component("kg_sparql_editor", js=js, css=css)


def available() -> bool:
    """Whether the editor can be drawn (its files are there and Streamlit takes the component)."""
    try:
        _component()
    except Exception:  # noqa: BLE001 - missing files or an older Streamlit: the plain text box it is
        return False
    return True


def show_editor(key: str, name: str, text: str, mark: dict | None, on_text: Callable[[], None],
                on_run: Callable[[], None], height: int = 260):
    """Draw the editor with `text` (the example `name`'s). `st.session_state[key].text` is then
    {"name", "text"} after an edit (on_text is called), and `.run` the same when Ctrl/Cmd-Enter asked to run
    (on_run is called). `mark`, {"line", "column", "message"}, marks the place of an error."""
    data = {"name": name, "text": text, "mark": mark, "height": int(height)}
    return _component()(key=key, data=data, height=height + 4, on_text_change=on_text, on_run_change=on_run)
