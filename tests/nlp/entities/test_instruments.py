from __future__ import annotations

import pytest


def instruments(ex) -> dict[str, bool]:
    return {e.name: e.scoped for e in ex.entities.values() if e.type == "PolicyInstrument"}


@pytest.mark.parametrize("text, name", [
    ('The governor signed an order titled "Protecting Children From Algorithmic Harm" on Monday.',
     "Protecting Children From Algorithmic Harm"),
    ('Parliament passed the law, formally "The Digital Fairness and Transparency Act", in June.',
     "The Digital Fairness and Transparency Act"),
])
def test_instruments_quoted_titles(parse, text, name):
    assert name in instruments(parse(text))


@pytest.mark.parametrize("text, name", [
    ("The judge issued a June 4 discovery order against the company.", "June 4 discovery order"),
    ("The ministry published its draft licensing decree for comment.", "licensing decree"),
    ("The regulator issued guidelines on the labelling of synthetic media last week.",
     "guidelines on the labelling of synthetic media"),
])
def test_instruments_specific_descriptions_are_document_scoped(parse, text, name):
    got = instruments(parse(text))
    assert got.get(name) is True, got


@pytest.mark.parametrize("text", [
    "The company said the new rules were unclear.",
    "A court order followed the hearing.",
    "The order was criticised by lawmakers.",
    'He called the plan "a good start".',
])
def test_instruments_generic_phrases_are_not_entities(parse, text):
    assert instruments(parse(text)) == {}


def test_instruments_later_definite_description_is_resolved_not_aliased(parse):
    ex = parse("The board adopted the AI procurement directive in May. The directive requires agencies to test models.")
    named = [k for k, e in ex.entities.items() if e.type == "PolicyInstrument"]
    assert len(named) == 1 and ex.entities[named[0]].surface_forms == {"AI procurement directive"}
    mandates = [a for a in ex.actions if a.type == "Mandate"]
    assert mandates and mandates[0].instruments == named


def test_instruments_description_bounds_on_constructed_parses():
    from kg.nlp.entities.instruments import cues, described, description_bounds, title_case
    from tests.nlp.constructed import build

    # "its draft enforcement decree took effect": "draft" leads, "enforcement" tells it apart
    doc = build(["its", "draft", "enforcement", "decree", "took", "effect"], [3, 3, 3, 4, 4, 4],
                ["poss", "amod", "compound", "nsubj", "ROOT", "dobj"],
                pos=["PRON", "ADJ", "NOUN", "NOUN", "VERB", "NOUN"])
    assert description_bounds(doc[3], set(), cues()) == (2, 4)
    assert [(s.start, s.end) for s in described(doc, set())] == [(2, 4)]
    # "the new order": nothing tells it apart
    doc = build(["the", "new", "order", "took", "effect"], [2, 2, 3, 3, 3], ["det", "amod", "nsubj", "ROOT", "dobj"],
                pos=["DET", "ADJ", "NOUN", "VERB", "NOUN"])
    assert description_bounds(doc[2], set(), cues()) is None
    # "measures on deep synthesis": a topic head runs to the end of its topic
    doc = build(["measures", "on", "deep", "synthesis", "apply"], [4, 0, 3, 1, 4], ["nsubj", "prep", "amod", "pobj", "ROOT"],
                pos=["NOUN", "ADP", "ADJ", "NOUN", "VERB"])
    assert description_bounds(doc[0], set(), cues()) == (0, 4)
    doc = build(["Preventing", "Woke", "AI", "in", "the", "Federal", "Government"], [0] * 7, ["ROOT"] + ["dep"] * 6)
    assert title_case(doc[0:7]) and not title_case(doc[0:2])


@pytest.mark.parametrize("text, names", [
    ("The regulator invoked the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.",
     {"Cybersecurity Law", "Data Security Law", "Personal Information Protection Law"}),
    ("It found that the firm violated the Anti-Monopoly Law as well as the merger conditions.", {"Anti-Monopoly Law"}),
    ("The rules build on the Information Technology Act, 2000 and the Digital Personal Data Protection Act, 2023.",
     {"Information Technology Act, 2000", "Digital Personal Data Protection Act, 2023"}),
    ("Polis signed Senate Bill 24-205 and later SB 25B-004 and SB 25-318.",
     {"Senate Bill 24-205", "SB 25B-004", "SB 25-318"}),
])
def test_instruments_names_in_lists_with_hyphens_years_and_bill_numbers(parse, text, names):
    """Each name is found as an instrument (under the name the text gives it, or the gazetteer's own for it)."""
    ex = parse(text)
    found = {f for e in ex.entities.values() if e.type == "PolicyInstrument" for f in [e.name, *e.surface_forms]}
    assert names <= found
