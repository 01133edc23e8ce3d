"""A model's maker as the gazetteer knows it (kg/nlp/relations/makers.py)."""
from __future__ import annotations

from kg.nlp.records import LocalEntity, RelationRecord
from kg.nlp.relations.makers import against_known_maker, known_makers


def doc_with(entities: list[LocalEntity]):
    from tests.nlp.constructed import build

    doc = build(["Text", "."], [0, 0], ["ROOT", "punct"])
    doc._.kg_entities = {e.key: e for e in entities}
    return doc


def entity(key: str, cls: str, gaz_id: str | None) -> LocalEntity:
    return LocalEntity(key, cls, key, gaz_id=gaz_id)


def develops(maker: str, model: str, doc) -> bool:
    return against_known_maker(RelationRecord(maker, "develops", model, "..."), doc)


def test_a_maker_the_gazetteer_does_not_know_for_a_model_it_knows_is_a_misreading():
    assert "anthropic" in known_makers()["claude"]
    doc = doc_with([entity("aws", "Company", "amazon-web-services"), entity("claude", "AIModel", "claude"),
                    entity("anthropic", "Company", "anthropic"), entity("acme", "Company", None),
                    entity("orca", "AIModel", None)])
    assert develops("aws", "claude", doc)
    assert not develops("anthropic", "claude", doc)
    # a maker or a model the gazetteer does not know is left to the text
    assert not develops("acme", "claude", doc) and not develops("aws", "orca", doc)
    assert not against_known_maker(RelationRecord("aws", "partOf", "claude", "..."), doc)


def test_a_makers_parent_or_unit_makes_its_models_too():
    makers = known_makers()
    gemini = next(m for m, v in makers.items() if "google-deepmind" in v and m.startswith("gemini"))
    assert "alphabet" in makers[gemini]  # Google DeepMind is part of Alphabet
