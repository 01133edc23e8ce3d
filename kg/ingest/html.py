"""HTML pages: main text and metadata through trafilatura, offline."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.errors import IngestError
from kg.ingest.dates import parse_date
from kg.ingest.document import Document
from kg.ingest.report import Warn


def read_html(path: Path, warn: Warn) -> Iterator[Document]:
    import trafilatura  # heavy; imported when an HTML file is met

    raw = path.read_bytes()
    if not raw.strip():
        raise IngestError("E101", f"{path}: the file is empty; nothing to build from it.")
    html = raw.decode("utf-8", errors="replace")
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise IngestError("E104", f"{path}: no article text found in the HTML; is it a full page?")
    title = getattr(doc, "title", None)
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    yield Document.from_bytes(
        raw, text, str(path), title=title, url=getattr(doc, "url", None),
        published=parse_date(getattr(doc, "date", None)), source=getattr(doc, "sitename", None),
    )
