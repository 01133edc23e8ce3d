"""`aip:sameEventAs` at the store level: a build in batches, or a later build into the same store (a daily
feed), links a new report to the earlier reports of the same event, as one build of everything does, with
at most SAME_EVENT_HUBS earlier reports per event; removing a document removes its links both ways."""
from __future__ import annotations

import shutil

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF

from kg.graph.build import SAME_EVENT_HUBS
from kg.graph.namespaces import AIP, AIPR, new_graph
from kg.store import MemoryStore, open_store
from kg.store.build import BuildOptions, build, build_graph
from kg.store.events import action_key, earlier_reports
from tests.conftest import SEED_ARTICLE


@pytest.fixture(scope="module")
def days(tmp_path_factory):
    """The same report on two days: two folders of one file each."""
    root = tmp_path_factory.mktemp("feed")
    (root / "day1").mkdir()
    (root / "day2").mkdir()
    shutil.copy(SEED_ARTICLE, root / "day1" / "seed.txt")
    (root / "day2" / "seed-again.txt").write_text(SEED_ARTICLE.read_text(encoding="utf-8") + "\nUpdated.\n",
                                                  encoding="utf-8")
    return root


def links(g) -> set:
    return set(g.subject_objects(AIP.sameEventAs))


def spec_for(kind: str, tmp_path, request) -> str:
    if kind == "graph file":
        return str(tmp_path / "feed.ttl")
    if kind == "oxigraph":
        return f"oxigraph:{tmp_path / 'db'}"
    if kind == "Virtuoso":
        return f"sparql:{request.getfixturevalue('virtuoso_server').url}"
    return f"sparql:{request.getfixturevalue('oxigraph_server')}"


@pytest.mark.parametrize("kind", [pytest.param("graph file", marks=pytest.mark.slow), "oxigraph",
                                  pytest.param("Oxigraph server", marks=pytest.mark.slow),
                                  pytest.param("Virtuoso", marks=pytest.mark.slow)])
def test_a_later_build_links_its_reports_to_earlier_ones(kind, days, tmp_path, request):
    expected = links(build_graph([days]).graph)  # one build of both days
    assert expected
    spec = spec_for(kind, tmp_path, request)
    for day in ("day1", "day2"):
        store = open_store(spec, create=True)
        build([days / day], store, BuildOptions(use_default_curation=False))
        store.close()
    store = open_store(spec)
    assert links(store.graph()) == expected
    day2 = next(d for d in store.documents() if d.source.endswith("seed-again.txt"))
    assert store.remove_document(URIRef(day2.iri))
    assert links(store.graph()) == set()  # both directions went with the document
    store.close()


@pytest.mark.slow
def test_a_build_in_batches_links_across_them(days, tmp_path):
    store = open_store(f"oxigraph:{tmp_path / 'db'}", create=True)
    result = build([days], store, BuildOptions(use_default_curation=False, batch_docs=1))
    assert result.batches == 2
    assert links(store.graph()) == links(build_graph([days]).graph)
    store.close()


def many_reports(n: int):
    """`n` documents, each with one report of the same event (a Ban by one agent of one target)."""
    g = new_graph()
    agent, target = AIPR["entity/agency"], AIPR["entity/firm"]
    for i in range(n):
        doc, a = AIPR[f"doc/{i:020d}"], AIPR[f"action/{i:012d}-0-0"]
        g.add((doc, RDF.type, AIP.Document))
        g.add((doc, AIP.sha256, Literal(f"{i:064d}")))
        g.add((a, RDF.type, AIP.Action))
        g.add((a, AIP.actionType, AIP.Ban))
        g.add((a, AIP.agent, agent))
        g.add((a, AIP.target, target))
        g.add((a, PROV.wasDerivedFrom, doc))
    g.add((AIPR["action/other"], RDF.type, AIP.Action))  # another event: a second target
    for p, o in ((AIP.actionType, AIP.Ban), (AIP.agent, agent), (AIP.target, target), (AIP.target, AIPR["entity/x"]),
                 (PROV.wasDerivedFrom, AIPR[f"doc/{0:020d}"])):
        g.add((AIPR["action/other"], p, o))
    return g, ("Ban", agent, False, (target,), None)


def test_earlier_reports_are_bounded_and_the_same_from_sparql_and_memory(tmp_path):
    g, key = many_reports(SAME_EVENT_HUBS + 10)
    assert action_key(g, AIPR[f"action/{0:012d}-0-0"]) == key
    ox = open_store(f"oxigraph:{tmp_path / 'db'}", create=True)
    ox.add(g)
    from_sparql, from_memory = earlier_reports(ox, [key]), earlier_reports(MemoryStore(g), [key])
    ox.close()
    assert len(from_sparql[key]) == SAME_EVENT_HUBS and from_sparql == from_memory
    assert AIPR["action/other"] not in {a for a, _ in from_sparql[key]}  # a report with another target
    assert earlier_reports(MemoryStore(g), [("Ban", None, False, (), None)]) == {}
