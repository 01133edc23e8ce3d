"""Plain text and Markdown files: first line is the title, a dateline may follow."""
from __future__ import annotations

import re
from collections.abc import Iterator
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


def read_text(path: Path, warn: Warn, cap: int) -> Iterator[Document]:
    raw = read_capped(path, cap)
    text = decode(raw, str(path), warn)
    title, body = split_title(text)
    head = [ln for ln in text.splitlines() if ln.strip()][1 : 1 + DATELINE_LINES]
    head = [ln for ln in head if len(ln.strip()) <= DATELINE_MAX]
    published = next((d for d in map(find_date, head) if d), None)
    yield Document.from_bytes(raw, body, str(path), title=title, published=published)
