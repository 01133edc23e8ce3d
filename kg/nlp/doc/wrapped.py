"""Hard-wrapped text read as its paragraphs: a plain-text or Markdown article filled to a width (72 or 80 columns,
as e-mail, wire feeds and many editors write it) breaks its lines wherever the next word would not fit, not where a
sentence or a line of its own (a headline, a bullet) ends. `kg_line_breaks` starts a sentence at every line break;
on such a text it would cut every sentence in pieces (copies of corpus/test filled to 72 columns lost half their
right actions). `soft_breaks` finds the breaks a filling made, one test for every line: the line is near the text's
width and the next line's first word would not have fitted on it, and the next line opens no item of its own (a
bullet, a number, "Q:", a heading). `unwrap` reads them as spaces, one character for one."""
from __future__ import annotations

import re

from kg.nlp.doc.lines import BULLET_MARKS

MAX_WIDTH = 120  # a line longer than this was not filled to a width: a paragraph on one line
MIN_WIDTH = 40  # nobody fills text to fewer columns: shorter lines are lines of their own ("Editing by Tom Hale.")
MIN_FILLED = 3  # so many filled lines before the text counts as hard-wrapped
# a line that opens an item of its own: a bullet, a quotation, a heading or a table, a number, "Q:"
ITEM = re.compile(rf"\s*(?:[{re.escape(BULLET_MARKS)}>#|]|\d{{1,3}}[.)]\s|[A-Z]:\s)")


def width(lines: list[str]) -> int | None:
    """The width the text was filled to: the longest line that another line follows (at least `MIN_WIDTH`), when at
    least `MIN_FILLED` such lines come within a quarter of it; None when the text is not hard-wrapped."""
    inner = [len(a.rstrip()) for a, b in zip(lines, lines[1:]) if a.strip() and b.strip() and len(a) <= MAX_WIDTH]
    if not inner:
        return None
    w = max(inner)
    return w if w >= MIN_WIDTH and sum(n >= 0.75 * w for n in inner) >= MIN_FILLED else None


def soft(line: str, following: str, w: int) -> bool:
    """Whether the break after `line` is one a filling to width `w` made."""
    if not line.strip() or not following.strip() or ITEM.match(following) or line.lstrip().startswith("#"):
        return False
    first, n = following.split()[0], len(line.rstrip())
    return 0.75 * w <= n <= w and n + 1 + len(first) > w - 2  # a filled line never passes the width


def soft_breaks(text: str) -> list[int]:
    """The offsets of the line breaks a filling to a width made (none in a text that is not hard-wrapped)."""
    if "\n" not in text:
        return []
    lines = text.split("\n")
    w = width(lines)
    if w is None:
        return []
    out, at = [], 0
    for line, following in zip(lines, lines[1:]):
        at += len(line)
        if soft(line, following, w):
            out.append(at)
        at += 1
    return out


def unwrap(text: str) -> str:
    """`text` with the line breaks of its filling read as spaces; the same length."""
    breaks = soft_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)
