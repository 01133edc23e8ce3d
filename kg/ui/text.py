"""Text shown as text: Markdown-escaped for Streamlit's Markdown elements (HTML is never enabled), and
control-escaped for the terminal (file names and values never move the cursor or forge a line)."""
from __future__ import annotations

import re

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:])")
# C0, DEL and C1 controls, lone surrogates (undecodable bytes in a file name), line and paragraph
# separators, and the bidi controls that reorder what follows them
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def md_escape(text: object) -> str:
    """`text` with every Markdown (and HTML) special character escaped, newlines kept as spaces."""
    s = "" if text is None else str(text)
    return _MARKDOWN.sub(r"\\\1", s.replace("\r", " ").replace("\n", " "))


def term_escape(text: object) -> str:
    """`text` for a terminal message: every control character (ESC, newline, CR, other C0/C1, bidi
    controls) written as a visible escape (``\\x1b``, ``\\n``, ``\\u202e``); all else unchanged."""
    s = "" if text is None else str(text)
    return _CONTROL.sub(_escape_one, s)


def _escape_one(m: re.Match) -> str:
    ch = m.group()
    return _SHORT.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")


def wikidata_url(iri: str | None) -> str | None:
    """A Wikidata page address, only for a well-formed Wikidata entity IRI."""
    m = re.fullmatch(r"http://www\.wikidata\.org/entity/(Q\d+)", iri or "")
    return f"https://www.wikidata.org/wiki/{m.group(1)}" if m else None
