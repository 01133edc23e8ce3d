"""The extraction loop (kg/nlp/extract.py): the collector's settings while documents are read, and after."""
from __future__ import annotations

import gc

import pytest

from kg.nlp.extract import GC_THRESHOLD, fewer_collections


def test_fewer_collections_while_reading_and_the_settings_back_after():
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] == GC_THRESHOLD and gc.get_freeze_count() > 0
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_fewer_collections_gives_the_settings_back_when_reading_fails():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("a document broke the loop")
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_build_leaves_the_collector_as_it_found_it(parse):
    before = gc.get_threshold()
    parse("The FTC sued Acme AI on Monday.")
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
