"""Sources to a finished graph: ingest -> nlp -> graph, with a report of what happened."""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from kg.graph.build import GraphBuilder
from kg.graph.namespaces import ACTION_TYPES, AIP, ENTITY_CLASSES
from kg.ingest import IngestOptions, IngestReport, iter_documents
from kg.nlp.curation import load_curation
from kg.nlp.parallel import extract_many

Progress = Callable[[str], None]  # called with each document's origin once it is built


@dataclass
class BuildResult:
    graph: Graph
    report: IngestReport
    seconds: float
    entities: Counter = field(default_factory=Counter)
    actions: Counter = field(default_factory=Counter)

    @property
    def documents(self) -> int:
        return self.report.documents


def summarise(g: Graph) -> tuple[Counter, Counter]:
    """(entities by class, actions by type) of a graph."""
    entities = Counter({c: sum(1 for _ in g.subjects(RDF.type, AIP[c])) for c in ENTITY_CLASSES})
    actions = Counter()
    for t in ACTION_TYPES:
        n = sum(1 for _ in g.subjects(AIP.actionType, AIP[t]))
        if n:
            actions[t] = n
    return entities, actions


def build_graph(inputs: Iterable[str | Path], progress: Progress | None = None,
                report: IngestReport | None = None, curation: str | Path | None = None,
                known: set[str] | None = None, jobs: int = 1, dask: str | None = None,
                options: IngestOptions | None = None, min_confidence: float = 0.0) -> BuildResult:
    """Read every input, extract, and return the whole graph; bad inputs are reported, not fatal.
    `curation` is a merge/split file (kg.nlp.curation) whose decisions win over the automatic ones;
    documents whose sha256 is in `known` are skipped (they are already in the target). `jobs` worker
    processes or a Dask scheduler address (`dask`) run the extraction; the graph is built here."""
    start = time.perf_counter()
    report = report if report is not None else IngestReport()
    cur = str(Path(curation).resolve()) if curation else None
    builder = GraphBuilder(load_curation(cur), min_confidence)
    for ex in extract_many(iter_documents(inputs, report, known, options), jobs=jobs, dask=dask, curation=cur):
        if ex.error:
            report.problem(ex.document.origin, f"{ex.error}; skipped")
            report.documents -= 1
            continue
        builder.add(ex)
        if progress:
            progress(ex.document.origin)
    g = builder.graph()
    entities, actions = summarise(g)
    return BuildResult(g, report, time.perf_counter() - start, entities, actions)
