"""The top of the page: what this is, one search box for names and aliases, example questions."""
from __future__ import annotations

from collections import Counter

import streamlit as st

from kg.ui.model import GraphModel
from kg.ui.panes import state
from kg.ui.search import NameIndex
from kg.ui.text import md_escape

INTRO = ("Who did what to whom in AI policy, read from news articles: every action and relation here links "
         "to the sentence it was read from.")


def _find(index: NameIndex) -> None:
    best = index.best(st.session_state.get("find", ""))
    if best:
        state.open_entity(best.iri)


def header(model: GraphModel, index: NameIndex) -> None:
    st.title("aipolicy-kg explorer")
    st.caption(INTRO)
    query = st.text_input("Find an entity", key="find", on_change=_find, args=(index,), type="search",
                          placeholder="A name or alias, e.g. Commerce Department (small misspellings are fine)")
    if query.strip():
        found = index.find(query)
        if not found:
            st.warning(f"No name or alias is close to \u201c{md_escape(query)}\u201d.")
        elif len(found) > 1:
            pick = st.pills("Other matches", [m.iri for m in found[1:]], format_func=lambda i: _text(found, i),
                            key=f"find-more-{query}")
            if pick:
                state.open_entity(pick, rerun=True)
    examples(model)


def _text(found, iri: str) -> str:
    return next(m.text() for m in found if m.iri == iri)


def questions(model: GraphModel) -> list[tuple[str, str, tuple]]:
    """3-5 questions this graph can answer: (text, move, arguments), from its best-connected entities."""
    cls = dict(zip(model.entities["iri"], model.entities["cls"], strict=True))
    out, used = _pair_question(model, cls)
    ranked = [i for i in model.entities["iri"] if cls[i] in ("Company", "GovernmentBody", "Person")]
    company = next((i for i in ranked if cls[i] == "Company" and i not in used), None)
    body = next((i for i in ranked if cls[i] == "GovernmentBody" and i not in used), None)
    if company and body:
        out.append((f"How are {model.label(company)} and {model.label(body)} connected?", "connect", (company, body)))
    if model.type_counts()["Ban"] + model.type_counts()["Restrict"]:
        out.append(("Who banned or restricted whom?", "types", (["Ban", "Restrict"],)))
    if ranked:
        out.append((f"Everything about {model.label(ranked[0])}", "entity", (ranked[0], None)))
    return out[:5]


def _pair_question(model: GraphModel, cls: dict[str, str]) -> tuple[list[tuple[str, str, tuple]], set[str]]:
    """"What did X do to Y?" for the agent-target pair with the most actions (places and instruments aside)."""
    pairs = Counter({(a, t): n for (a, t), n in model.agent_target_counts().items()
                     if t != a and cls.get(t) not in ("Jurisdiction", "PolicyInstrument")})
    if not pairs:
        return [], set()
    (a, t), _ = max(pairs.items(), key=lambda kv: (kv[1], cls.get(kv[0][0]) == "GovernmentBody", kv[0]))
    return [(f"What did {model.label(a)} do to {model.label(t)}?", "entity", (a, t))], {a, t}


def _ask(move: str, args: tuple) -> None:
    if move == "entity":
        state.open_entity(args[0], counterpart=args[1])
    elif move == "connect":
        state.ask_connection(*args)
    elif move == "types":
        st.session_state["f_types"] = list(args[0])
        state.go("Actions")


def examples(model: GraphModel) -> None:
    qs = questions(model)
    if not qs:
        return
    cols = st.columns(len(qs))
    for col, (text, move, args) in zip(cols, qs, strict=True):
        col.button(text, on_click=_ask, args=(move, args), width="stretch", key=f"ask-{text}")
