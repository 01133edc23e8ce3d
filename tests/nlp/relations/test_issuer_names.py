"""An instrument named after its issuer (kg/nlp/relations/issuer_names.py), on constructed documents."""
from __future__ import annotations

from kg.nlp.doc.index import EntityIndex
from kg.nlp.relations.issuer_names import name_issuer
from tests.nlp.constructed import build


def issued(words: list[str], ents: dict[tuple[int, int], str]) -> list[tuple[str, str, str]]:
    n = len(words)
    doc = build(words, [0] * n, ["ROOT"] + ["dep"] * (n - 1), ents=ents)
    return [(r.subject, r.predicate, r.object) for r in name_issuer(doc, EntityIndex.of(doc))]


def test_an_instrument_named_after_a_body_is_issued_by_it():
    # "The FTC published the FTC Policy Statement ."
    words = ["The", "FTC", "published", "the", "FTC", "Policy", "Statement", "."]
    assert issued(words, {(1, 2): "GovernmentBody", (4, 7): "PolicyInstrument"}) == \
        [("FTC Policy Statement", "issuedBy", "FTC")]


def test_not_a_statute_named_after_the_body_it_governs_nor_a_place_nor_a_generic_short_form():
    # "The FTC enforces the FTC Act ." / "The EU published the EU Code of Practice ." / "AI wrote the AI Playbook ."
    act = ["The", "FTC", "enforces", "the", "FTC", "Act", "."]
    assert issued(act, {(1, 2): "GovernmentBody", (4, 6): "PolicyInstrument"}) == []
    eu = ["The", "EU", "published", "the", "EU", "Code", "of", "Practice", "."]
    assert issued(eu, {(1, 2): "Jurisdiction", (4, 8): "PolicyInstrument"}) == []
    playbook = ["AI", "wrote", "the", "AI", "Playbook", "."]
    assert issued(playbook, {(0, 1): "GovernmentBody", (3, 5): "PolicyInstrument"}) == []


def test_a_statute_is_known_by_any_word_of_any_of_its_names():
    # "The FDA wrote guidance under the FDA Modernization Act 2.0 ." / the same act named twice, once as "the law"
    from kg.nlp.relations.issuer_names import statute

    words = ["The", "FDA", "wrote", "guidance", "under", "the", "FDA", "Modernization", "Act", "2.0", "."]
    assert issued(words, {(1, 2): "GovernmentBody", (6, 10): "PolicyInstrument"}) == []
    assert statute({"FTC Act of 1914"}) and statute({"Senate Bill 1047", "SB 1047"})
    assert not statute({"FTC Policy Statement on Biometric Information", "the statement"})
