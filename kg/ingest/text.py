"""Plain text and Markdown files: first line is the title, a dateline may follow."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from kg.ingest.bounded import read_capped
from kg.ingest.dates import find_date
from kg.ingest.document import Document
from kg.ingest.guard import decode
from kg.ingest.report import Warn

__all__ = ["decode", "read_text", "split_title"]

DATELINE_LINES = 4  # non-empty lines after the title where a dateline may stand
DATELINE_MAX = 100  # a longer line is body text, not a dateline


def split_title(text: str) -> tuple[str | None, str]:
    """The first non-empty line (Markdown heading marks removed) and the text."""
    for line in text.splitlines():
        if line.strip():
            return re.sub(r"^#+\s*", "", line.strip()), text
    return None, text


DATELINE = re.compile(r"^(.{3,60}?)\s(?:-{1,2}|–|—)\s")  # "BRUSSELS, March 11, 2026 (Wire) - The Commission ..."
SEPARATOR = re.compile(r"\s(?:\||-{1,2}|–|—)\s")  # "Press release - Paris, 12 February 2026", "Digest | Week of ..."


def line_date(line: str) -> date | None:
    """The date a line after the title gives as the document's: a short line's (a dateline or a byline on its own),
    or the date of a dateline that opens a paragraph, before its dash."""
    line = line.strip()
    if len(line) <= DATELINE_MAX:
        return find_date(line)
    m = DATELINE.match(line)
    return find_date(m.group(1)) if m else None


def title_date(title: str | None) -> date | None:
    """A date the title line gives after a separator in a part of names and numbers only ("Press release - Paris, 12
    February 2026", "Digest | Week of 1 June 2026"), not a headline's date ("Colorado AI Act - what changes on June
    30, 2026")."""
    for part in SEPARATOR.split(title or "")[1:]:
        words = [w for w in re.findall(r"[^\W\d_]+", part)]
        if all(w[:1].isupper() or w == "of" for w in words):
            found = find_date(part)
            if found:
                return found
    return None


def read_text(path: Path, warn: Warn, cap: int) -> Iterator[Document]:
    raw = read_capped(path, cap)
    text = decode(raw, str(path), warn)
    title, body = split_title(text)
    head = [ln for ln in text.splitlines() if ln.strip()][1 : 1 + DATELINE_LINES]
    published = next((d for d in map(line_date, head) if d), None) or title_date(title)
    yield Document.from_bytes(raw, body, str(path), title=title, published=published)
