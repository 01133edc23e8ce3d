"""Plain text and Markdown files: first line is the title, a dateline may follow (on its own line or opening the
first paragraph), else the title may give the date after a separator."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from kg.ingest.bounded import read_capped
from kg.ingest.dates import PATTERNS, find_date
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


# A dateline opening a paragraph: a city in capitals and a region ("AUSTIN, Texas,"), the date, a wire's credit, a
# dash: "BRUSSELS, March 11, 2026 (Wire) - The Commission ...". Nothing else comes before the date: "From 2 August
# 2026 - when the obligations apply - ..." and "On March 13, 2024 - the day ..." are the story's dates.
DATELINE = re.compile(r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ.'\- ]+,\s*(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)*,\s*)?)?"
                      r"(?P<date>[\w ,.]{6,25}?)(?:\s*\([^)]{1,30}\))?\s(?:-{1,2}|–|—)\s")
# A title's dated part after a separator, a place or a sender then the date, or a week: "Press release - Paris, 12
# February 2026", "Digest | Week of 1 June 2026"; not a headline's own date ("AI Act Enforcement Begins - 2 August
# 2026", "Colorado AI Act Delayed - Now Takes Effect June 30, 2026").
SEPARATOR = re.compile(r"\s(?:\||-{1,2}|–|—)\s")
TITLE_DATE = re.compile(r"(?:[^,]{1,40},\s*|week of\s+)(?P<date>.{6,25})", re.I)


def line_date(line: str) -> date | None:
    """The date a line after the title gives as the document's: a short line's (a dateline or a byline on its own),
    or the date of a dateline that opens a paragraph (a city in capitals, the date, a dash: `DATELINE`), below a
    subtitle or a byline too."""
    line = line.strip()
    if len(line) <= DATELINE_MAX:
        return find_date(line)
    m = DATELINE.match(line)
    return whole_date(m.group("date")) if m else None


def whole_date(text: str) -> date | None:
    """The date `text` is, when it is a date and nothing more ("March 11, 2026", "12 February 2026": one of the
    written forms of kg/ingest/dates.py, whole)."""
    text = text.strip().rstrip(".")
    return find_date(text) if any(p.fullmatch(text) for p in PATTERNS) else None


def title_date(title: str | None) -> date | None:
    """The date of the title's last part after a separator, when that part is a place or a sender then the date, or a
    week (`TITLE_DATE`)."""
    parts = SEPARATOR.split(title or "")
    m = TITLE_DATE.fullmatch(parts[-1].strip()) if len(parts) > 1 else None
    return whole_date(m.group("date")) if m else None


def read_text(path: Path, warn: Warn, cap: int) -> Iterator[Document]:
    raw = read_capped(path, cap)
    text = decode(raw, str(path), warn)
    title, body = split_title(text)
    head = [ln for ln in text.splitlines() if ln.strip()][1 : 1 + DATELINE_LINES]
    published = next((d for d in map(line_date, head) if d), None) or title_date(title)
    yield Document.from_bytes(raw, body, str(path), title=title, published=published)
