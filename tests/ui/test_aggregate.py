"""The aggregate path (`kg.ui.storemodel`, `kg.ui.aggview`: SPARQL counts and pages, for large stores) shows
what the table path (`kg.ui.model`, `kg.ui.filters`) shows: the same counts, entities, degrees and edges
(with the same kinds and numbers of reports), the same actions page by page, month by month, and behind
a clicked edge; on the seed graph and on a synthetic one, read through rdflib and through Oxigraph."""
from __future__ import annotations

import pandas as pd
import pytest

from kg.errors import KGError
from kg.graph.export import read_graph, write_graph
from kg.store import MemoryStore
from kg.ui.aggview import apply_store_filters, edge_reports
from kg.ui.entity import actions_over_time, entity_actions
from kg.ui.filestore import open_for_app
from kg.ui.filters import UNKNOWN, Edge, Filters, apply_filters
from kg.ui.model import load_model
from kg.ui.select import PAIRS_AS_VALUES
from kg.ui.storemodel import REPORTS, aggregate_mode, load_store_model
from tests.test_app import seeds_graph  # noqa: F401 - the fixture
from tests.ui.graphs import synthetic_graph


@pytest.fixture(scope="module", params=["seeds", "synthetic"])
def graph(request):
    if request.param == "seeds":  # the 13 articles of seeds/
        return read_graph(request.getfixturevalue("seeds_graph"))
    return synthetic_graph(entities=120, actions=300)


@pytest.fixture(scope="module", params=["rdflib", "oxigraph"])
def models(request, graph, tmp_path_factory):
    if request.param == "rdflib":
        store = MemoryStore(graph)
    else:
        path = tmp_path_factory.mktemp("agg") / "g.ttl"
        write_graph(graph, path)
        store = open_for_app(str(path))
    return load_model(MemoryStore(graph)), load_store_model(store)


def shown(view):
    entities = sorted(zip(view.entities["iri"], view.entities["degree"]))
    edges = sorted((e.source, e.target, tuple(sorted(e.counts().items())), e.weight) for e in view.edges)
    return entities, edges, view.matching


def settings(full) -> list[Filters]:
    dates = sorted(full.action_dates())
    middle = Filters(date_from=dates[len(dates) // 3], date_to=dates[2 * len(dates) // 3], relations=False)
    return [Filters(), Filters(relations=False), Filters(action_types={"Ban", "Restrict", "Sue"}),
            Filters(min_confidence=0.5), Filters(include_undated=False, relations=False), middle,
            Filters(classes={"Company", "GovernmentBody"}), Filters(unknown=False), Filters(cap=20),
            Filters(min_degree=2), Filters(search="a"), Filters(action_types={"Ban"}, classes={"Company"}),
            Filters(documents=set(list(full.documents["iri"])[:3]), relations=False)]


def test_the_counts_are_the_tables_counts(models):
    full, agg = models
    assert agg.large and not full.large
    assert agg.action_total() == full.action_total() and agg.document_total() == full.document_total()
    assert agg.type_counts() == full.type_counts() and agg.agent_target_counts() == full.agent_target_counts()
    assert set(agg.action_dates()) == set(full.action_dates())
    left = full.entities.drop(columns="docs").sort_values("iri").reset_index(drop=True)
    right = agg.entities.drop(columns="docs").sort_values("iri").reset_index(drop=True)
    pd.testing.assert_frame_equal(left.astype(str), right.astype(str))


def test_every_filter_draws_the_same_network_and_counts_the_same_actions(models):
    full, agg = models
    for f in settings(full):
        a, b = apply_filters(full, f), apply_store_filters(agg, f)
        assert shown(a) == shown(b), f
        assert agg.count(f, b.involved) == len(a.actions), f
        assert b.actions.empty and b.filters is f


def test_pages_months_and_an_entity_are_the_tables_rows(models):
    full, agg = models
    f = Filters(action_types={"Ban", "Restrict", "Sue", "Investigate", "Enact"})
    view = apply_filters(full, f)
    pages = [agg.page(f, None, n, size=7) for n in range(len(view.actions) // 7 + 1)]
    paged = pd.concat(pages, ignore_index=True)
    assert sorted(paged["iri"]) == sorted(view.actions["iri"])
    mine = paged.set_index("iri").sort_index().drop(columns="targets").astype(str)
    theirs = view.actions.set_index("iri").sort_index().drop(columns="targets").astype(str)
    pd.testing.assert_frame_equal(mine, theirs)
    pd.testing.assert_frame_equal(agg.monthly(f).astype(str), actions_over_time(view.actions).astype(str))
    hub = full.entities.iloc[0]["iri"]
    assert sorted(entity_actions(agg, hub)["iri"]) == sorted(entity_actions(full, hub)["iri"])


def test_a_clicked_edge_reads_the_reports_it_stands_for(models):
    full, agg = models
    f = Filters()
    edges = {(e.source, e.target): e for e in apply_filters(full, f).edges}
    for e in sorted(apply_store_filters(agg, f).edges, key=lambda e: -e.weight)[:8]:
        reports = edge_reports(agg, e, f)
        theirs = edges[(e.source, e.target)]
        assert sorted(r.sentence for r in reports) == sorted(x["evidence"] or "(no sentence recorded)"
                                                              for x in theirs.items)
    unknown = next((e for e in apply_store_filters(agg, f).edges if UNKNOWN in (e.source, e.target)), None)
    if unknown is not None:
        assert len(edge_reports(agg, unknown, f)) == unknown.weight


def test_the_mode_is_chosen_by_kg_aggregate(monkeypatch):
    store = MemoryStore(synthetic_graph(entities=20, actions=30))
    assert not aggregate_mode(store)
    monkeypatch.setenv("KG_AGGREGATE", "on")
    assert aggregate_mode(store)
    monkeypatch.setenv("KG_AGGREGATE", "sometimes")
    with pytest.raises(KGError) as err:
        aggregate_mode(store)
    assert err.value.code == "E804"


def test_a_group_edge_reads_the_reports_of_all_its_pairs(models):
    """Many pairs (a group's edge) are asked as agents times targets and narrowed to the pairs."""
    full, agg = models
    f = Filters()
    cls = dict(zip(full.entities["iri"], full.entities["cls"], strict=True))
    def merged(view):
        edge = Edge("group:a", "group:b")
        for e in view.edges:
            if cls.get(e.source) in ("Company", "GovernmentBody", "Person") and cls.get(e.target) != "Jurisdiction":
                edge.actions += e.actions
        return edge
    mine, theirs = merged(apply_store_filters(agg, f)), merged(apply_filters(full, f))
    assert len(mine.actions) > PAIRS_AS_VALUES  # the agents-times-targets form
    if len({a["iri"] for a in theirs.actions}) <= REPORTS:  # an action to two targets is one report here
        assert sorted(r.sentence for r in edge_reports(agg, mine, f)) == sorted(
            {a["iri"]: a["evidence"] for a in theirs.actions}.values())
    else:
        reports = edge_reports(agg, mine, f)
        assert len(reports) == REPORTS and {r.sentence for r in reports} <= {a["evidence"] for a in theirs.actions}
