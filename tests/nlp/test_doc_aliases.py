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
