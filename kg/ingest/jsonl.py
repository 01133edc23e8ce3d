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


BAD = object()  # a line that could not be read (reported already)


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
            rec = parse_line(raw_line, origin, warn)
            if rec is BAD:
                continue
            body = rec.get("text") if isinstance(rec, dict) else None
            if not isinstance(body, str) or not body.strip():
                no_text.append(n)
                continue
            doc = document(rec, body, origin, warn)
            if doc is not None:
                built += 1
                yield doc
    report_file(path, warn, built, no_text, seen)


def parse_line(raw_line: bytes, origin: str, warn: Warn) -> object:
    """The line's JSON value, or BAD when it is not text or not JSON (reported)."""
    try:
        line = decode(raw_line, origin, warn)
        return json.loads(line)
    except IngestError as exc:
        warn(origin, exc.message.removeprefix(f"{origin}: ") + "; line skipped")
    except json.JSONDecodeError as exc:
        warn(origin, f"not valid JSON ({exc.msg} at column {exc.colno}); line skipped")
    return BAD


def document(rec: dict, body: str, origin: str, warn: Warn) -> Document | None:
    """The document of a record with a text; None when the text is blank once control characters are removed."""
    text = clean(body)
    if not text.strip():
        warn(origin, "its text is blank once control characters are removed; line skipped")
        return None
    meta = {k: clean(rec[k]) if isinstance(rec.get(k), str) else None for k in ("title", "url", "source")}
    return Document.from_bytes(
        body.encode("utf-8", errors="surrogatepass"), text, origin,
        published=parse_date(rec.get("date")), **meta,
    )


def report_file(path: Path, warn: Warn, built: int, no_text: list[int], seen: int) -> None:
    """What to say of the file as a whole: nothing in it, not a document file, or the lines without a text."""
    if not built and not no_text and not seen:
        warn(str(path), "only blank lines; nothing to build from it, skipped")
    elif no_text and not built:
        warn(str(path), f"no line has a non-empty string field 'text' ({len(no_text)} lines); not a document file, skipped")
    else:
        for n in no_text:
            warn(f"{path}#line {n}", "no non-empty string field 'text'; line skipped")
