"""Graph text shown as text: Markdown-escaped for Streamlit's Markdown elements (HTML is never enabled)."""
from __future__ import annotations

import re

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:])")


def md_escape(text: object) -> str:
    """`text` with every Markdown (and HTML) special character escaped, newlines kept as spaces."""
    s = "" if text is None else str(text)
    return _MARKDOWN.sub(r"\\\1", s.replace("\r", " ").replace("\n", " "))


def wikidata_url(iri: str | None) -> str | None:
    """A Wikidata page address, only for a well-formed Wikidata entity IRI."""
    m = re.fullmatch(r"http://www\.wikidata\.org/entity/(Q\d+)", iri or "")
    return f"https://www.wikidata.org/wiki/{m.group(1)}" if m else None
