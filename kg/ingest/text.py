"""Plain text and Markdown files: first line is the title, a dateline may follow."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import IngestError
from kg.ingest.dates import find_date
from kg.ingest.document import Document
from kg.ingest.report import Warn

DATELINE_LINES = 4  # non-empty lines after the title where a dateline may stand
DATELINE_MAX = 100  # a longer line is body text, not a dateline


def decode(raw: bytes, origin: str) -> str:
    """UTF-8 text (a BOM is dropped); binary or undecodable bytes raise `IngestError`."""
    if not raw.strip():
        raise IngestError("E101", f"{origin}: the file is empty; nothing to build from it.")
    if b"\x00" in raw[:8192]:
        raise IngestError("E102", f"{origin}: looks binary (NUL bytes); give a text, HTML, JSON Lines or feed file.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(
            "E103", f"{origin}: not UTF-8 (byte {exc.start}); re-save it as UTF-8 and build again."
        ) from None


def split_title(text: str) -> tuple[str | None, str]:
    """The first non-empty line (Markdown heading marks removed) and the text."""
    for line in text.splitlines():
        if line.strip():
            return re.sub(r"^#+\s*", "", line.strip()), text
    return None, text


def read_text(path: Path, warn: Warn) -> Iterator[Document]:
    raw = path.read_bytes()
    text = decode(raw, str(path))
    title, body = split_title(text)
    head = [ln for ln in text.splitlines() if ln.strip()][1 : 1 + DATELINE_LINES]
    head = [ln for ln in head if len(ln.strip()) <= DATELINE_MAX]
    published = next((d for d in map(find_date, head) if d), None)
    yield Document.from_bytes(raw, body, str(path), title=title, published=published)
