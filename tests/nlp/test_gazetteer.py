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


def test_a_name_that_spells_out_what_the_gazetteer_gives_as_initials_is_that_entry():
    """"U.S. Artificial Intelligence Safety Institute" is the gazetteer's "U.S. AI Safety Institute" (data/
    entity_words.json: spelled_out); an unknown name stays unknown, spelled out or not."""
    from kg.nlp.entities.resolver import gazetteer_match
    from kg.nlp.gazetteer import initialled

    assert initialled("U.S. Artificial Intelligence Safety Institute") == "U.S. AI Safety Institute"
    assert initialled("Artificial-Intelligence Office") == "AI Office"
    entry = gazetteer_match("U.S. Artificial Intelligence Safety Institute", "ResearchOrganization")
    assert entry is not None and entry.id == gazetteer_match("U.S. AI Safety Institute", "GovernmentBody").id
    assert gazetteer_match("Zorblat Artificial Intelligence Board", "GovernmentBody") is None


def test_gazetteer_a_state_abbreviated_as_the_wires_write_it_is_the_state(nlp):
    """"NASHVILLE, Tenn." and "(D-Calif.)": the AP abbreviation names the state the document may also name in full."""
    doc = nlp("NASHVILLE, Tenn., March 21, 2024 - Tennessee acted. Sen. Alex Padilla (D-Calif.) said so.")
    forms = {e.name: e.surface_forms for e in doc._.kg_entities.values()}
    assert "Tenn." in forms["Tennessee"] and "Calif." in forms["California"]
