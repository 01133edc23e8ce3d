"""The graph as tables for the app: entities, actions, relations, documents, read by SPARQL from any store."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import ClassVar
from pathlib import Path

import pandas as pd

from kg.store.base import Store

QUERIES = Path(__file__).with_name("queries")
WIKIDATA = "http://www.wikidata.org/entity/"
AIP = "https://w3id.org/aipolicy-kg/ontology#"


@dataclass
class GraphModel:
    """Tables of one graph. IRIs are plain strings; `when` is the action's date as a `datetime.date`."""

    entities: pd.DataFrame   # iri, label, cls, aliases, wikidata, docs, degree
    actions: pd.DataFrame    # iri, type, agent, targets, instruments, date, when, evidence, doc, confidence, negated, sources
    relations: pd.DataFrame  # s, p, o, evidence, doc
    documents: pd.DataFrame  # iri, title, date, source, url, sha
    triples: int
    large: ClassVar[bool] = False  # a `kg.ui.storemodel.StoreModel` reads actions by aggregates and pages instead

    def action_total(self) -> int:
        return len(self.actions)

    def document_total(self) -> int:
        return len(self.documents)

    def triples_text(self) -> str:
        return f"{self.triples:,} triples"

    def after_page(self) -> None:
        """Called at the end of each page run (a `StoreModel` counts its triples then)."""

    def action_dates(self) -> list[dt.date]:
        return [d for d in self.actions["when"] if d is not None]

    def type_counts(self) -> Counter:
        return Counter(self.actions["type"])

    def agent_target_counts(self) -> Counter:
        """Actions by (agent, target), for actions with both."""
        return Counter((a, t) for a, ts in zip(self.actions["agent"], self.actions["targets"]) if isinstance(a, str)
                       for t in ts)

    def label(self, iri: str | None) -> str:
        if not iri:
            return ""
        return self._labels.get(iri, iri.rsplit("/", 1)[-1])

    def __post_init__(self) -> None:
        self._labels = dict(zip(self.entities["iri"], self.entities["label"]))
        self._labels.update(dict(zip(self.documents["iri"], self.documents["title"])))
        self._records: dict[str, list[dict]] = {}

    def records(self, name: str, rows: pd.DataFrame) -> list[dict]:
        """The records (dicts) of `rows`, a selection of the table `name` ("actions" or "relations"), made
        once a model: the same dicts on every rerun, to be read and never changed."""
        table = getattr(self, name)
        if name not in self._records:
            cols = list(table.columns)
            self._records[name] = [dict(zip(cols, row)) for row in zip(*(table[c].tolist() for c in cols))]
        if not isinstance(table.index, pd.RangeIndex) or table.index.start != 0 or table.index.step != 1:
            return rows.to_dict("records")
        every = self._records[name]
        return [every[i] for i in rows.index]


def _oxigraph(store: Store):
    """The pyoxigraph store to read tables from directly (in this process, no row cap): an Oxigraph store's
    own, or the in-memory copy of a graph file (`kg.ui.filestore`); None for other stores."""
    fast = getattr(store, "fast", None)
    if fast is not None:
        return fast
    from kg.store.oxigraph import OxigraphStore

    return store.store if isinstance(store, OxigraphStore) else None


def _rows(store: Store, name: str) -> list[dict[str, str | None]]:
    return select(store, (QUERIES / f"{name}.rq").read_text(encoding="utf-8"))


def select(store: Store, text: str) -> list[dict[str, str | None]]:
    """The rows of a SELECT query as dicts of plain strings (None for unbound), with no time limit or row cap."""
    ox = _oxigraph(store)
    if ox is not None:
        res = ox.query(text, use_default_graph_as_union=True)
        cols = [v.value for v in res.variables]
        return [{c: (None if v is None else v.value) for c, v in zip(cols, sol)} for sol in res]
    res = store.query(text, timeout=None, limit=None)
    return [{c: (None if v is None else str(v)) for c, v in zip(res.columns, row)} for row in res.rows]


def select_terms(store: Store, text: str) -> list[tuple]:
    """The rows of a SELECT query as tuples of rdflib terms (None for unbound), with no time limit or row cap."""
    ox = _oxigraph(store)
    if ox is not None:
        from kg.store.terms import from_ox

        return [tuple(None if v is None else from_ox(v) for v in sol)
                for sol in ox.query(text, use_default_graph_as_union=True)]
    return [tuple(row) for row in store.query(text, timeout=None, limit=None).rows]


