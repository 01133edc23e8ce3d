"""Extraction on several processes (`--jobs N`) or on a Dask cluster (`--dask tcp://HOST:PORT`).

Each worker loads the pipeline once (`load_pipeline` is cached per process); documents travel in small
batches, at most a few batches per worker are in flight (bounded memory), and extractions come back
in input order, so a build gives the same graph whatever runs it."""
from __future__ import annotations

import multiprocessing as mp
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from kg.errors import Errors, KGError
from kg.ingest.document import Document
from kg.nlp.extract import Extraction, extract
from kg.nlp.pipeline import load_pipeline

BATCH = 8        # documents per task
IN_FLIGHT = 3    # tasks in flight per worker


def chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_batch(docs: list[Document], curation: str | None = None) -> list[Extraction]:
    """The task each worker runs: the worker's own cached pipeline over a batch."""
    return list(extract(docs, load_pipeline(curation)))


def _warm(curation: str | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool
    load_pipeline(curation)


def _ordered(submit, documents: Iterable[Document], window: int, batch: int) -> Iterator[Extraction]:
    pending: deque = deque()
    for chunk in chunks(documents, batch):
        pending.append(submit(chunk))
        while len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def extract_processes(documents: Iterable[Document], jobs: int, curation: str | None = None,
                      batch: int = BATCH) -> Iterator[Extraction]:
    """`jobs` worker processes (spawned, each loading the pipeline once at start)."""
    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_warm, initargs=(curation,)) as pool:
        yield from _ordered(lambda c: pool.submit(extract_batch, c, curation), documents, jobs * IN_FLIGHT, batch)


def extract_dask(documents: Iterable[Document], address: str, curation: str | None = None,
                 batch: int = BATCH) -> Iterator[Extraction]:
    """Batches as tasks on an existing dask.distributed cluster; results gathered back in order."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise KGError(Errors.E310) from None
    try:
        client = Client(address, timeout="10s")
    except OSError as exc:
        raise KGError(Errors.E311, address=address, detail=exc) from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _ordered(lambda c: client.submit(extract_batch, c, curation, pure=False),
                            documents, workers * IN_FLIGHT, batch)
    finally:
        client.close()


def extract_many(documents: Iterable[Document], jobs: int = 1, dask: str | None = None,
                 curation: str | None = None) -> Iterator[Extraction]:
    """Extractions in input order: in this process, on `jobs` processes, or on a Dask cluster."""
    if dask:
        return extract_dask(documents, dask, curation)
    if jobs > 1:
        return extract_processes(documents, jobs, curation)
    return extract(documents, load_pipeline(curation))
