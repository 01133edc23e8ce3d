"""The entity judge on a constructed document: it drops the entities its model finds unlikely, with their mentions,
and changes nothing without a model."""
from __future__ import annotations

from kg.nlp.entities import judge as judge_mod
from kg.nlp.entities.judge import EntityJudge
from kg.nlp.learn.model import LogReg
from tests.nlp.constructed import build


def doc_with_two_names():
    words = ["Nimbus", "Labs", "sued", "Digital", "."]
    return build(words, [1, 2, 2, 2, 2], ["compound", "nsubj", "ROOT", "dobj", "punct"],
                 pos=["PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
                 ents={(0, 2): "Company", (3, 4): "Company"})


def test_judge_drops_what_its_model_finds_unlikely(monkeypatch):
    model = LogReg(["not", "real"], {"last=digital": [2.0, -2.0], "bias": [-1.0, 1.0]})
    monkeypatch.setattr(judge_mod, "load_entity_model", lambda folder: {"model": model, "keep": 0.5})
    doc = EntityJudge(None, "kg_entity_judge")(doc_with_two_names())
    assert set(doc._.kg_entities) == {"Nimbus Labs"} and set(doc._.kg_mention.values()) == {"Nimbus Labs"}


def test_judge_keep_setting_overrides_the_trained_threshold(monkeypatch):
    model = LogReg(["not", "real"], {"last=digital": [2.0, -2.0], "bias": [-1.0, 1.0]})
    monkeypatch.setattr(judge_mod, "load_entity_model", lambda folder: {"model": model, "keep": 0.5})
    doc = EntityJudge(None, "kg_entity_judge", keep=0.0)(doc_with_two_names())
    assert set(doc._.kg_entities) == {"Nimbus Labs", "Digital"}


def test_judge_without_a_model_changes_nothing(monkeypatch):
    monkeypatch.setattr(judge_mod, "load_entity_model", lambda folder: None)
    doc = EntityJudge(None, "kg_entity_judge")(doc_with_two_names())
    assert set(doc._.kg_entities) == {"Nimbus Labs", "Digital"}


def test_judge_leaves_the_unjudged_classes_alone(monkeypatch):
    model = LogReg(["not", "real"], {"bias": [2.0, -2.0]})  # finds every entity unlikely
    monkeypatch.setattr(judge_mod, "load_entity_model", lambda folder: {"model": model, "keep": 0.5})
    doc = EntityJudge(None, "kg_entity_judge", unjudged=("Company",))(doc_with_two_names())
    assert set(doc._.kg_entities) == {"Nimbus Labs", "Digital"}
    assert EntityJudge(None, "kg_entity_judge")(doc_with_two_names())._.kg_entities == {}
