"""Firms named by their own last word (kg/nlp/entities/suffixed_names.py), on constructed parses."""
from __future__ import annotations

from kg.nlp.entities.suffixed_names import suffixed_names
from tests.nlp.constructed import build


def found(words, heads, deps, pos) -> list[tuple[str, str]]:
    doc = build(words, heads, deps, pos=pos)
    return [(s.text, s.label_) for s in suffixed_names(doc, [])]


def test_suffixed_names_a_run_ending_in_a_firm_s_word_is_a_company():
    # "- Sawari Ventures" (a list's item) / "It backed Kelip Labs ."
    assert found(["-", "Sawari", "Ventures"], [2, 2, 2], ["punct", "compound", "ROOT"],
                 ["PUNCT", "PROPN", "PROPN"]) == [("Sawari Ventures", "Company")]
    assert found(["It", "backed", "Kelip", "Labs", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "compound", "dobj", "punct"],
                 ["PRON", "VERB", "PROPN", "PROPN", "PUNCT"]) == [("Kelip Labs", "Company")]


def test_suffixed_names_no_modifier_no_lone_word():
    # "Venture Capital firms invested ." : the run modifies the noun after it; "Ventures" alone is no name
    assert found(["Venture", "Capital", "firms", "invested", "."], [1, 2, 3, 3, 3],
                 ["compound", "compound", "nsubj", "ROOT", "punct"], ["PROPN", "PROPN", "NOUN", "VERB", "PUNCT"]) == []
    assert found(["It", "backed", "Ventures", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                 ["PRON", "VERB", "PROPN", "PUNCT"]) == []
