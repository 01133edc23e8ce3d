"""A SPARQL syntax error in plain words, with the place marked: the line, and a caret under the column; `where`
gives the line and column for the editor to mark."""
from __future__ import annotations

import re

_WHERE = re.compile(r"line (\d+), column (\d+)")


def _word_at(line: str, col: int) -> str:
    m = re.match(r"\S+", line[col - 1:]) if 0 < col <= len(line) else None
    return m.group(0)[:40] if m else ""


def where(message: str) -> tuple[int, int] | None:
    """(line, column), both from 1, of a SPARQL syntax error; None for other errors."""
    m = _WHERE.search(message or "")
    return (int(m.group(1)), int(m.group(2))) if m and "syntax error" in message else None


def explain(message: str, text: str) -> tuple[str, str]:
    """(what is wrong in plain words, the line with a caret under the place); ("", "") for other errors."""
    place = where(message)
    if place is None:
        return "", ""
    lines = text.splitlines() or [""]
    n, col = place
    line = lines[min(n, len(lines)) - 1]
    marked = f"line {n}: {line}\n{' ' * (len(f'line {n}: ') + max(0, col - 1))}^"
    word = _word_at(line, col)
    body = re.sub(r"#[^\n]*", "", text)  # comments do not count
    if "SelectQuery | ConstructQuery" in message:
        plain = ("A query starts with SELECT, CONSTRUCT, DESCRIBE or ASK (after its PREFIX lines)"
                 + (f"; \u201c{word}\u201d is not one of them" if word else "") + ".")
    elif body.count("{") > body.count("}"):
        plain = "A { is not closed: every { needs its }."
    elif body.count("(") > body.count(")"):
        plain = "A ( is not closed: every ( needs its )."
    elif "end of text" in message:
        plain = (f"\u201c{word}\u201d is not understood after the end of the query; check the spelling of LIMIT, "
                 "ORDER BY, GROUP BY, OFFSET." if word else "Something after the end of the query is not understood.")
    elif word:
        plain = (f"\u201c{word}\u201d is not understood here: check its spelling, the punctuation before it "
                 "(. ; ,) and that variables start with ?.")
    else:
        plain = "The query ends too early: something is missing at its end."
    return plain, marked
