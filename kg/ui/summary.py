"""Summary tables of a build or a graph (rich renderables, no I/O)."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF
from rich.table import Table

from kg.graph.namespaces import AIP
from kg.graph.pipeline import BuildResult, summarise


def _counts(title: str, counts: dict) -> Table:
    t = Table(title=title, title_justify="left")
    t.add_column("")
    t.add_column("count", justify="right")
    for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        t.add_row(k, str(v))
    return t


def build_summary(result: BuildResult, output: Path, size: int) -> Table:
    r = result.report
    outer = Table.grid(padding=(0, 0))
    head = Table(title=f"Built {output} ({size:,} bytes)", title_justify="left")
    head.add_column("")
    head.add_column("", justify="right")
    head.add_row("documents built", str(r.documents))
    head.add_row("files read", str(r.files_seen))
    head.add_row("skipped (duplicates, hidden, other formats)", str(len(r.skipped)))
    head.add_row("problems (see stderr)", str(len(r.problems)))
    head.add_row("entities", str(sum(result.entities.values())))
    head.add_row("actions", str(sum(result.actions.values())))
    head.add_row("triples", f"{len(result.graph):,}")
    head.add_row("seconds", f"{result.seconds:.1f}")
    for part in (head, _counts("Entities by class", result.entities), _counts("Actions by type", result.actions)):
        outer.add_row(part)
    return outer


def graph_stats(g: Graph) -> Table:
    entities, actions = summarise(g)
    outer = Table.grid(padding=(0, 0))
    head = Table(title="Graph", title_justify="left")
    head.add_column("")
    head.add_column("", justify="right")
    head.add_row("documents", str(sum(1 for _ in g.subjects(RDF.type, AIP.Document))))
    head.add_row("entities", str(sum(entities.values())))
    head.add_row("actions", str(sum(actions.values())))
    head.add_row("triples", f"{len(g):,}")
    for part in (head, _counts("Entities by class", entities), _counts("Actions by type", actions)):
        outer.add_row(part)
    return outer
