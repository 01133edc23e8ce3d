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
