"""The app's model of a large store: the entities and the direct relations as tables (a few thousand rows),
the actions never as a table. What the page shows of the actions is read by SPARQL when it is needed:
counts by type, agent and target (the network, the sidebar), by date (the chart), one page of the table at a
time, and the full record of an action only when its evidence is opened (`kg.ui.select` writes the queries).
Answers are kept per filter setting, so going back to a setting costs nothing."""
from __future__ import annotations

import datetime as dt
import os
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, field

import pandas as pd

from kg.errors import Errors, KGError
from kg.store.base import Store
from kg.ui import select as q
from kg.ui.filters import Filters
from kg.ui.model import (ACTION_COLUMNS, GraphModel, _entities, _local, _rows, action_records, documents_table,
                         evidence_order, parse_when, select, select_terms)

LARGE_AT = 100_000  # triples from which a graph is read by aggregates (KG_AGGREGATE=auto)
KEPT = 32          # filter settings whose answers are kept
PAGE = 100         # rows of the actions table a page
REPORTS = 200      # reports read for one edge at most
ENTITY_ACTIONS = 5000  # actions read for one entity's page at most


def _key(f: Filters, *more) -> tuple:
    """The filter fields the action queries depend on, hashable."""
    frozen = lambda s: None if s is None else tuple(sorted(s))  # noqa: E731
    return (frozen(f.action_types), frozen(f.documents), f.min_confidence, f.date_from, f.date_to,
            f.include_undated, *more)


