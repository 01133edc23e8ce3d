"""Extraction on worker processes and on a Dask cluster gives the same graph as in-process."""
from __future__ import annotations

import pytest
from rdflib.compare import isomorphic

from kg.store.build import build_graph
from tests.conftest import DATA, SEED_ARTICLE

INPUTS = [SEED_ARTICLE, DATA / "article.md", DATA / "docs.jsonl"]


@pytest.fixture(scope="module")
def serial():
    return build_graph(INPUTS).graph


@pytest.mark.slow
def test_parallel_jobs_give_the_same_graph(serial):
    result = build_graph(INPUTS, jobs=2)
    assert result.documents > 2 and isomorphic(result.graph, serial)


@pytest.mark.slow
def test_parallel_dask_local_cluster_gives_the_same_graph(serial):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        result = build_graph(INPUTS, dask=cluster.scheduler_address)
    assert isomorphic(result.graph, serial)


@pytest.mark.slow
def test_parallel_dask_unreachable_scheduler_is_a_clear_error():
    from kg.errors import KGError
    from tests.browser import free_port

    with pytest.raises(KGError) as info:
        build_graph(INPUTS, dask=f"tcp://127.0.0.1:{free_port()}")
    assert info.value.code == "E311"