def parse_when(text: str | None) -> dt.date | None:
    """`2026-04-07`, `2026-04` (first of the month) or `2026` (1 January) as a date; None otherwise."""
    if not text:
        return None
    parts = text.split("-")
    try:
        nums = [int(p) for p in parts[:3]]
        return dt.date(nums[0], nums[1] if len(nums) > 1 else 1, nums[2] if len(nums) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _local(iri: str | None) -> str:
    return (iri or "").rsplit("#", 1)[-1]


def load_model(store: Store) -> GraphModel:
    """Read the whole graph into tables (a few simple queries, joined here)."""
    actions = _actions(store)
    relations = _relations(store)
    entities = _entities(store, _degrees(relations, actions))
    actions_df = pd.DataFrame(actions, columns=ACTION_COLUMNS, dtype=object)
    return GraphModel(entities, actions_df, relations.reset_index(drop=True), _documents(store), len(store))


ACTION_COLUMNS = ["iri", "type", "agent", "targets", "instruments", "date", "when", "evidence", "doc",
                  "confidence", "negated", "sources"]


def _grouped(store: Store, query: str, key: str, value: str) -> dict[str, list[str]]:
    """The `value` column of a query's rows, listed by their `key` column."""
    out: dict[str, list[str]] = defaultdict(list)
    for r in _rows(store, query):
        out[r[key]].append(r[value])
    return out


def _documents(store: Store) -> pd.DataFrame:
    return documents_table(_rows(store, "documents"))


def documents_table(rows: list[dict]) -> pd.DataFrame:
    """The documents table from rows of documents.rq (the first row of each document)."""
    documents = pd.DataFrame(rows, columns=["doc", "title", "date", "source", "url", "sha"], dtype=object)
    documents = documents.drop_duplicates("doc").rename(columns={"doc": "iri"}).reset_index(drop=True)
    documents["title"] = [t or s or i for t, s, i in zip(documents["title"], documents["source"], documents["iri"])]
    return documents


def _actions(store: Store) -> list[dict]:
    """One record per action, its targets, instruments and the number of reports of its event."""
    targets = _grouped(store, "targets", "a", "t")
    instruments = _grouped(store, "instruments", "a", "i")
    others = {a: set(bs) for a, bs in _grouped(store, "same-event", "a", "b").items()}
    return action_records(_rows(store, "actions"), targets, instruments, others)


def action_records(rows: list[dict], targets: dict, instruments: dict, others: dict) -> list[dict]:
    """Action records (the columns of ACTION_COLUMNS) from the rows of actions.rq, the first row of each action."""
    seen: set[str] = set()
    actions = []
    for r in rows:
        if r["a"] in seen:
            continue
        seen.add(r["a"])
        actions.append({
            "iri": r["a"], "type": _local(r["type"]), "agent": r["agent"],
            "targets": sorted(set(targets.get(r["a"], []))), "instruments": sorted(set(instruments.get(r["a"], []))),
            "date": r["date"] or "", "when": parse_when(r["date"]), "evidence": r["evidence"] or "",
            "doc": r["doc"], "confidence": float(r["confidence"]) if r["confidence"] else None,
            "negated": (r["negated"] or "").lower() in ("true", "1"), "sources": 1 + len(others.get(r["a"], ())),
        })
    return actions


def evidence_order(row: dict) -> tuple[str, str]:
    """Which of a relation's statements a view shows: the first by sentence, then document (a store returns rows in
    no fixed order, and two queries may return them in two)."""
    return str(row.get("evidence") or ""), str(row.get("doc") or "")


def _relations(store: Store) -> pd.DataFrame:
    """The direct relations, each with one sentence and document that support it (the first by `evidence_order`,
    so that every view of the store shows the same one)."""
    evidence: dict[tuple[str, str, str], tuple[str, str | None]] = {}
    for r in sorted(_rows(store, "relation-evidence"), key=evidence_order):
        evidence.setdefault((r["s"], r["p"], r["o"]), (r["evidence"], r["doc"]))
    relations = []
    for r in _rows(store, "relations"):
        ev, doc = evidence.get((r["s"], r["p"], r["o"]), ("", None))
        relations.append({"s": r["s"], "p": _local(r["p"]), "o": r["o"], "evidence": ev, "doc": doc})
    return pd.DataFrame(relations, columns=["s", "p", "o", "evidence", "doc"], dtype=object).drop_duplicates(["s", "p", "o"])


def _degrees(relations: pd.DataFrame, actions: list[dict]) -> Counter:
    """Each entity's connections: its relations, and the agent-target pairs of actions it is in."""
    degree: Counter = Counter()
    for s, o in zip(relations["s"], relations["o"]):
        degree[s] += 1
        degree[o] += 1
    for a in actions:
        for t in a["targets"] if a["agent"] else ():
            degree[a["agent"]] += 1
            degree[t] += 1
    return degree


def _entities(store: Store, degree: Counter, mentions: bool = True) -> pd.DataFrame:
    """The entities table; without `mentions`, the `docs` column is left empty (read per entity on demand)."""
    aliases = _grouped(store, "aliases", "e", "alias")
    wikidata = {r["e"]: r["same"] for r in _rows(store, "same-as") if r["same"] and r["same"].startswith(WIKIDATA)}
    docs_of = _grouped(store, "mentions", "e", "doc") if mentions else {}
    entity_rows = {}
    for r in _rows(store, "entities"):
        entity_rows.setdefault(r["e"], {"iri": r["e"], "label": r["label"], "cls": _local(r["class"]),
                                        "aliases": sorted(set(aliases.get(r["e"], []))),
                                        "wikidata": wikidata.get(r["e"]), "docs": sorted(set(docs_of.get(r["e"], [])))})
    entities = pd.DataFrame(list(entity_rows.values()), columns=["iri", "label", "cls", "aliases", "wikidata", "docs"],
                            dtype=object)
    entities["degree"] = [degree.get(i, 0) for i in entities["iri"]]
    return entities.sort_values(["degree", "label"], ascending=[False, True]).reset_index(drop=True)


def close_names(model: GraphModel, typed: list[str], limit: int = 5) -> list[str]:
    """Names and aliases of the graph equal to what was typed but for case and spacing (for hints)."""
    from kg.nlp.names import fold

    wanted = {fold(t) for t in typed if t}
    out: list[str] = []
    for label, aliases in zip(model.entities["label"], model.entities["aliases"], strict=True):
        for name in (label, *aliases):
            if fold(name) in wanted and name not in typed and name not in out:
                out.append(name)
    return out[:limit]
