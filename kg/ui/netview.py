"""The network in the page: a small custom component (Streamlit components v2) that draws a `Drawing` with
vis-network, inlined from pyvis's copy (nothing is loaded from a CDN), and returns what was clicked."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import streamlit as st

from kg.ui.network import Drawing

TEMPLATE = Path(__file__).with_name("templates") / "network.js"
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


@lru_cache(maxsize=1)
def _sources() -> tuple[str, str]:
    """(JavaScript module, CSS): vis-network's UMD build (it sets globalThis.vis) before our module."""
    vis = Path(str(files("pyvis"))) / "templates" / "lib" / "vis-9.1.2"
    lib = (vis / "vis-network.min.js").read_text(encoding="utf-8").rsplit("//# sourceMappingURL", 1)[0]
    js = lib + "\n" + TEMPLATE.read_text(encoding="utf-8")
    css = CSS + (vis / "vis-network.css").read_text(encoding="utf-8")  # CSS first: inline text, not a path
    return js, css


@lru_cache(maxsize=1)
def _component():
    js, css = _sources()
    return st.components.v2.component("kg_network", js=js, css=css)


def show_network(d: Drawing, key: str, focus: str | None = None, height: int = 640):
    """Draw `d`; the result's `click` is {"node": id} or {"edge": id} on the rerun a click causes."""
    data = {"nodes": d.nodes, "edges": d.edges, "legend": d.legend(), "options": OPTIONS, "height": int(height),
            "focus": focus}
    return _component()(key=key, data=data, height=height + 40, on_click_change=lambda: None)
