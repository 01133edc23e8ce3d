"""RSS and Atom feeds: one document per entry (content, else summary)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

from kg.errors import Errors, IngestError
from kg.ingest.bounded import read_capped
from kg.ingest.dates import parse_date
from kg.ingest.document import Document
from kg.ingest.guard import clean
from kg.ingest.report import Warn

TAG = re.compile(r"<[^>]+>")


def strip_markup(value: str) -> str:
    """Entry HTML to plain text, keeping paragraph breaks."""
    value = re.sub(r"(?i)</p\s*>|<br\s*/?>", "\n\n", value)
    return re.sub(r"\n{3,}", "\n\n", unescape(TAG.sub("", value))).strip()


def read_feed(path: Path, warn: Warn, cap: int) -> Iterator[Document]:
    raw = read_capped(path, cap)
    import feedparser

    if not raw.strip():
        raise IngestError(Errors.E101, origin=path, what="the file is empty")
    parsed = feedparser.parse(raw)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        raise IngestError(Errors.E111, path=path, reason=f" ({reason})" if reason else "")
    site = parsed.feed.get("title") if hasattr(parsed, "feed") else None
    for n, entry in enumerate(parsed.entries, start=1):
        origin = f"{path}#entry {n}"
        content = entry.get("content") or []
        html = content[0].get("value") if content else entry.get("summary", "")
        body = clean(strip_markup(html or ""))
        if not body:
            warn(origin, "entry has no content or summary; skipped")
            continue
        title = clean(entry.get("title") or "") or None
        text = f"{title}\n\n{body}" if title else body
        published = parse_date(entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published"))
        yield Document.from_bytes(
            body.encode("utf-8", errors="surrogatepass"), text, origin, title=title, url=entry.get("link"), published=published, source=site
        )
