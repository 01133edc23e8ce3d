"""A body called by its head word alone joins the body the document names (kg/nlp/entities/bare_heads.py)."""
from __future__ import annotations

from kg.nlp.entities.bare_heads import bare_head, join_bare_heads
from kg.nlp.records import LocalEntity


def body(key: str, name: str, at: int, cls: str = "GovernmentBody", gaz: str | None = None) -> LocalEntity:
    return LocalEntity(key, cls, name, surface_forms={name}, gaz_id=gaz, mentions=[(at, at + 1)])


def joined(*entities: LocalEntity) -> tuple[dict[str, LocalEntity], dict]:
    table = {e.key: e for e in entities}
    mention = {span: e.key for e in entities for span in e.mentions}
    join_bare_heads(table, mention)
    return table, mention


def test_the_commission_is_the_commission_named_before_it():
    ftc = body("gaz:ftc", "Federal Trade Commission", 2, gaz="ftc")
    amazon = body("gaz:amazon", "Amazon", 5, cls="Company", gaz="amazon")
    bare = body("loc:commission", "Commission", 9)
    table, mention = joined(ftc, amazon, bare)
    assert set(table) == {"gaz:ftc", "gaz:amazon"} and mention[(9, 10)] == "gaz:ftc"
    assert (9, 10) in table["gaz:ftc"].mentions and table["gaz:ftc"].surface_forms == {"Federal Trade Commission"}


def test_a_word_that_needs_no_name_takes_the_nearest_body_a_strict_one_none():
    garante = body("gaz:garante", "Garante", 2, gaz="garante")
    table, mention = joined(garante, body("loc:authority", "Authority", 8))
    assert set(table) == {"gaz:garante"} and mention[(8, 9)] == "gaz:garante"
    table, _ = joined(body("gaz:garante", "Garante", 2, gaz="garante"), body("loc:committee", "Committee", 8))
    assert "loc:committee" in table  # "the Committee" needs a committee's name
    table, _ = joined(body("loc:authority", "Authority", 1), body("gaz:garante", "Garante", 6, gaz="garante"))
    assert "loc:authority" in table  # nothing before it


def test_only_a_bare_head_word_counts():
    assert bare_head(body("loc:c", "Commission", 1)) == "commission"
    assert bare_head(LocalEntity("loc:c", "GovernmentBody", "the Council", surface_forms={"the Council"})) == "council"
    assert bare_head(body("loc:c", "Trade Commission", 1)) is None
    assert bare_head(body("gaz:ec", "Commission", 1, gaz="european-commission")) is None  # a known body stays
    assert bare_head(body("loc:x", "Regulator", 1)) is None  # no name holds "regulator": not a head word here
