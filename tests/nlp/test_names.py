from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.nlp.names import close_spelling, fold, name_key


@pytest.mark.parametrize("a, b, same", [
    ("Antropic", "Anthropic", True), ("Anthrophic", "Anthropic", True), ("Nvidia", "NVIDIA", True),
    ("GPT-4", "GPT-4o", False), ("FTC", "FCC", False), ("Meta", "Meta AI", False), ("Llama 3", "Llama 4", False),
    ("Claude", "Cohere", False), ("Gemini", "Gemma", False),
    ("AI Pact", "AI Act", False), ("Data Act", "Data Pact", False), ("Open Labs", "Open Lab", False),
    ("Microsfot Azure", "Microsoft Azure", True),
])
def test_names_close_spelling(a, b, same):
    assert close_spelling(a, b) is same


@pytest.mark.parametrize("a, b", [
    ("U.S. Department of Commerce", "Commerce Department"), ("the Department of Commerce", "US Department of Commerce"),
    ("Anthropic’s", "Anthropic"),
])
def test_names_key_meets_variants(a, b):
    assert name_key(a, "GovernmentBody") == name_key(b, "GovernmentBody")


@given(st.text(max_size=60))
def test_names_fold_is_idempotent_and_close_spelling_reflexive(s):
    assert fold(fold(s)) == fold(s)
    assert close_spelling(s, s)