@dataclass
class StoreModel(GraphModel):
    """A `GraphModel` whose `actions` table is empty: its methods read the actions from `store`."""

    store: Store | None = None
    dates: list = field(default_factory=list)      # the distinct aip:date terms of actions
    types: Counter = field(default_factory=Counter)
    total: int = 0
    documents_count: int = 0
    large = True

    def __post_init__(self) -> None:
        super().__post_init__()
        self._kept: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self._counting = False

    # ---------------------------------------------------------------- answers kept per setting
    def _cached(self, key: tuple, work):
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                return self._kept[key]
        value = work()
        with self._lock:
            self._kept[key] = value
            while len(self._kept) > KEPT:
                self._kept.popitem(last=False)
        return value

    def count_triples(self) -> None:
        self.triples = len(self.store)

    def after_page(self) -> None:
        """Count the store's triples once the first page is drawn: a scan of the whole store on disk (0.4-1.7 s
        at 1.7 million) in a thread (pyoxigraph lets go of the GIL), so that it does not slow the first page."""
        with self._lock:
            if self._counting:
                return
            self._counting = True
        threading.Thread(target=self.count_triples, daemon=True, name="kg-count-triples").start()

    def triples_text(self) -> str:
        return "counting the triples" if self.triples < 0 else super().triples_text()

    # ---------------------------------------------------------------- what GraphModel reads from its tables
    def action_total(self) -> int:
        return self.total

    def document_total(self) -> int:
        return self.documents_count

    def action_dates(self) -> list[dt.date]:
        return q.date_range(self.dates)

    def type_counts(self) -> Counter:
        return Counter(self.types)

    def agent_target_counts(self) -> Counter:
        out: Counter = Counter()
        for agent, t, _, n in self.pairs(Filters()):
            if agent and t:
                out[(agent, t)] += n
        return out

    # ---------------------------------------------------------------- aggregates
    def pairs(self, f: Filters) -> list[tuple[str | None, str | None, str, int]]:
        """(agent, target, type, actions) of the actions the filters pass; None for a missing end."""
        def work():
            return [(r["agent"], r["t"], _local(r["type"]), int(r["n"]))
                    for r in select(self.store, q.pairs_query(f, self.dates))]
        return self._cached(_key(f, "pairs"), work)

    def count(self, f: Filters, involved: set[str] | None = None) -> int:
        key = _key(f, "count", None if involved is None else frozenset(involved))
        return self._cached(key, lambda: int(select(self.store, q.count_query(f, self.dates, involved))[0]["n"]))

    def monthly(self, f: Filters, involved: set[str] | None = None) -> pd.DataFrame:
        """Dated actions the filters pass, by month and type (as `kg.ui.entity.actions_over_time`)."""
        def work():
            counts: Counter = Counter()
            for r in select(self.store, q.dated_query(f, self.dates, involved)):
                when = parse_when(r["date"])
                if when is not None:
                    counts[(pd.Timestamp(when.year, when.month, 1), _local(r["type"]))] += int(r["n"])
            rows = [{"month": m, "type": t, "actions": n} for (m, t), n in sorted(counts.items())]
            return pd.DataFrame(rows, columns=["month", "type", "actions"])
        return self._cached(_key(f, "monthly", None if involved is None else frozenset(involved)), work)

    def page(self, f: Filters, involved: set[str] | None, number: int, size: int = PAGE) -> pd.DataFrame:
        """Page `number` (from 0) of the actions the filters pass, as rows of the actions table."""
        iris = [r["a"] for r in select(self.store, q.page_query(f, self.dates, involved, size, number * size))]
        return self.actions_of(iris)

    def action_docs(self, f: Filters, involved: set[str] | None = None) -> pd.DataFrame:
        """(iri, doc) of every action the filters pass (for the filtered view's RDF download)."""
        rows = select(self.store, q.docs_query(f, self.dates, involved))
        return pd.DataFrame(rows, columns=["a", "doc"], dtype=object).rename(columns={"a": "iri"}).drop_duplicates("iri")

    # ---------------------------------------------------------------- records on demand
    def actions_of(self, iris: list[str]) -> pd.DataFrame:
        """The given actions as rows of the actions table (in the order given)."""
        if not iris:
            return pd.DataFrame(columns=ACTION_COLUMNS, dtype=object)
        grouped = []
        for pred in ("aip:target", "aip:instrument", "aip:sameEventAs"):
            by: dict[str, list[str]] = {}
            for r in select(self.store, q.linked_query(iris, pred)):
                by.setdefault(r["a"], []).append(r["t"])
            grouped.append(by)
        targets, instruments, others = grouped
        recs = action_records(select(self.store, q.records_query(iris)), targets, instruments,
                              {a: set(bs) for a, bs in others.items()})
        order = {i: k for k, i in enumerate(iris)}
        recs.sort(key=lambda r: order.get(r["iri"], len(order)))
        self.need_documents([r["doc"] for r in recs])
        return pd.DataFrame(recs, columns=ACTION_COLUMNS, dtype=object)

    def between(self, f: Filters, pairs: list[tuple[str, str]], unknown: str) -> pd.DataFrame:
        """The actions the filters pass from agent to target of each pair (at most REPORTS)."""
        wanted = set(pairs)
        text = q.between_query(f, self.dates, sorted(wanted), unknown, REPORTS * 50)
        found: list[str] = []
        for r in select(self.store, text) if text else []:
            if (r["agent"] or unknown, r["t"] or unknown) in wanted and r["a"] not in found:
                found.append(r["a"])
                if len(found) >= REPORTS:
                    break
        return self.actions_of(found)

    def of_entity(self, iri: str) -> pd.DataFrame:
        """The actions an entity is agent or target of (at most ENTITY_ACTIONS), whatever the filters."""
        def work():
            return self.actions_of([r["a"] for r in select(self.store, q.of_entity_query(iri, ENTITY_ACTIONS))])
        return self._cached(("entity", iri), work)

    def statements(self, pairs: list[tuple[str, str]]) -> list[dict]:
        """Relation records (s, p, o, evidence, doc) between the given (subject, object) pairs, one a relation."""
        seen: dict[tuple, dict] = {}
        for r in sorted(select(self.store, q.statements_query(sorted(set(pairs)))), key=evidence_order):
            key = (r["s"], _local(r["p"]), r["o"])
            seen.setdefault(key, {"s": r["s"], "p": key[1], "o": r["o"], "evidence": r["evidence"], "doc": r["doc"]})
        self.need_documents([r["doc"] for r in seen.values()])
        return list(seen.values())

    # ---------------------------------------------------------------- documents and mentions on demand
    def need_documents(self, docs) -> None:
        """Read the given documents' rows (title, date, source...) into `documents`, when not read yet."""
        known = set(self.documents["iri"])
        wanted = sorted({d for d in docs if isinstance(d, str)} - known)
        if not wanted:
            return
        more = documents_table(select(self.store, q.documents_query(wanted)))
        with self._lock:
            self.documents = pd.concat([self.documents, more], ignore_index=True).drop_duplicates("iri")
            self._labels.update(dict(zip(more["iri"], more["title"])))

    def all_documents(self) -> pd.DataFrame:
        """Every document (read once, for the sidebar's document filter)."""
        def work():
            table = documents_table(select(self.store, q.documents_query(None)))
            self.need_documents(table["iri"])
            return table
        return self._cached(("documents",), work)

    def mentioned(self, docs: set[str]) -> set[str]:
        """Entities the given documents mention."""
        key = ("mentioned", frozenset(docs))
        return self._cached(key, lambda: {r["e"] for r in select(self.store, q.mentioned_query(docs=docs))})

    def mentions_of(self, iri: str) -> list[str]:
        """Documents that mention an entity."""
        def work():
            docs = sorted({r["doc"] for r in select(self.store, q.mentioned_query(entity=iri))})
            self.need_documents(docs)
            return docs
        return self._cached(("mentions", iri), work)

    def relation_documents(self) -> pd.DataFrame:
        """(s, p, o, doc, when) of every statement of a direct relation (read once, for the date and document
        filters on relations): a relation passes when one of its statements' documents does."""
        def work():
            rows = select(self.store, q.PREFIXES + """SELECT DISTINCT ?s ?p ?o ?doc ?date WHERE {
              ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?doc .
              OPTIONAL { ?doc dcterms:date ?date } }""")
            return pd.DataFrame([{"s": r["s"], "p": _local(r["p"]), "o": r["o"], "doc": r["doc"],
                                  "when": parse_when(r["date"])} for r in rows],
                                columns=["s", "p", "o", "doc", "when"], dtype=object)
        return self._cached(("relation-documents",), work)


