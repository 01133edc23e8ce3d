"""Short forms a document defines for itself join the full name given earlier."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, full, short", [
    ("Clearview AI was fined by the ICO in 2022. Clearview said it would appeal the ruling.", "Clearview AI", "Clearview"),
    ("Getty Images sued Stability AI in London. Stability denied the claims.", "Stability AI", "Stability"),
    ("Nimbus Labs released a model on Monday. Nimbus said the model was safe.", "Nimbus Labs", "Nimbus"),
])
def test_doc_aliases_company_short_form_is_one_entity(parse, text, full, short):
    ents = parse(text).entities.values()
    named = [e for e in ents if full in e.surface_forms]
    assert len(named) == 1 and short in named[0].surface_forms
    assert not [e for e in ents if e.surface_forms == {short}]


def test_doc_aliases_acronym_in_brackets_on_a_constructed_doc():
    from kg.nlp.entities.doc_aliases import acronym_after, is_acronym
    from tests.nlp.constructed import build

    words = ["the", "Bureau", "of", "Industry", "and", "Security", "(", '"', "BIS", '"', ")", "said"]
    doc = build(words, [1, 11, 1, 2, 3, 3, 1, 8, 1, 8, 1, 11], ["det", "nsubj", "prep", "pobj", "cc", "conj", "punct",
                "punct", "appos", "punct", "punct", "ROOT"], ents={(1, 6): "GovernmentBody"})
    acr = acronym_after(doc.ents[0])
    assert (acr.start, acr.end, acr.text) == (8, 9, "BIS")
    assert is_acronym("BIS") and is_acronym("OpenAI") and not is_acronym("Act") and not is_acronym("ABCDEFGHIJKLM")
