"""Summary tables of a build or a graph (rich renderables, no I/O)."""
from __future__ import annotations

from pathlib import Path

from collections import Counter

from rich.table import Table

from kg.graph.pipeline import BuildResult
from kg.store.base import Store
from kg.store.build import StoreBuildResult

QUERIES = Path(__file__).with_name("queries")


def _counts(title: str, counts: dict) -> Table:
    t = Table(title=title, title_justify="left")
    t.add_column("")
    t.add_column("count", justify="right")
    for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        t.add_row(k, str(v))
    return t


def store_build_summary(result: StoreBuildResult, store: Store) -> Table:
    r = result.report
    documents, entities, actions, triples = store_counts(store)
    outer = Table.grid(padding=(0, 0))
    head = Table(title=f"Built into {store.label}", title_justify="left")
    head.add_column("")
    head.add_column("", justify="right")
    head.add_row("documents added", f"{result.added:,}")
    head.add_row("replaced (changed at the same url or path)", f"{len(result.replaced):,}")
    head.add_row("already in the store (skipped)", f"{r.already:,}")
    head.add_row("problems (see stderr)", f"{len(r.problems):,}")
    head.add_row("documents in the store", f"{documents:,}")
    head.add_row("entities in the store", f"{sum(entities.values()):,}")
    head.add_row("actions in the store", f"{sum(actions.values()):,}")
    head.add_row("triples in the store", f"{triples:,}")
    head.add_row("seconds", f"{result.seconds:.1f}")
    for part in (head, _counts("Entities by class", entities), _counts("Actions by type", actions)):
        outer.add_row(part)
    return outer


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


def store_counts(store: Store) -> tuple[int, Counter, Counter, int]:
    """(documents, entities by class, actions by type, distinct triples) of any store, by SPARQL."""
    def rows(name: str) -> list:
        return store.query((QUERIES / f"{name}.rq").read_text(encoding="utf-8"), timeout=None, limit=None).rows

    local = lambda t: str(t).rsplit("#", 1)[-1]  # noqa: E731
    entities = Counter({local(c): int(n) for c, n in rows("entity-counts")})
    actions = Counter({local(t): int(n) for t, n in rows("action-counts")})
    docs = rows("document-count")
    return (int(docs[0][0]) if docs else 0), entities, actions, store.triples()


def graph_stats(store: Store) -> Table:
    documents, entities, actions, triples = store_counts(store)
    outer = Table.grid(padding=(0, 0))
    head = Table(title=store.label, title_justify="left")
    head.add_column("")
    head.add_column("", justify="right")
    head.add_row("documents", f"{documents:,}")
    head.add_row("entities", f"{sum(entities.values()):,}")
    head.add_row("actions", f"{sum(actions.values()):,}")
    head.add_row("triples", f"{triples:,}")
    for part in (head, _counts("Entities by class", entities), _counts("Actions by type", actions)):
        outer.add_row(part)
    return outer
