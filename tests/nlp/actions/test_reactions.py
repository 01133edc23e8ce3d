"""Whom a chosen reaction to an event, or an appeal, is aimed at (kg/nlp/actions/reactions.py), on constructed parses."""
from __future__ import annotations

from kg.nlp.actions.reactions import aim_reactions
from kg.nlp.records import ActionRecord
from tests.nlp.constructed import build

# "Regulator fined Acme . Later Beta paused Acme . Group welcomed the decision ."
WORDS = ["Regulator", "fined", "Acme", ".", "Later", "Beta", "paused", "Acme", ".",
         "Group", "welcomed", "the", "decision", "."]
HEADS = [1, 1, 1, 1, 6, 6, 6, 6, 6, 10, 10, 12, 10, 10]
DEPS = ["nsubj", "ROOT", "dobj", "punct", "advmod", "nsubj", "ROOT", "dobj", "punct",
        "nsubj", "ROOT", "det", "dobj", "punct"]
LEMMAS = [{"fined": "fine", "paused": "pause", "welcomed": "welcome"}.get(w, w.lower()) for w in WORDS]
ENTS = {(0, 1): "GovernmentBody", (2, 3): "Company", (5, 6): "Company", (7, 8): "Company", (9, 10): "ResearchOrganization"}


def story(words=WORDS, heads=HEADS, deps=DEPS, lemmas=LEMMAS, ents=ENTS):
    doc = build(words, heads, deps, lemmas=lemmas, ents=ents)
    fined = ActionRecord(type="Penalize", agent="Regulator", targets=["Acme"], evidence="s0", trigger=1)
    paused = ActionRecord(type="Suspend", agent="Beta", targets=["Acme"], evidence="s1", trigger=6)
    return doc, fined, paused


def test_reactions_a_chosen_welcome_of_a_decision_is_aimed_at_the_storys_first_decider_not_its_target():
    doc, fined, paused = story()
    welcomed = ActionRecord(type="Support", agent="Group", targets=["Acme"], evidence="s2", trigger=10)
    aim_reactions(doc, [fined, paused, welcomed])
    assert welcomed.targets == ["Regulator"]  # the first decision told, not the nearer one, nor the fined party


def test_reactions_a_target_that_already_made_such_an_event_or_is_named_in_the_sentence_stands():
    doc, fined, paused = story()
    welcomed = ActionRecord(type="Support", agent="Group", targets=["Beta"], evidence="s2", trigger=10)
    aim_reactions(doc, [fined, paused, welcomed])
    assert welcomed.targets == ["Beta"]  # Beta's pause is a decision too
    # "Group welcomed the decision against Acme": a target the sentence names is its own reading
    words = WORDS[:13] + ["against", "Acme", "."]
    heads = HEADS[:13] + [12, 13, 10]
    deps = DEPS[:13] + ["prep", "pobj", "punct"]
    lemmas = LEMMAS[:13] + ["against", "acme", "."]
    doc, fined, paused = story(words, heads, deps, lemmas, {**ENTS, (14, 15): "Company"})
    welcomed = ActionRecord(type="Support", agent="Group", targets=["Acme"], evidence="s2", trigger=10)
    aim_reactions(doc, [fined, paused, welcomed])
    assert welcomed.targets == ["Acme"]


def test_reactions_an_authored_event_a_suit_with_a_target_and_a_noun_no_kept_action_makes_are_left_alone():
    # "Group welcomed Beta 's decision": the possessive names the author
    words = WORDS[:11] + ["Beta", "'s", "decision", "."]
    heads = HEADS[:11] + [13, 11, 10, 10]
    deps = DEPS[:11] + ["poss", "case", "dobj", "punct"]
    lemmas = LEMMAS[:11] + ["beta", "'s", "decision", "."]
    doc, fined, paused = story(words, heads, deps, lemmas, {k: v for k, v in ENTS.items()})
    welcomed = ActionRecord(type="Support", agent="Group", targets=["Acme"], evidence="s2", trigger=10)
    aim_reactions(doc, [fined, paused, welcomed])
    assert welcomed.targets == ["Acme"]
    # a suit that names whom it is against is no reaction to an event ("Group brought the complaint ...")
    doc, fined, paused = story()
    sued = ActionRecord(type="Sue", agent="Group", targets=["Acme"], evidence="s2", trigger=10)
    aim_reactions(doc, [fined, paused, sued])
    assert sued.targets == ["Acme"]
    # "Group welcomed the investment": no kept investment before it, no target found
    doc, fined, paused = story()
    doc[12].lemma_ = "investment"
    welcomed = ActionRecord(type="Support", agent="Group", targets=["Acme"], evidence="s2", trigger=10)
    aim_reactions(doc, [fined, paused, welcomed])
    assert welcomed.targets == ["Acme"]


def test_reactions_an_appeal_is_aimed_at_whoever_decided_against_the_appellant():
    # "Regulator fined Acme . Later Beta paused Acme . Acme appealed to the court ."
    words = WORDS[:9] + ["Acme", "appealed", "to", "the", "court", "."]
    heads = HEADS[:9] + [10, 10, 10, 13, 11, 10]
    deps = DEPS[:9] + ["nsubj", "ROOT", "prep", "det", "pobj", "punct"]
    lemmas = LEMMAS[:9] + ["acme", "appeal", "to", "the", "court", "."]
    ents = {**{k: v for k, v in ENTS.items() if k != (9, 10)}, (9, 10): "Company", (13, 14): "GovernmentBody"}
    doc, fined, paused = story(words, heads, deps, lemmas, ents)
    appeal = ActionRecord(type="Sue", agent="Acme", targets=["court"], evidence="s2", trigger=10)
    aim_reactions(doc, [fined, appeal])
    assert appeal.targets == ["Regulator"]
    # the nearest decision against it is the one appealed; a target that decided against it stands
    appeal = ActionRecord(type="Sue", agent="Acme", targets=["court"], evidence="s2", trigger=10)
    paused.type = "Ban"
    aim_reactions(doc, [fined, paused, appeal])
    assert appeal.targets == ["Beta"]
    appeal = ActionRecord(type="Sue", agent="Acme", targets=["Regulator"], evidence="s2", trigger=10)
    aim_reactions(doc, [fined, paused, appeal])
    assert appeal.targets == ["Regulator"]
    # a suit told by another word ("Acme sued the court") is left alone
    doc[10].lemma_ = "sue"
    sued = ActionRecord(type="Sue", agent="Acme", targets=["court"], evidence="s2", trigger=10)
    aim_reactions(doc, [fined, sued])
    assert sued.targets == ["court"]
