"""Building a gold corpus's articles into a graph, for scoring: exactly the files, as `kg build` reads them."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from kg.errors import Errors, KGError


def build_corpus(corpus: Path, tmp: Path, min_confidence: float = 0.0, say: Callable[[str], None] | None = None) -> Path:
    """The graph of the corpus's article files (gold.jsonl and other non-article files are not read), written to
    Turtle in `tmp`."""
    from kg.store.build import build_graph
    from kg.ingest import IngestReport

    files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md", ".html") and not p.name.startswith("."))
    if not files:
        raise KGError(Errors.E703, corpus=corpus)
    report = IngestReport(listeners=[lambda o, r: say and say(f"kg: {o}: {r}")])
    from kg.graph.export import write_graph

    result = build_graph(files, report=report, min_confidence=min_confidence)
    out = tmp / "corpus.ttl"
    write_graph(result.graph, out, "turtle")  # scored as read back from Turtle, exactly as score.py reads it
    return out
