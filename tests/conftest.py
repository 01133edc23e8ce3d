"""Shared fixtures: the loaded pipeline, paths to test data and to ../shared, a small built graph."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# CI is reproducible: hypothesis draws the same examples on every run there (a fuzz run elsewhere finds new ones).
settings.register_profile("ci", derandomize=True, deadline=None)
# The everyday run draws fewer examples (it stays under a minute); CI draws hypothesis's full hundred.
settings.register_profile("everyday", max_examples=40, deadline=None)
settings.load_profile("ci" if IN_CI else "everyday")


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", help="also run tests marked slow (CI always does)")


def pytest_collection_modifyitems(config, items):
    if IN_CI or config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow (CI runs it)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


def tool(name: str):
    """A script of tools/ loaded as a module (tools/ is no package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
SEED_ARTICLE = ROOT / "seeds" / "anthropic-suspends-mythos-access.txt"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_build():
    """The graph of the seed article, built once for the session."""
    from kg.store.build import build_graph

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


@pytest.fixture()
def parse_rules(nlp):
    """The pipeline with the rules' reading of actions as its output (the trained scorer switched off), for
    tests of the hand-written patterns."""
    from kg.nlp.extract import extract
    from kg.ingest import Document

    def run(text: str, published=None):
        doc = Document.from_bytes(text.encode(), text, "test", published=published)
        with nlp.select_pipes(disable=["kg_action_scorer"]):
            return next(extract([doc], nlp))

    return run


def acts(ex) -> list[tuple]:
    """An extraction's actions as (type, agent name, sorted target names, negated), for readable asserts."""
    name = lambda k: ex.entities[k].name if k else None  # noqa: E731
    return [(a.type, name(a.agent), sorted(name(t) for t in a.targets), a.negated) for a in ex.actions]
