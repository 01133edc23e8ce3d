"""Shared fixtures: the loaded pipeline, paths to test data and to ../shared, a small built graph."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
SEED_ARTICLE = ROOT / "seeds" / "anthropic-suspends-mythos-access.txt"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_build():
    """The graph of the seed article, built once for the session."""
    from kg.graph.pipeline import build_graph

    return build_graph([SEED_ARTICLE])


@pytest.fixture()
def parse(nlp):
    """Run the whole pipeline on a sentence or two of our own."""
    from kg.nlp.extract import extract
    from kg.ingest import Document

    def run(text: str, published=None):
        doc = Document.from_bytes(text.encode(), text, "test", published=published)
        return next(extract([doc], nlp))

    return run


def acts(ex) -> list[tuple]:
    """An extraction's actions as (type, agent name, sorted target names, negated), for readable asserts."""
    name = lambda k: ex.entities[k].name if k else None  # noqa: E731
    return [(a.type, name(a.agent), sorted(name(t) for t in a.targets), a.negated) for a in ex.actions]
