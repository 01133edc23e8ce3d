"""Sources to `Document`s: files and folders, by extension, with a report of what was skipped."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from kg.errors import IngestError
from kg.ingest.bounded import file_cap
from kg.ingest.document import Document, sha256_hex
from kg.ingest.feed import read_feed
from kg.ingest.guard import IngestOptions, check
from kg.ingest.html import read_html
from kg.ingest.jsonl import read_jsonl
from kg.ingest.report import IngestReport, Warn
from kg.ingest.text import read_text
from kg.ingest.walk import regular_files

Reader = Callable[[Path, Warn, int], Iterator[Document]]  # (path, warn, most bytes to read) -> documents
READERS: dict[str, Reader] = {
    ".txt": read_text, ".md": read_text, ".markdown": read_text,
    ".html": read_html, ".htm": read_html,
    ".jsonl": read_jsonl, ".ndjson": read_jsonl,
    ".xml": read_feed, ".rss": read_feed, ".atom": read_feed,
}

__all__ = ["READERS", "Document", "IngestOptions", "IngestReport", "expand_inputs", "iter_documents", "sha256_hex"]


def expand_inputs(inputs: Iterable[str | Path], report: IngestReport, follow_links: bool = False) -> list[Path]:
    """Files to read: each regular file given, and every supported regular file under each folder, sorted;
    anything else is reported (see `kg.ingest.walk`), hidden files silently."""
    inputs = list(inputs)
    given = {Path(i) for i in inputs}
    files: list[Path] = []
    for path, why, hidden in regular_files(inputs, follow_links):
        if hidden:
            report.skip(str(path), "hidden")
        elif why is not None:
            report.problem(str(path), f"[{why.code}] " + why.message.removeprefix(f"{path}: "))
        elif path.suffix.lower() in READERS:
            files.append(path)
        elif path in given:
            report.problem(str(path), f"unsupported extension {path.suffix or '(none)'!r}; use one of {', '.join(sorted(READERS))}")
        else:
            report.skip(str(path), f"unsupported extension {path.suffix or '(none)'!r}")
    return files


def iter_documents(inputs: Iterable[str | Path], report: IngestReport | None = None,
                   known: set[str] | None = None, options: IngestOptions | None = None) -> Iterator[Document]:
    """Every document in `inputs`; a bad file or record is reported and skipped, never fatal.
    Documents whose sha256 is in `known` (already in the target graph or store) are skipped with a note."""
    report = report if report is not None else IngestReport()
    seen: set[str] = set()
    known = known or set()
    options = options or IngestOptions()
    cap = file_cap(options.max_mb)
    for path in expand_inputs(inputs, report, options.follow_links):
        report.files_seen += 1
        try:
            for doc in READERS[path.suffix.lower()](path, report.problem, cap):
                if str(path) in options.names:  # e.g. an upload: its own name, not the temporary file's
                    doc = replace(doc, origin=options.names[str(path)] + doc.origin[len(str(path)):])
                if doc.sha256 in seen:
                    report.duplicates += 1
                    report.skip(doc.origin, "duplicate of a document already read (same sha256)")
                    continue
                seen.add(doc.sha256)
                if doc.sha256 in known:
                    report.already += 1
                    report.skip(doc.origin, "already in the graph (same sha256)", tell=False)
                    continue
                try:
                    check(doc.text, doc.origin, options)
                except IngestError as exc:
                    report.problem(doc.origin, exc.message.removeprefix(f"{doc.origin}: "))
                    continue
                report.documents += 1
                yield doc
        except IngestError as exc:
            report.problem(str(path), f"[{exc.code}] " + exc.message.removeprefix(f"{path}: "))
        except OSError as exc:
            report.problem(str(path), f"cannot read ({exc.strerror or exc})")
        except Exception as exc:  # a parser bug on hostile input costs this file only  # noqa: BLE001
            report.problem(str(path), f"could not be read ({type(exc).__name__}: {str(exc)[:120]}); skipped")
