from __future__ import annotations

import pytest
from rdflib.namespace import OWL, RDF, RDFS

from kg.errors import KGError
from kg.graph.namespaces import AIP, AIPR
from kg.store.build import build_graph
from kg.nlp.curation import read_curation


@pytest.fixture()
def corpus(tmp_path):
    (tmp_path / "a.txt").write_text("One\n\nThe lab Zephyra Labs released the Orion model. Meta AI answered questions.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Two\n\nThe startup Zephyra Inc. said the Orion model was safe. Library Genesis hosted books.", encoding="utf-8")
    return tmp_path


def labels_by_type(g, cls):
    return {str(g.value(e, RDFS.label)) for e in g.subjects(RDF.type, AIP[cls])}


def test_curation_merge_split_type_and_drop_win(corpus, tmp_path):
    cur = tmp_path / "curation.jsonl"
    cur.write_text(
        '// decisions\n'
        '{"merge": ["Zephyra Labs", "Zephyra Inc."], "label": "Zephyra", "type": "Company"}\n'
        '{"split": "Meta AI"}\n'
        '{"type": "Meta AI", "as": "AIModel"}\n'
        '{"drop": "Library Genesis"}\n', encoding="utf-8")
    g = build_graph([corpus / "a.txt", corpus / "b.txt"], curation=cur).graph
    nexa = AIPR["entity/curated-zephyra"]
    assert (nexa, RDF.type, AIP.Company) in g and str(g.value(nexa, RDFS.label)) == "Zephyra"
    docs = list(g.subjects(RDF.type, AIP.Document))
    assert all((d, AIP.mentions, nexa) in g for d in docs)
    assert list(g.objects(nexa, OWL.sameAs))
    assert "Meta AI" in labels_by_type(g, "AIModel") and "Meta Platforms" not in labels_by_type(g, "Company")
    assert not [s for s in g.subjects(RDFS.label, None) if "Library Genesis" in str(g.value(s, RDFS.label))]


def test_curation_survives_rebuilds(corpus, tmp_path):
    cur = tmp_path / "c.jsonl"
    cur.write_text('{"merge": ["Zephyra Labs", "Zephyra Inc."], "label": "Zephyra"}\n', encoding="utf-8")
    one = build_graph([corpus], curation=cur).graph
    two = build_graph([corpus], curation=cur).graph
    assert set(one) == set(two)


@pytest.mark.parametrize("line, code", [
    ("not json", "E222"), ('{"merge": ["only one"]}', "E223"), ('{"type": "X", "as": "Country"}', "E221"), ("[1]", "E223"),
])
def test_curation_bad_lines_are_named(tmp_path, line, code):
    p = tmp_path / "c.jsonl"
    p.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(KGError) as info:
        read_curation(p)
    assert info.value.code == code and f"{p}:1" in str(info.value)
