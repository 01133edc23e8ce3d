"""Oxigraph queries run in worker processes that are killed at the time limit or die at the memory limit,
so a runaway query frees its CPU and memory; normal queries give the same results as before (issue 12,
item 2)."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import QueryError
from kg.graph.bind import with_values
from kg.graph.query_library import bindings, examples
from kg.store import open_store
from kg.store.oxigraph import PREFIX_TEXT
from kg.store.terms import from_ox

CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CARTESIAN_ORDER = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"


def gone(pid: int) -> bool:
    """The process has exited and been reaped (so it holds no CPU and no memory)."""
    return not os.path.exists(f"/proc/{pid}")


@pytest.fixture()
def big(tmp_path):
    store = open_store(f"oxigraph:{tmp_path / 'db'}", create=True)
    g = Graph()
    for i in range(2000):
        g.add((URIRef(f"urn:e{i}"), URIRef("urn:p"), Literal(f"n{i}")))
    store.add(g)
    yield store
    store.close()


def test_ox_pool_cartesian_count_is_killed_at_the_time_limit(big):
    assert big.query("ASK { ?s ?p ?o }").boolean is True
    first = big.pool.last_pid
    with pytest.raises(QueryError) as info:
        big.query(CARTESIAN_COUNT, timeout=1.5)
    assert info.value.code == "E505" and "1.5 s" in str(info.value)
    assert big.pool.last_pid == first  # the warm worker took it ...
    assert gone(first)  # ... and was killed, not left spinning
    assert big.query("ASK { ?s ?p ?o }").boolean is True  # a fresh worker answers the next query
    assert big.pool.last_pid != first


def test_ox_pool_order_by_over_a_cartesian_product_stops_at_the_memory_limit(big):
    big.pool.megabytes = 1200  # a worker's own footprint is about 270 MB of address space; the query outgrows any
    with pytest.raises(QueryError) as info:
        big.query(CARTESIAN_ORDER, timeout=60)
    assert info.value.code == "E511" and "1,200 MB" in str(info.value), str(info.value)
    assert gone(big.pool.last_pid)
    assert big.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0] == Literal(2000)


@pytest.mark.slow
def test_ox_pool_three_runaway_queries_at_once_all_stop_and_free_their_workers(big):
    errors, pids = [], []

    def runaway():
        try:
            big.query(CARTESIAN_COUNT, timeout=3)
        except QueryError as exc:
            errors.append(exc.code)
        pids.append(big.pool.last_pid)

    threads = [threading.Thread(target=runaway) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == ["E505"] * 3
    assert all(gone(pid) for pid in pids)


@pytest.mark.slow
def test_ox_pool_default_limits_stop_a_cartesian_count(big):
    with pytest.raises(QueryError) as info:
        big.query(CARTESIAN_COUNT)  # 30 s, 2048 MB
    assert info.value.code == "E505" and gone(big.pool.last_pid)


def test_ox_pool_workers_see_what_the_parent_writes(big):
    assert big.query("ASK { <urn:new> ?p ?o }").boolean is False
    g = Graph()
    g.add((URIRef("urn:new"), URIRef("urn:p"), Literal("x")))
    big.add(g)
    assert big.query("ASK { <urn:new> ?p ?o }").boolean is True
    big.update("DELETE WHERE { GRAPH ?g { <urn:new> ?p ?o } }")
    assert big.query("ASK { <urn:new> ?p ?o }").boolean is False


def test_ox_pool_results_are_those_of_oxigraph_in_process(tmp_path, seed_build):
    """Every example query gives, through a worker, exactly the terms pyoxigraph gives in this process."""
    store = open_store(f"oxigraph:{tmp_path / 'db'}", create=True)
    try:
        store.add(seed_build.graph)
        for example in examples():
            values = bindings(example.params)
            got = store.query(example.text, values)
            text = with_values(example.text, values)  # as before: VALUES, in this process
            ref = store.store.query(text, use_default_graph_as_union=True, prefixes=PREFIX_TEXT)
            rows = [[from_ox(s[i]) for i in range(len(ref.variables))] for s in ref]
            assert got.columns == [v.value for v in ref.variables], example.name
            assert got.rows == rows, example.name
    finally:
        store.close()


def test_ox_pool_substitutes_projected_variables(big):
    res = big.query("SELECT ?s ?o WHERE { ?s <urn:p> ?o }", bindings({"o": "n7"}))
    assert res.rows == [[URIRef("urn:e7"), Literal("n7")]]
    assert big.query("ASK { ?s <urn:p> ?o }", bindings({"o": "n7"})).boolean is True
    assert big.query("ASK { ?s <urn:p> ?o }", bindings({"o": "none"})).boolean is False


def test_ox_pool_bad_memory_setting_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_QUERY_MEMORY_MB", "lots")
    with pytest.raises(QueryError) as info:
        open_store(f"oxigraph:{tmp_path / 'db'}", create=True)
    assert info.value.code == "E513"


def test_ox_pool_close_stops_every_worker(big):
    big.query("ASK { ?s ?p ?o }")
    pid = big.pool.last_pid
    big.pool.close()
    assert gone(pid)


def test_ox_pool_workers_outlive_the_thread_that_started_them(big):
    """A server or the app starts workers from request threads that end after each answer; the worker must
    stay (it once died with its starting thread, and the next quick query got E504)."""
    import threading

    first: list = []
    t = threading.Thread(target=lambda: first.append(big.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
    t.start()
    t.join()
    workers = list(big.pool._idle)
    assert workers
    time.sleep(1.0)  # the thread is gone; its worker is not
    assert all(w.proc.poll() is None for w in workers)
    assert big.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows == first[0].rows


def test_ox_pool_worker_exits_when_its_parent_is_killed(tmp_path, seed_build):
    code = ("import sys, time\nfrom kg.store import open_store\n"
            f"s = open_store('oxigraph:{tmp_path / 'db'}', create=True)\n"
            "s.query('ASK {}')\nprint(*[w.proc.pid for w in s.pool._idle], flush=True)\ntime.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        pids = [int(p) for p in proc.stdout.readline().split()]
    finally:
        proc.kill()
        proc.wait()
    assert pids

    def running(pid: int) -> bool:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
                return fh.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited
        except OSError:
            return False

    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(running(p) for p in pids):
        time.sleep(0.1)
    assert not any(running(p) for p in pids)
