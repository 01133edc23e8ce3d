"""JSON Lines: one document a line with `text` and optional title, url, date, source."""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from kg.errors import Errors, IngestError
from kg.ingest.bounded import capped_lines, open_regular
from kg.ingest.dates import parse_date
from kg.ingest.document import Document
from kg.ingest.report import Warn
from kg.ingest.guard import clean, decode


def read_jsonl(path: Path, warn: Warn, cap: int) -> Iterator[Document]:
    """Streams the file line by line (a file of any size, one record of at most `cap` bytes in memory at a
    time; a longer line is passed over in pieces and reported)."""
    no_text: list[int] = []
    built = seen = 0
    with open_regular(path) as fh:
        if os.fstat(fh.fileno()).st_size == 0:
            raise IngestError(Errors.E101, origin=path, what="the file is empty")
        for n, raw_line in enumerate(capped_lines(fh, cap), start=1):
            origin = f"{path}#line {n}"
            if raw_line is None:
                seen += 1
                warn(origin, f"a line over {cap / 1e6:g} MB (4 times --max-mb); line skipped")
                continue
            if not raw_line.strip():
                continue
            seen += 1
            try:
                line = decode(raw_line, origin, warn)
                rec = json.loads(line)
            except IngestError as exc:
                warn(origin, exc.message.removeprefix(f"{origin}: ") + "; line skipped")
                continue
            except json.JSONDecodeError as exc:
                warn(origin, f"not valid JSON ({exc.msg} at column {exc.colno}); line skipped")
                continue
            body = rec.get("text") if isinstance(rec, dict) else None
            if not isinstance(body, str) or not body.strip():
                no_text.append(n)
                continue
            text = clean(body)
            if not text.strip():
                warn(origin, "its text is blank once control characters are removed; line skipped")
                continue
            built += 1
            meta = {k: clean(rec[k]) if isinstance(rec.get(k), str) else None for k in ("title", "url", "source")}
            yield Document.from_bytes(
                body.encode("utf-8", errors="surrogatepass"), text, origin,
                published=parse_date(rec.get("date")), **meta,
            )
    if not built and not no_text and not seen:
        warn(str(path), "only blank lines; nothing to build from it, skipped")
    elif no_text and not built:
        warn(str(path), f"no line has a non-empty string field 'text' ({len(no_text)} lines); not a document file, skipped")
    else:
        for n in no_text:
            warn(f"{path}#line {n}", "no non-empty string field 'text'; line skipped")
