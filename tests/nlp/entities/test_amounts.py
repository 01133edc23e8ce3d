"""An amount the NER ran into the name before it is cut off (kg/nlp/entities/amounts.py)."""
from __future__ import annotations

import pytest

from kg.nlp.entities.amounts import without_amount
from tests.nlp.constructed import build


@pytest.mark.parametrize("words, label, expected", [
    (["Paystream", "2", "million"], "LAW", (1, "ORG")),  # the name names a party, not a law
    (["Brightwave", "5", "million", "dollars"], "LAW", (1, "ORG")),
    (["Luka", "Inc", "5", "million"], "ORG", (2, "ORG")),
    (["Mara", "Lind", "5,000", "euros"], "PERSON", (2, "PERSON")),
    (["Llama", "3"], "PRODUCT", (2, "PRODUCT")),  # a model's number has no scale or currency word
    (["Gemini", "2.5", "Pro"], "PRODUCT", (3, "PRODUCT")),
    (["EUR", "1", "billion"], "MONEY", (3, "MONEY")),  # an amount, no name before it
    (["S$", "5", "million"], "ORG", (3, "ORG")),
    (["PayStream", "2", "million", "dollars"], "LAW", (1, "ORG")),  # a name in camel case
    (["Helix", "2", "M"], "PRODUCT", (3, "PRODUCT")),  # a model's capital letter is no "m" of millions
    (["Helix", "2", "m"], "NORP", (1, "ORG")),
])
def test_amounts_an_amount_after_a_name_is_no_part_of_it(words, label, expected):
    doc = build(words, list(range(len(words))), ["dep"] * len(words))
    assert without_amount(doc, 0, len(words), label) == expected
