"""Articles as published text is often written, made from our plain ones for the tests: curly quotes and apostrophes,
paragraphs filled to a width (kg/nlp/doc/plain.py and wrapped.py must read them as the plain text)."""
from __future__ import annotations

import textwrap


def curly(text: str) -> str:
    """Straight quotation marks as opening and closing curly ones, apostrophes as right single quotes."""
    out, opened = [], False
    for c in text:
        if c == '"':
            out.append("\u201d" if opened else "\u201c")
            opened = not opened
        else:
            out.append("\u2019" if c == "'" else c)
    return "".join(out)


def filled(text: str, width: int = 72) -> str:
    """Every line longer than `width` filled to it, as e-mail and many editors write plain text."""
    return "\n".join(textwrap.fill(ln, width, break_long_words=False, break_on_hyphens=False) if len(ln) > width else ln
                     for ln in text.split("\n"))
