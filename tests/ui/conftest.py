"""Models of the seed graph and of a synthetic graph, built once."""
from __future__ import annotations

import pytest

from kg.store import MemoryStore
from kg.ui.model import load_model
from tests.ui.graphs import synthetic_graph


@pytest.fixture(scope="session")
def seed_store(seed_build):
    return MemoryStore(seed_build.graph)


@pytest.fixture(scope="session")
def seed_model(seed_store):
    return load_model(seed_store)


@pytest.fixture(scope="session")
def big_model():
    return load_model(MemoryStore(synthetic_graph(entities=400, actions=900)))
