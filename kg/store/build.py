"""The one build service, used by `kg build`, `kg eval`, the app's first start and its uploads: sources
are read (kg.ingest), extracted (kg.nlp), built into graphs (kg.graph) and written into a store,
incrementally: documents already there (same sha256) are skipped, a document
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

from rdflib import Graph, URIRef

from kg.graph.build import GraphBuilder, summarise
from kg.ingest import IngestOptions, IngestReport, iter_documents
from kg.ingest.document import Document
from kg.nlp.curation import default_curation, load_curation
from kg.nlp.extract import fewer_collections
from kg.nlp.parallel import extract_many
from kg.store.base import Store
from kg.store.events import earlier_reports
from kg.store.memory import MemoryStore

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
class BuildOptions:
    """How a build runs, the same for `kg build`, the app's first start and its uploads."""
    curation: str | Path | None = None   # merge/split decisions; None: ./curation.jsonl when it exists
    use_default_curation: bool = True    # False: no curation unless one is given (scoring the extractor)
    jobs: int = 1                        # extraction worker processes
    dask: str | None = None              # or a Dask scheduler's address
    batch_docs: int = BATCH_DOCS         # documents per transaction, for stores that have them
    ingest: IngestOptions | None = None
    min_confidence: float = 0.0

    def curation_file(self) -> str | None:
        chosen = self.curation if self.curation is not None else (default_curation() if self.use_default_curation else None)
        return str(Path(chosen).resolve()) if chosen else None


@dataclass
class BuildResult:
    report: IngestReport = field(default_factory=IngestReport)
    seconds: float = 0.0
    added: int = 0                 # documents written
    replaced: list[str] = field(default_factory=list)  # origins whose older version was removed
    triples_written: int = 0
    batches: int = 0               # transactions committed
    entities: Counter = field(default_factory=Counter)
    actions: Counter = field(default_factory=Counter)
    graph: Graph | None = None     # the whole graph, when built in memory
    saved_to: str | None = None    # the graph file written back, for file stores

    @property
    def documents(self) -> int:
        return self.added


def _key(url: str | None, path: str | None) -> str | None:
    """Where a document comes from (its url, else its path): a changed document there replaces the old."""
    return url or path


class _Batches:
    """Extracted documents gathered into graphs and written one transaction per batch."""

    def __init__(self, store: Store, result: BuildResult, options: BuildOptions, curation: str | None,
                 replace: dict[str, URIRef], stored: bool) -> None:
        self.store, self.result, self.replace = store, result, replace
        self.link_stored = stored  # the store holds reports to link to (then every batch after the first does)
        self.curated, self.min_confidence = load_curation(curation), options.min_confidence
        # a store without transactions (in memory) takes one batch: its events link across every document
        self.size = options.batch_docs if store.transactional else None
        self.builder, self.pending = GraphBuilder(self.curated, self.min_confidence), []

    def add(self, ex) -> None:
        self.builder.add(ex)
        self.pending.append(ex.document)
        if self.size and len(self.pending) >= self.size:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        result = self.result
        with interrupts_deferred():
            for doc in self.pending:  # the older version of a changed document goes first
                old = self.replace.pop(doc.sha256, None)
                if old is not None and self.store.remove_document(old):
                    result.replaced.append(doc.origin)
            if self.link_stored:  # reports of the same events in earlier batches and builds
                self.builder.link_earlier(earlier_reports(self.store, self.builder.event_keys()))
            g = self.builder.graph()
            result.triples_written += self.store.add(g)
            result.added += len(self.pending)
            result.batches += 1
            self.link_stored = True
        ents, acts = summarise(g)
        result.entities.update(ents)
        result.actions.update(acts)
        self.builder, self.pending = GraphBuilder(self.curated, self.min_confidence), []


def build(inputs: Iterable[str | Path], store: Store, options: BuildOptions | None = None,
          progress: Callable[[str], None] | None = None, report: IngestReport | None = None,
          result: BuildResult | None = None) -> BuildResult:
    """The one build: read `inputs`, extract, and write into `store`. Documents the store holds (same
    sha256) are skipped; a changed document at the same url or path replaces the old one; bad inputs are
    reported, not fatal. `progress` is called with each document's origin once it is extracted. Pass
    `result` to read what was committed if the build is interrupted."""
    options = options or BuildOptions()
    start = time.perf_counter()
    report = report if report is not None else IngestReport()
    result = result if result is not None else BuildResult(report)
    result.report = report
    cur = options.curation_file()
    stored = store.documents()
    known = {d.sha256 for d in stored}
    by_key = {_key(d.url, d.source): d for d in stored if _key(d.url, d.source)}
    replace: dict[str, URIRef] = {}

    def documents() -> Iterator[Document]:
        for doc in iter_documents(inputs, report, known, options.ingest):
            old = by_key.get(_key(doc.url, doc.origin))
            if old is not None and old.sha256 != doc.sha256:
                replace[doc.sha256] = URIRef(old.iri)
            yield doc

    batches = _Batches(store, result, options, cur, replace, stored=bool(stored))
    with fewer_collections():  # the whole build, graph making included (each batch of extraction alone otherwise)
        for ex in extract_many(documents(), jobs=options.jobs, dask=options.dask, curation=cur):
            if ex.error:
                report.problem(ex.document.origin, f"{ex.error}; skipped")
                replace.pop(ex.document.sha256, None)
                continue
            batches.add(ex)
            if progress:
                progress(ex.document.origin)
        batches.flush()
    result.saved_to = store.save()
    result.seconds = time.perf_counter() - start
    return result


def build_graph(inputs: Iterable[str | Path], progress: Callable[[str], None] | None = None,
                report: IngestReport | None = None, **options) -> BuildResult:
    """`build` into a fresh in-memory store; the result carries the graph (`result.graph`). `options` are
    the fields of BuildOptions; no curation file is read unless one is given."""
    options.setdefault("use_default_curation", False)
    store = MemoryStore()
    result = build(inputs, store, BuildOptions(**options), progress=progress, report=report)
    result.graph = store.graph()
    return result
