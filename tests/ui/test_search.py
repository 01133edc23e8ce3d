from __future__ import annotations

from kg.ui.search import NameIndex


def test_search_alias_leads_to_its_entity(seed_model):
    index = NameIndex(seed_model)
    best = index.best("Antropic")
    assert best.label == "Anthropic" and best.name == "Antropic" and best.score == 100


def test_search_tolerates_small_misspellings_and_case(big_model, seed_model):
    assert NameIndex(seed_model).best("anthrpoic").label == "Anthropic"
    index = NameIndex(big_model)
    assert index.best("entity 12").label == "Entity 12"
    assert index.best("Entiyt 123").label == "Entity 123"
    assert index.find("qqqqzzzz") == [] and index.find("   ") == []


def test_search_never_limited_by_filters_and_one_entry_per_entity(big_model):
    index = NameIndex(big_model)
    found = index.find("E1", limit=8)  # the alias "E1" and names containing it
    assert found[0].name == "E1" and len({m.iri for m in found}) == len(found)
    assert len(index.names) >= 2 * len(big_model.entities)  # every label and alias, whatever is shown
