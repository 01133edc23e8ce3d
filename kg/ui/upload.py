"""Adding uploaded documents to the current store through the one build service (kg.store.build): the
same curation, replacement of changed documents and skipping of known ones as `kg build`."""
from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.ingest import READERS, IngestOptions, IngestReport
from typing import TYPE_CHECKING

from kg.store.base import Store

if TYPE_CHECKING:  # the build service imports spaCy: only when an upload is added (add_documents)
    from kg.store.build import BuildOptions


@dataclass
class UploadResult:
    added: list[str] = field(default_factory=list)                 # origins of the documents added
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (origin, reason), problems included
    replaced: list[str] = field(default_factory=list)              # origins whose older version went
    triples: int = 0
    saved_to: str | None = None


def safe_name(name: str) -> str:
    """A file name that cannot leave the upload folder; keeps the extension that selects the reader."""
    base = Path(name.replace("\\", "/")).name
    base = re.sub(r"[^\w.\- ]+", "_", base).strip(". ") or "upload"
    return base[:120]


def add_documents(store: Store, files: list[tuple[str, bytes]],
                  progress: Callable[[str], None] | None = None, options: BuildOptions | None = None) -> UploadResult:
    """Build `files` (name, bytes) and add them to `store`; returns what was added and what was skipped."""
    result = UploadResult()
    with tempfile.TemporaryDirectory(prefix="kg-upload-") as tmp:
        paths, names = [], {}
        for i, (name, data) in enumerate(files):
            target = Path(tmp) / f"{i:04d}-{safe_name(name)}"
            if target.suffix.lower() not in READERS:
                result.skipped.append((name, f"unsupported extension {target.suffix or '(none)'!r}; "
                                             f"use one of {', '.join(sorted(READERS))}"))
                continue
            target.write_bytes(data)
            paths.append(target)
            names[str(target)] = safe_name(name)  # recorded as the document's origin: a new version replaces it
        report = IngestReport()
        added: list[str] = []

        def built(origin: str) -> None:
            added.append(origin)
            if progress:
                progress(origin)

        before = len(store)
        from kg.store.build import BuildOptions, build

        options = options or BuildOptions()
        options = replace(options, ingest=replace(options.ingest or IngestOptions(), names=names))
        res = build(paths, store, options, progress=built, report=report)
        strip = lambda origin: re.sub(r"^.*/\d{4}-", "", origin)  # noqa: E731 - the user's own file name
        result.skipped += [(strip(o), r) for o, r in report.problems + report.skipped]
        if res.added:
            result.triples = max(0, len(store) - before)
            result.saved_to = res.saved_to
        result.added = sorted(o.split("#")[0] for o in added)
        result.replaced = sorted(strip(o) for o in res.replaced)
    return result
