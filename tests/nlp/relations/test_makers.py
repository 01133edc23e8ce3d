"""A model's maker as the gazetteer knows it (kg/nlp/relations/makers.py), on constructed gazetteers and documents."""
from __future__ import annotations

from kg.nlp.gazetteer import GazEntry
from kg.nlp.records import LocalEntity, RelationRecord
from kg.nlp.relations.makers import against_known_maker, makers_of


def entry(gid: str, cls: str = "Company", **facts) -> GazEntry:
    return GazEntry(gid, gid, cls, facts={k: tuple(v) for k, v in facts.items()})


GAZ = {e.id: e for e in [
    entry("alphabet"), entry("google", partOf=["alphabet"]), entry("deepmind", partOf=["google"], develops=["gemini"]),
    entry("youtube", partOf=["alphabet"]), entry("anthropic", develops=["claude"]), entry("aws"),
    entry("gemini", "AIModel"), entry("claude", "AIModel"), entry("london", "Jurisdiction"),
    entry("lab", "ResearchOrganization", partOf=["london"], develops=["orca"]), entry("orca", "AIModel")]}


def test_makers_of_a_model_are_its_maker_s_whole_group_and_not_a_place():
    makers = makers_of(GAZ)
    assert makers["gemini"] == {"alphabet", "google", "deepmind", "youtube"}  # parent, its parent, a sister unit
    assert makers["claude"] == {"anthropic"}
    assert makers["orca"] == {"lab"}  # a place the lab is part of is no maker


def doc_with(entities: list[LocalEntity]):
    from tests.nlp.constructed import build

    doc = build(["Text", "."], [0, 0], ["ROOT", "punct"])
    doc._.kg_entities = {e.key: e for e in entities}
    return doc


def test_a_maker_the_gazetteer_does_not_know_for_a_model_it_knows_is_a_misreading(monkeypatch):
    import kg.nlp.relations.makers as makers

    monkeypatch.setattr(makers, "known_makers", lambda: makers_of(GAZ))
    doc = doc_with([LocalEntity(k, cls, k, gaz_id=gid) for k, cls, gid in [
        ("AWS", "Company", "aws"), ("Claude", "AIModel", "claude"), ("Anthropic", "Company", "anthropic"),
        ("Acme", "Company", None), ("Wren", "AIModel", None), ("YouTube", "Company", "youtube"),
        ("Gemini", "AIModel", "gemini")]])

    def develops(maker: str, model: str, predicate: str = "develops") -> bool:
        return against_known_maker(RelationRecord(maker, predicate, model, "..."), doc)

    assert develops("AWS", "Claude") and not develops("Anthropic", "Claude") and not develops("YouTube", "Gemini")
    # a maker or a model the gazetteer does not know is left to the text, and so is any other relation
    assert not develops("Acme", "Claude") and not develops("AWS", "Wren") and not develops("AWS", "Claude", "partOf")
