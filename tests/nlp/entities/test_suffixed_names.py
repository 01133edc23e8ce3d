"""Firms named by their own last word (kg/nlp/entities/suffixed_names.py), on constructed parses."""
from __future__ import annotations

from kg.nlp.entities.suffixed_names import cut_firm_names, suffixed_names
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


def cut(words, heads, deps, pos, ents, ids=None) -> list[tuple[str, str]]:
    doc = build(words, heads, deps, pos=pos, ents=ents, ids=ids)
    return [(s.text, s.label_) for s in cut_firm_names(doc, list(doc.ents))]


SUED = (["Paxton", "sued", "Brightline", "AI", "on", "Tuesday", "."], [1, 1, 3, 1, 1, 4, 1],
        ["nsubj", "ROOT", "compound", "dobj", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"])


def test_cut_firm_names_a_name_cut_before_its_firm_s_word_is_read_whole():
    # "Paxton sued Brightline AI on Tuesday .": the NER read "Brightline", a compound of "AI"
    assert cut(*SUED, {(0, 1): "Person", (2, 3): "Jurisdiction"}) == [("Brightline AI", "Company")]


def test_cut_firm_names_not_a_known_name_nor_a_word_the_name_does_not_hang_on():
    # "Google AI" is Google's (a gazetteer name); "AI" that is no head of the name is left alone
    assert cut(*SUED, {(2, 3): "Company"}, ids={(2, 3): "google"}) == []
    words, heads, deps, pos = SUED
    assert cut(words, [1, 1, 1, 1, 1, 4, 1], ["nsubj", "ROOT", "dobj", "npadvmod", "prep", "pobj", "punct"], pos,
               {(2, 3): "Company"}) == []
    assert cut(words, heads, deps, pos, {(2, 3): "Company", (3, 4): "Company"}) == []  # another name holds the word


def test_cut_firm_names_not_a_place_nor_a_word_that_modifies_a_noun():
    # "It sued the Munich AI developer ." (a place) / "It fined Corvane AI firm ." ("AI" modifies "firm")
    words = ["It", "sued", "the", "Munich", "AI", "developer", "."]
    heads, deps = [1, 1, 5, 4, 5, 1, 1], ["nsubj", "ROOT", "det", "compound", "compound", "dobj", "punct"]
    pos = ["PRON", "VERB", "DET", "PROPN", "PROPN", "NOUN", "PUNCT"]
    assert cut(words, heads, deps, pos, {(3, 4): "Jurisdiction"}) == []
    words[3] = "Corvane"
    assert cut(words, heads, deps, pos, {(3, 4): "Company"}) == []
    assert cut(words[:5] + ["."], [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
               pos[:5] + ["PUNCT"], {(3, 4): "Company"}) == [("Corvane AI", "Company")]
