"""The extraction loop (kg/nlp/extract.py): the collector's settings while a batch is read, and after."""
from __future__ import annotations

import gc
import threading

import pytest

from kg.nlp.extract import GC_THRESHOLD, fewer_collections


def test_fewer_collections_while_reading_and_the_settings_back_after():
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    if frozen:
        pytest.skip("something froze objects before this test: fewer_collections leaves the collector alone then")
    with fewer_collections():
        assert gc.get_threshold()[0] == GC_THRESHOLD and gc.get_freeze_count() > 0
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_fewer_collections_gives_the_settings_back_when_reading_fails():
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("a document broke the loop")
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen


def test_fewer_collections_leaves_a_caller_s_own_freeze_and_nested_uses_alone():
    before = gc.get_threshold()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with fewer_collections():
            assert gc.get_threshold() == before and gc.get_freeze_count() == frozen
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
    with fewer_collections():
        inner = gc.get_threshold()
        with fewer_collections():  # the outer one froze: the inner one changes nothing
            assert gc.get_threshold() == inner
        assert gc.get_threshold() == inner
    assert gc.get_threshold() == before


def test_fewer_collections_changes_nothing_off_the_main_thread():
    before, seen = gc.get_threshold(), []

    def read():
        with fewer_collections():
            seen.append(gc.get_threshold())

    t = threading.Thread(target=read)
    t.start()
    t.join()
    assert seen == [before] and gc.get_threshold() == before


def test_a_build_held_half_read_leaves_the_collector_as_it_found_it(nlp):
    from kg.ingest import Document
    from kg.nlp.extract import extract

    before = gc.get_threshold()
    docs = [Document.from_bytes(t.encode(), t, f"test{k}") for k, t in
            enumerate(["The FTC sued Acme AI on Monday.", "Ofcom fined Brightwater AI on Tuesday."])]
    it = extract(docs, nlp, batch_size=1)
    next(it)  # the generator is held, half read
    assert gc.get_threshold() == before
    list(it)
    assert gc.get_threshold() == before


def test_a_whole_build_leaves_the_collector_as_it_found_it(tmp_path):
    """The build service reads every document under fewer collections (kg/store/build.py) and gives the settings
    back after, also where a batch of extraction inside it asks for them again."""
    from kg.store.build import build_graph

    src = tmp_path / "a.txt"
    src.write_text("The FTC sued Acme AI on Monday.\n", encoding="utf-8")
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    assert len(build_graph([src]).graph) > 0
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen
