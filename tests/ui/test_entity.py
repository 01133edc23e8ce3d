from __future__ import annotations

from kg.ui.entity import actions_over_time, actions_table, entity_actions, profile


def test_entity_profile_and_actions(seed_model):
    iri = seed_model.entities[seed_model.entities["label"] == "Anthropic"].iloc[0]["iri"]
    p = profile(seed_model, iri)
    assert p.label == "Anthropic" and p.cls == "Company" and len(p.documents) == 1
    acts = entity_actions(seed_model, iri)
    assert len(acts) > 0 and set(acts["role"]) <= {"agent", "target"}
    assert acts["evidence"].map(bool).all()
    assert profile(seed_model, "urn:nothing") is None


def test_entity_tables_use_names_and_count_by_month(big_model):
    table = actions_table(big_model, big_model.actions)
    assert len(table) == len(big_model.actions)
    assert not table["agent"].str.startswith("https://").any()
    months = actions_over_time(big_model.actions)
    assert months["actions"].sum() == big_model.actions["when"].notna().sum()
