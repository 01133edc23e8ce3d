"""A fixed-budget fuzz run of every ingestion parser: random and mutated bytes never raise; each
input is either built or reported."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.ingest import READERS, IngestReport, iter_documents
from tests.conftest import DATA, SEED_ARTICLE

SEEDS = {".txt": SEED_ARTICLE.read_bytes()[:3000], ".html": (DATA / "article.html").read_bytes()[:3000],
         ".jsonl": (DATA / "docs.jsonl").read_bytes()[:3000], ".xml": (DATA / "feed.xml").read_bytes()[:3000]}


@st.composite
def mutated(draw, suffix: str):
    data = bytearray(SEEDS[suffix])
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["flip", "cut", "insert"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at:at + draw(st.integers(1, 400))]
        else:
            data[at:at] = draw(st.binary(max_size=40))
    return bytes(data)


def run(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        report = IngestReport()
        docs = list(iter_documents([path], report))
        assert docs or report.problems or report.skipped
        for d in docs:
            assert d.text.strip() and len(d.sha256) == 64
            d.text.encode("utf-8")  # always writable


SUFFIXES = sorted(SEEDS)
BUDGET = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@BUDGET
@given(st.sampled_from(SUFFIXES), st.binary(max_size=2000))
def test_fuzz_random_bytes_never_raise(suffix, data):
    run(suffix, data)


@BUDGET
@given(st.sampled_from(SUFFIXES).flatmap(lambda s: st.tuples(st.just(s), mutated(s))))
def test_fuzz_mutated_documents_never_raise(case):
    run(*case)


def test_fuzz_every_reader_is_covered():
    assert {s for s in READERS} >= set(SUFFIXES)
