"""The evidence panel: each report in full (sentence, type, date, confidence, agent, targets), its
document (title, date, source), and the article with the sentence marked when it can be read again."""
from __future__ import annotations

import streamlit as st

from kg.ui.evidence import Report, article_text, locate, paragraphs, source_of
from kg.ui.model import GraphModel
from kg.ui.roots import Access
from kg.ui.text import md_escape

SHOWN = 20  # reports drawn in full; the rest behind "more"


def _marked(before: str, mark: str, after: str) -> str:
    if not mark:
        return md_escape(before)
    return f"{md_escape(before)}:orange-background[**{md_escape(mark)}**]{md_escape(after)}"


def report(model: GraphModel, r: Report, n: int, roots, article: bool = True) -> None:
    with st.container(border=True):
        targets = "; ".join(r.targets) or "(unknown)"
        st.markdown(f"**{n}. {md_escape(r.type)}** \u00b7 {md_escape(r.agent)} \u2192 {md_escape(targets)}")
        st.markdown(f"> {md_escape(r.sentence)}")
        st.dataframe({"field": [k for k, _ in r.fields()], "value": [v for _, v in r.fields()]}, hide_index=True,
                     width="stretch", column_config={"value": st.column_config.TextColumn(width="large")})
        src = source_of(model, r.doc)
        if src is None:
            st.caption("No document recorded.")
            return
        where = src.url or src.source
        st.markdown(f"Document: **{md_escape(src.title)}**" + (f" \u00b7 {md_escape(src.date)}" if src.date else "")
                    + (f" \u00b7 {md_escape(where)}" if where else ""))
        if article:
            with st.expander("The article, with the sentence marked"):
                show_article(src, r.sentence, roots)


def show_article(src, sentence: str, roots) -> None:
    text, why = article_text(src, roots)
    if text is None:
        st.caption(f"No article text: {md_escape(why)}.")
        return
    span = locate(text, sentence)
    if span is None:
        st.caption("The sentence was not found word for word in the article.")
    st.markdown("\n\n".join(_marked(*p) for p in paragraphs(text, span)))


def panel(model: GraphModel, reports: list[Report], title: str) -> None:
    """The panel for `reports` (already chosen by a click)."""
    roots = Access.from_env().roots
    with st.container(border=True, key="evidence-panel"):
        st.subheader(f"Evidence: {md_escape(title)}")
        st.caption(f"{len(reports)} report(s)")
        for n, r in enumerate(reports[:SHOWN], 1):
            report(model, r, n, roots)
        if len(reports) > SHOWN:
            with st.expander(f"{len(reports) - SHOWN} more report(s)"):
                for n, r in enumerate(reports[SHOWN:], SHOWN + 1):
                    report(model, r, n, roots, article=False)
