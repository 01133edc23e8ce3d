"""The page's shared state (st.session_state keys, never widget keys: a widget in a closed tab is not
drawn and Streamlit would forget its value) and the moves between the page's parts. A move asks for a
tab; `apply()` opens it at the top of the next run, before the tabs are drawn."""
from __future__ import annotations

import streamlit as st

TABS = ["Network", "Entity", "Actions", "Connections", "SPARQL", "Export"]
TAB = "tab"             # the open tab (the st.tabs key)
NEXT = "next_tab"       # the tab a move asked for
ENTITY = "entity"       # the IRI of the entity whose page is open
CENTRE = "centre"       # whether the network is centred on ENTITY
WITH = "with"           # on the entity page: only the actions with this counterpart
PICKED = "picked"       # the network edge whose reports the evidence panel shows
CONNECT = ("conn_a", "conn_b")


def apply() -> None:
    """Open the tab a move asked for (call before st.tabs)."""
    if NEXT in st.session_state:
        st.session_state[TAB] = st.session_state.pop(NEXT)


def go(tab: str, rerun: bool = False) -> None:
    st.session_state[NEXT] = tab
    if rerun:
        st.rerun()


def open_entity(iri: str | None, tab: str = "Entity", counterpart: str | None = None, rerun: bool = False) -> None:
    """Open `iri`'s page and centre the network on it."""
    if iri:
        st.session_state[ENTITY] = iri
        st.session_state[CENTRE] = True
        st.session_state[WITH] = counterpart
        go(tab, rerun)


def ask_connection(a: str, b: str) -> None:
    st.session_state[CONNECT[0]], st.session_state[CONNECT[1]] = a, b
    go("Connections")


def get(key: str, default=None):
    return st.session_state.get(key, default)


def centred() -> str | None:
    return st.session_state.get(ENTITY) if st.session_state.get(CENTRE) else None
