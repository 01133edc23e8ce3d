"""HTML pages: main text and metadata through trafilatura, offline."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.errors import Errors, IngestError
from kg.ingest.bounded import read_capped
from kg.ingest.dates import parse_date
from kg.ingest.document import Document
from kg.ingest.guard import clean, decode
from kg.ingest.report import Warn


def read_html(path: Path, warn: Warn, cap: int) -> Iterator[Document]:
    raw = read_capped(path, cap)
    import trafilatura  # heavy; imported when an HTML file is met

    html = decode(raw, str(path), warn)
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # a parser failure on broken markup is this file's problem only  # noqa: BLE001
        raise IngestError(Errors.E104, path=path, why=f"the HTML could not be parsed ({type(exc).__name__}).") from None
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise IngestError(Errors.E104, path=path, why="no article text found in the HTML; is it a full page?")
    title = clean(getattr(doc, "title", None) or "") or None
    body = clean(body)
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    yield Document.from_bytes(
        raw, text, str(path), title=title, url=getattr(doc, "url", None),
        published=parse_date(getattr(doc, "date", None)), source=getattr(doc, "sitename", None),
    )
