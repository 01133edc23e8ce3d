"""The network in the page: a small custom component (Streamlit components v2) that draws a `Drawing` with
vis-network and returns what was clicked. vis-network is the copy in `static/vis-network/` beside app.py:
with `server.enableStaticServing` (the project's `.streamlit/config.toml`) the browser loads it from the
app's own server once a page (and keeps it in its cache); without, it is inlined into the component.
Nothing is loaded from a CDN."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import streamlit as st

from kg.ui.network import Drawing

TEMPLATE = Path(__file__).with_name("templates") / "network.js"
VIS = Path(__file__).resolve().parent.parent.parent / "static" / "vis-network"  # served at app/static/vis-network/
OPTIONS = {
    "autoResize": True,
    "physics": {"enabled": False},  # positions come from the server (fixed seed): stable and instant
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False, "hideEdgesOnDrag": True,
                    "multiselect": False},
    "nodes": {"shape": "dot", "font": {"size": 16, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
              "font": {"size": 11, "align": "middle", "strokeWidth": 3, "strokeColor": "#ffffff"},
              "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.12}},
}
VIS_CSS = "div.vis-tooltip{position:absolute;visibility:hidden;padding:5px;white-space:nowrap;background-color:#f5f4ed;" \
    "border:1px solid #808074;border-radius:3px;box-shadow:3px 3px 10px rgba(0,0,0,.2);pointer-events:none;z-index:5}"
CSS = """/* the network's own styles, inside the component's shadow root */
.kg-wrap { position: relative; font-family: sans-serif; }
.kg-network { width: 100%; border: 1px solid #e0e0e0; border-radius: 6px; box-sizing: border-box; }
.kg-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 2px 4px; font-size: 13px; margin: 0 0 4px 0; }
.kg-sw { display: inline-block; width: 11px; height: 11px; margin: 0 2px 0 10px; border-radius: 50%; }
.kg-fit { margin-left: auto; font-size: 13px; padding: 2px 10px; border: 1px solid #bbb; border-radius: 4px;
          background: #fafafa; cursor: pointer; }
div.vis-tooltip { white-space: pre-wrap; max-width: 520px; max-height: 420px; overflow: hidden; font-size: 12px;
                  line-height: 1.35; }
"""


def static_url() -> str | None:
    """Where the browser loads vis-network from (a path on the app's server), or None to inline it."""
    if not st.get_option("server.enableStaticServing") or not (VIS / "vis-network.min.js").is_file():
        return None
    base = (st.get_option("server.baseUrlPath") or "").strip("/")
    return f"{'/' + base if base else ''}/app/static/vis-network/vis-network.min.js"


def _library() -> Path:
    """vis-network's build: the copy beside app.py, or pyvis's (the same file) when the app is installed alone."""
    if (VIS / "vis-network.min.js").is_file():
        return VIS / "vis-network.min.js"
    from importlib.resources import files

    return Path(str(files("pyvis"))) / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"


def sources(url: str | None) -> tuple[str, str]:
    """(JavaScript module, CSS): the address vis-network's UMD build is loaded from (it sets globalThis.vis),
    or the build itself, before our module."""
    if url is None:
        lib = _library().read_text(encoding="utf-8").rsplit("//# sourceMappingURL", 1)[0]
    else:
        lib = f"globalThis.kgVisUrl = {json.dumps(url)};"
    js = lib + "\n" + TEMPLATE.read_text(encoding="utf-8")
    css = CSS + (VIS_CSS if not (VIS / "vis-network.css").is_file() else (VIS / "vis-network.css").read_text(encoding="utf-8"))
    return js, css


@lru_cache(maxsize=2)
def _component(url: str | None):
    js, css = sources(url)
    return st.components.v2.component("kg_network", js=js, css=css)


def show_network(d: Drawing, key: str, focus: str | None = None, height: int = 640):
    """Draw `d`; the result's `click` is {"node": id} or {"edge": id} on the rerun a click causes."""
    data = {"nodes": d.nodes, "edges": d.edges, "legend": d.legend(), "options": OPTIONS, "height": int(height),
            "focus": focus}
    return _component(static_url())(key=key, data=data, height=height + 40, on_click_change=lambda: None)
