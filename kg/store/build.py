"""Building into a store, incrementally: documents already there (same sha256) are skipped, a document
whose content changed at the same url or path replaces the old one, and the graph is written in
batches, one transaction each, so memory stays bounded and a killed build leaves whole documents only."""
from __future__ import annotations

import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import URIRef

from kg.graph.build import GraphBuilder
from kg.graph.pipeline import summarise
from kg.ingest import IngestOptions, IngestReport, iter_documents
from kg.ingest.document import Document
from kg.nlp.curation import load_curation
from kg.nlp.parallel import extract_many
from kg.store.base import Store

BATCH_DOCS = 200


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Ctrl-C waits until the block is done, so that a commit and its count stay together."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


@dataclass
class StoreBuildResult:
    report: IngestReport = field(default_factory=IngestReport)
    seconds: float = 0.0
    added: int = 0                 # documents written
    replaced: list[str] = field(default_factory=list)  # origins whose older version was removed
    triples_written: int = 0
    batches: int = 0               # transactions committed
    entities: Counter = field(default_factory=Counter)
    actions: Counter = field(default_factory=Counter)

    @property
    def documents(self) -> int:
        return self.added


def _key(url: str | None, path: str | None) -> str | None:
    """Where a document comes from (its url, else its path): a changed document there replaces the old."""
    return url or path


def build_into(store: Store, inputs: Iterable[str | Path], progress: Callable[[str], None] | None = None,
               report: IngestReport | None = None, curation: str | Path | None = None, jobs: int = 1,
               dask: str | None = None, batch_docs: int = BATCH_DOCS, options: IngestOptions | None = None,
               result: StoreBuildResult | None = None, min_confidence: float = 0.0) -> StoreBuildResult:
    """Read, extract and write into `store` in batches of `batch_docs` documents, one transaction each.
    Pass `result` to read what was committed if the build is interrupted."""
    start = time.perf_counter()
    report = report if report is not None else IngestReport()
    if result is None:
        result = StoreBuildResult(report)
    result.report = report
    cur = str(Path(curation).resolve()) if curation else None
    stored = store.documents()
    known = {d.sha256 for d in stored}
    by_key = {_key(d.url, d.source): d for d in stored if _key(d.url, d.source)}
    replace: dict[str, URIRef] = {}

    def documents() -> Iterator[Document]:
        for doc in iter_documents(inputs, report, known, options):
            old = by_key.get(_key(doc.url, doc.origin))
            if old is not None and old.sha256 != doc.sha256:
                replace[doc.sha256] = URIRef(old.iri)
            yield doc

    curated = load_curation(cur)
    builder, pending = GraphBuilder(curated, min_confidence), []

    def flush() -> None:
        nonlocal builder, pending
        if not pending:
            return
        g = builder.graph()
        ents, acts = summarise(g)
        with interrupts_deferred():
            for doc in pending:  # the older version of a changed document goes first
                old = replace.pop(doc.sha256, None)
                if old is not None and store.remove_document(old):
                    result.replaced.append(doc.origin)
            result.triples_written += store.add(g)
            result.added += len(pending)
            result.batches += 1
        result.entities.update(ents)
        result.actions.update(acts)
        builder, pending = GraphBuilder(curated, min_confidence), []

    for ex in extract_many(documents(), jobs=jobs, dask=dask, curation=cur):
        if ex.error:
            report.problem(ex.document.origin, f"{ex.error}; skipped")
            replace.pop(ex.document.sha256, None)
            continue
        builder.add(ex)
        pending.append(ex.document)
        if progress:
            progress(ex.document.origin)
        if len(pending) >= batch_docs:
            flush()
    flush()
    store.save()
    result.seconds = time.perf_counter() - start
    return result
