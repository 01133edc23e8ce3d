"""What a verb of labelling says of its object, on constructed parses (kg/nlp/actions/evaluation.py), and the lexicon's
readings that need it."""
from __future__ import annotations

import pytest

from kg.nlp.actions.evaluation import evaluation_of
from tests.nlp.constructed import build


def called(complement: list[str], deps: list[str], heads_in_complement: list[int], pos: list[str]):
    """"Amnesty called the decision <complement> ." with the complement's words hung as given (heads relative to
    the complement's first word; -1: the verb)."""
    words = ["Amnesty", "called", "the", "decision", *complement, "."]
    heads = [1, 1, 3, 1] + [1 if h < 0 else 4 + h for h in heads_in_complement] + [1]
    return build(words, heads, ["nsubj", "ROOT", "det", "dobj", *deps, "punct"],
                 pos=["PROPN", "VERB", "DET", "NOUN", *pos, "PUNCT"])


@pytest.mark.parametrize("complement, deps, heads, pos, expected", [
    (["a", "dangerous", "precedent"], ["det", "amod", "oprd"], [2, 2, -1], ["DET", "ADJ", "NOUN"], "negative"),
    (["a", "great", "win"], ["det", "amod", "oprd"], [2, 2, -1], ["DET", "ADJ", "NOUN"], "positive"),
    (["not", "a", "good", "idea"], ["neg", "det", "amod", "oprd"], [3, 3, 3, -1], ["PART", "DET", "ADJ", "NOUN"],
     "negative"),  # a negator flips the word after it
    (["a", "model"], ["det", "oprd"], [1, -1], ["DET", "NOUN"], None),  # no evaluative word
    (["a", "stress", "test"], ["det", "compound", "oprd"], [2, 2, -1], ["DET", "NOUN", "NOUN"], None),  # a term
    (["a", "step", "against", "bad", "actors"], ["det", "oprd", "prep", "amod", "pobj"], [1, -1, 1, 4, 2],
     ["DET", "NOUN", "ADP", "ADJ", "NOUN"], None),  # what a preposition adds is not the judgement
])
def test_evaluation_of_the_object_predicate(complement, deps, heads, pos, expected):
    doc = called(complement, deps, heads, pos)
    assert evaluation_of(doc[1]) == expected


def test_evaluation_of_what_follows_as_and_none_for_a_wh_object():
    # "The group described the rule as reckless .": the parser hangs the adjective on "as" as a modifier
    words = ["The", "group", "described", "the", "rule", "as", "reckless", "."]
    doc = build(words, [1, 2, 2, 4, 2, 2, 5, 2], ["det", "nsubj", "ROOT", "det", "dobj", "prep", "amod", "punct"],
                pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "ADJ", "PUNCT"])
    assert evaluation_of(doc[2]) == "negative"
    # "... what it called an illegal database ."
    words = ["what", "it", "called", "an", "illegal", "database", "."]
    doc = build(words, [2, 2, 2, 5, 5, 2, 2], ["dobj", "nsubj", "ROOT", "det", "amod", "oprd", "punct"],
                pos=["PRON", "PRON", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
                tags=["WP", "PRP", "VBD", "DT", "JJ", "NN", "."])
    assert evaluation_of(doc[2]) is None


@pytest.mark.parametrize("obj, obj_pos, owner, expected", [
    ("decision", "NOUN", None, "negative"),  # an event
    ("it", "PRON", None, None),  # a pronoun: what it stands for is not read here
    ("model", "NOUN", "its", None),  # the agent's own thing ("called its new model a ...")
    ("quarter", "NOUN", None, None),  # no event, no name
])
def test_evaluation_only_of_an_event_or_a_name(obj, obj_pos, owner, expected):
    # "Amnesty called [its] <obj> a dangerous precedent ."
    pre = [owner] if owner else []
    words = ["Amnesty", "called", *pre, obj, "a", "dangerous", "precedent", "."]
    o = 2 + len(pre)
    heads = [1, 1, *([o] if owner else []), 1, o + 3, o + 3, 1, 1]
    deps = ["nsubj", "ROOT", *(["poss"] if owner else []), "dobj", "det", "amod", "oprd", "punct"]
    pos = ["PROPN", "VERB", *(["PRON"] if owner else []), obj_pos, "DET", "ADJ", "NOUN", "PUNCT"]
    doc = build(words, heads, deps, pos=pos)
    assert evaluation_of(doc[1]) == expected


def test_evaluation_readings_hold_only_with_their_evaluation():
    from kg.nlp.actions.triggers import lexicon

    readings = lexicon()[("call", "VERB")]
    assert {(r.type, r.evaluation) for r in readings} == {("Oppose", "negative"), ("Support", "positive")}
    oppose = next(r for r in readings if r.type == "Oppose")
    assert oppose.fits(set(), set(), set(), set(), "negative")
    assert not oppose.fits(set(), set(), set(), set(), None)
    assert not oppose.unconditional and oppose.framed


@pytest.mark.parametrize("text, expected", [
    ("Amnesty International called the Garante's order a dangerous precedent.", ("Oppose", "Amnesty International")),
    ("Senator Lena Ortiz called the Helix Act a great win for consumers.", ("Support", "Lena Ortiz")),
    ("Senator Lena Ortiz called the Helix Act the third bill of the session.", None),
    # a verb of labelling that gives no stance carries no action of its own: the fine inside it stands
    ("The report described how the Ministry of Trade fined Nexora last year.", ("Penalize", "Ministry of Trade")),
])
def test_evaluation_a_verb_of_labelling_reports_a_stance_end_to_end(parse, text, expected):
    ex = parse(text)
    got = [(a.type, ex.entities[a.agent].name) for a in ex.actions if a.agent]
    assert got == ([expected] if expected else []), got
