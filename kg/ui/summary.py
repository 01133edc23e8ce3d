"""Summary tables of a build or a graph (rich renderables, no I/O)."""
from __future__ import annotations

from pathlib import Path

from collections import Counter

from rich.table import Table
from rich.text import Text

from kg.store.base import Store
from kg.store.build import BuildResult
from kg.ui.text import term_escape

QUERIES = Path(__file__).with_name("queries")


def _counts(title: str, counts: dict) -> Table:
    t = Table(title=title, title_justify="left")
    t.add_column("")
    t.add_column("count", justify="right")
    for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        t.add_row(k, str(v))
    return t


def _layout(title: str, rows: list[tuple[str, str]], entities: Counter, actions: Counter) -> Table:
    """A two-column table of figures, then entities by class and actions by type."""
    head = Table(title=Text(term_escape(title)), title_justify="left")  # a path or store label: text, not markup
    head.add_column("")
    head.add_column("", justify="right")
    for label, value in rows:
        head.add_row(label, value)
    outer = Table.grid(padding=(0, 0))
    for part in (head, _counts("Entities by class", entities), _counts("Actions by type", actions)):
        outer.add_row(part)
    return outer


def store_build_summary(result: BuildResult, store: Store) -> Table:
    r = result.report
    documents, entities, actions, triples = store_counts(store)
    return _layout(f"Built into {store.label}", [
        ("documents added", f"{result.added:,}"),
        ("replaced (changed at the same url or path)", f"{len(result.replaced):,}"),
        ("already in the store (skipped)", f"{r.already:,}"),
        ("problems (see stderr)", f"{len(r.problems):,}"),
        ("documents in the store", f"{documents:,}"),
        ("entities in the store", f"{sum(entities.values()):,}"),
        ("actions in the store", f"{sum(actions.values()):,}"),
        ("triples in the store", f"{triples:,}"),
        ("seconds", f"{result.seconds:.1f}"),
    ], entities, actions)


def build_summary(result: BuildResult, store: Store, output: Path, size: int) -> Table:
    """A build in memory, written to `output`."""
    r = result.report
    return _layout(f"Built {output} ({size:,} bytes)", [
        ("documents built", str(result.added)),
        ("files read", str(r.files_seen)),
        ("skipped (duplicates, hidden, other formats)", str(len(r.skipped))),
        ("problems (see stderr)", str(len(r.problems))),
        ("entities", str(sum(result.entities.values()))),
        ("actions", str(sum(result.actions.values()))),
        ("triples", f"{len(store):,}"),
        ("seconds", f"{result.seconds:.1f}"),
    ], result.entities, result.actions)


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
    return _layout(store.label, [("documents", f"{documents:,}"), ("entities", f"{sum(entities.values()):,}"),
                                 ("actions", f"{sum(actions.values()):,}"), ("triples", f"{triples:,}")],
                   entities, actions)
