from __future__ import annotations

import datetime as dt

from kg.ui.model import parse_when


def test_model_tables_hold_the_whole_graph(seed_model, seed_build):
    assert len(seed_model.entities) == sum(seed_build.entities.values())
    assert len(seed_model.actions) == sum(seed_build.actions.values())
    assert len(seed_model.documents) == 1
    anthropic = seed_model.entities[seed_model.entities["label"] == "Anthropic"].iloc[0]
    assert anthropic["cls"] == "Company" and "Antropic" in anthropic["aliases"]
    assert anthropic["wikidata"].startswith("http://www.wikidata.org/entity/Q")
    assert anthropic["degree"] > 0


def test_model_actions_have_names_evidence_and_documents(seed_model):
    acts = seed_model.actions
    assert acts["evidence"].map(bool).all()
    assert acts["doc"].map(lambda d: isinstance(d, str)).all()
    assert all(a is None or isinstance(a, str) for a in acts["agent"])
    assert seed_model.label(acts.iloc[0]["doc"]) != acts.iloc[0]["doc"]


def test_model_parse_when_accepts_the_contract_date_forms():
    assert parse_when("2026-04-07") == dt.date(2026, 4, 7)
    assert parse_when("2026-04") == dt.date(2026, 4, 1)
    assert parse_when("2026") == dt.date(2026, 1, 1)
    assert parse_when("") is None and parse_when("April") is None and parse_when("2026-13") is None