def aggregate_mode(store: Store) -> bool:
    """Whether the app reads `store` by aggregates and pages (KG_AGGREGATE: auto, on, off; auto: an Oxigraph
    store on disk, or a graph of at least KG_LARGE_AT triples)."""
    mode = os.environ.get("KG_AGGREGATE", "auto").strip().lower()
    if mode not in ("auto", "on", "off"):
        raise KGError(Errors.E804, value=os.environ["KG_AGGREGATE"])
    if mode != "auto":
        return mode == "on"
    from kg.store.oxigraph import OxigraphStore

    return isinstance(store, OxigraphStore) or len(store) >= int(os.environ.get("KG_LARGE_AT", LARGE_AT))


def load_store_model(store: Store) -> StoreModel:
    """The entities, the direct relations (without their sentences) and the counts the first page shows."""
    relations = pd.DataFrame([{"s": r["s"], "p": _local(r["p"]), "o": r["o"], "evidence": "", "doc": None}
                              for r in _rows(store, "relations")], columns=["s", "p", "o", "evidence", "doc"],
                             dtype=object).drop_duplicates(["s", "p", "o"]).reset_index(drop=True)
    types = Counter({_local(r["type"]): int(r["n"]) for r in select(store, q.TYPES)})
    dates = [row[0] for row in select_terms(store, q.PREFIXES + "SELECT DISTINCT ?d WHERE { ?a aip:date ?d }")]
    empty = pd.DataFrame(columns=ACTION_COLUMNS, dtype=object)
    documents = documents_table([])
    stub = StoreModel(pd.DataFrame(columns=["iri", "label", "cls", "aliases", "wikidata", "docs", "degree"]), empty,
                      relations, documents, -1, store=store, dates=dates, types=types,
                      total=sum(types.values()),
                      documents_count=int(select(store, q.DOCUMENT_COUNT)[0]["n"]))
    degree: Counter = Counter()
    for s, o in zip(relations["s"], relations["o"]):
        degree[s] += 1
        degree[o] += 1
    for agent, t, _, n in stub.pairs(Filters()):
        if agent and t:
            degree[agent] += n
            degree[t] += n
    stub.entities = _entities(store, degree, mentions=False)
    stub._labels = dict(zip(stub.entities["iri"], stub.entities["label"]))  # the pair counts read stay kept
    return stub
