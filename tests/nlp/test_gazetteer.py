from __future__ import annotations

import json
from collections import Counter

import pytest

from kg.errors import KGError
from kg.nlp.gazetteer import CLASSES, load_gazetteer, read_gazetteer


def test_gazetteer_covers_every_class_with_150_entities_and_unique_names():
    g = load_gazetteer()
    assert len(g) >= 150
    counts = Counter(e.type for e in g.values())
    assert set(counts) == set(CLASSES) and min(counts.values()) >= 10
    owners: dict[str, str] = {}
    for e in g.values():
        for n in e.names:
            assert owners.setdefault(n, e.id) == e.id, f"{n!r} names both {owners[n]} and {e.id}"


@pytest.mark.parametrize("line, code", [
    ('{"id": "x", "name": "X"}', "E201"),
    ('{"id": "x", "name": "X", "type": "Country"}', "E202"),
    ('{"id": "x", "name": "X", "type": "Company", "facts": {"owns": ["y"]}}', "E203"),
    ('{"id": "x", "name": "X", "type": "Company", "facts": {"partOf": ["nowhere"]}}', "E203"),
])
def test_gazetteer_bad_lines_name_the_file_and_line(tmp_path, line, code):
    p = tmp_path / "g.jsonl"
    p.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(KGError) as info:
        read_gazetteer(p)
    assert info.value.code == code and str(p) in str(info.value)


def test_gazetteer_wikidata_ids_are_well_formed():
    for e in load_gazetteer().values():
        assert e.wikidata is None or (e.wikidata.startswith("Q") and e.wikidata[1:].isdigit())
    json.dumps([e.id for e in load_gazetteer().values()])
