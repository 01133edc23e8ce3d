"""The word lists of `kg/nlp/data/` (read through `kg.nlp.lexicon.words`), never literals in code."""
from __future__ import annotations

import pytest

from kg.errors import KGError
from kg.nlp.lexicon import load_json, words


@pytest.mark.parametrize("name", ["clause_words.json", "entity_words.json"])
def test_every_word_list_is_a_list_of_lower_case_words(name):
    data = load_json(name)
    assert data["_doc"]
    for key in (k for k in data if k != "_doc"):
        found = words(name, key)
        assert found and found == frozenset(data[key]) and len(data[key]) == len(found), key
        assert all(w == w.lower() and w.strip() == w for w in found), key


def test_a_missing_word_list_is_a_clear_error():
    with pytest.raises(KGError, match="E205"):
        words("clause_words.json", "no_such_list")
