"""Adding uploaded documents to the current store: build them, skip what the store already holds."""
from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib.namespace import DCTERMS, RDF

from kg.graph.namespaces import AIP
from kg.graph.pipeline import build_graph
from kg.ingest import READERS, IngestReport
from kg.store.base import Store


@dataclass
class UploadResult:
    added: list[str] = field(default_factory=list)                 # origins of the documents added
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (origin, reason), problems included
    triples: int = 0
    saved_to: str | None = None


def safe_name(name: str) -> str:
    """A file name that cannot leave the upload folder; keeps the extension that selects the reader."""
    base = Path(name.replace("\\", "/")).name
    base = re.sub(r"[^\w.\- ]+", "_", base).strip(". ") or "upload"
    return base[:120]


def add_documents(store: Store, files: list[tuple[str, bytes]],
                  progress: Callable[[str], None] | None = None) -> UploadResult:
    """Build `files` (name, bytes) and add them to `store`; returns what was added and what was skipped."""
    result = UploadResult()
    with tempfile.TemporaryDirectory(prefix="kg-upload-") as tmp:
        paths = []
        for i, (name, data) in enumerate(files):
            target = Path(tmp) / f"{i:04d}-{safe_name(name)}"
            if target.suffix.lower() not in READERS:
                result.skipped.append((name, f"unsupported extension {target.suffix or '(none)'!r}; "
                                             f"use one of {', '.join(sorted(READERS))}"))
                continue
            target.write_bytes(data)
            paths.append(target)
        report = IngestReport()
        built = build_graph(paths, progress=progress, report=report, known=store.document_shas())
        strip = lambda origin: re.sub(r"^.*/\d{4}-", "", origin)  # noqa: E731 - the user's own file name
        result.skipped += [(strip(o), r) for o, r in report.problems + report.skipped]
        if report.documents:
            result.triples = store.add(built.graph)
            result.saved_to = store.save()
        result.added = sorted(strip(str(built.graph.value(d, DCTERMS.source)))
                              for d in built.graph.subjects(RDF.type, AIP.Document))
    return result
