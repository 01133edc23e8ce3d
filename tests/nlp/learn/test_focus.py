"""Readings that take an argument from the sentences before (kg/nlp/learn/focus.py)."""
from __future__ import annotations

from kg.nlp.learn.candidates import Candidate
from kg.nlp.learn.focus import Focus
from kg.nlp.records import ActionRecord


def cand(atype: str, agent: str | None, targets: list[str], p_agent: float = 0.0, p_target: float = 0.0) -> Candidate:
    rec = ActionRecord(type=atype, evidence="...", agent=agent, targets=targets)
    return Candidate(rec, "roles", None, {"p_agent": p_agent, "p_target": p_target, "ntargets=0": 1.0})


def read(sentences: list[list[Candidate]]) -> list[list[Candidate]]:
    """What Focus adds in each sentence, read in order as `candidates` does."""
    focus, added = Focus(), []
    for n, made in enumerate(sentences):
        focus.enter(n)
        added.append(focus.continued(made))
        focus.note(made)
    return added


def test_an_action_without_a_target_continues_with_the_targets_before():
    # "The FTC sued FBA Machine. The settlement bars them from selling ..."
    added = read([[cand("Sue", "ftc", ["fba"], 0.9, 0.8)], [cand("Ban", "ftc", [])]])
    assert added[0] == []
    (c,) = added[1]
    assert (c.record.type, c.record.agent, c.record.targets, c.source) == ("Ban", "ftc", ["fba"], "context")
    assert c.features["ctx_target"] == 1.0 and c.features["ctx_dist=1"] == 1.0 and "ntargets=0" not in c.features


def test_a_reaction_is_aimed_at_the_agent_before():
    # "Paxton opened an inquiry into Meta. Character.AI pushed back."
    added = read([[cand("Investigate", "paxton", ["meta"], 0.9, 0.9)], [cand("Support", "characterai", [])]])
    (c,) = added[1]
    assert (c.record.targets, c.features["ctx_agent"]) == (["paxton"], 1.0)


def test_no_context_reading_from_weak_readings_the_same_sentence_or_too_far_back():
    weak = [cand("Sue", "ftc", ["fba"], 0.4, 0.4)]
    assert read([weak, [cand("Ban", "ftc", [])]])[1] == []
    assert read([[cand("Sue", "ftc", ["fba"], 0.9, 0.9), cand("Ban", "ftc", [])]])[0] == []  # the same sentence
    far = [[cand("Sue", "ftc", ["fba"], 0.9, 0.9)]] + [[] for _ in range(6)] + [[cand("Ban", "ftc", [])]]
    assert read(far)[-1] == []


def test_no_context_reading_for_a_candidate_with_a_target_or_no_agent_or_aimed_at_itself():
    before = [cand("Investigate", "paxton", ["meta"], 0.9, 0.9)]
    assert read([before, [cand("Ban", "paxton", ["x"])]])[1] == []
    assert read([before, [cand("Ban", None, [])]])[1] == []
    # "Meta pushed back": never Meta against itself (the targets before), only against Paxton (the agent before)
    assert [c.record.targets for c in read([before, [cand("Oppose", "meta", [])]])[1]] == [["paxton"]]


def test_no_context_reading_when_the_object_names_someone_unknown():
    # "Italy fined the city of Trento": the target is named, only not found; "The settlement bans them": none named
    from kg.nlp.learn.focus import names_own_object
    from tests.nlp.constructed import build

    trento = build(["Italy", "fined", "the", "city", "of", "Trento"], [1, 1, 3, 1, 3, 4],
                   ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"], pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN"])
    them = build(["The", "settlement", "bans", "them"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
                 pos=["DET", "NOUN", "VERB", "PRON"])
    assert names_own_object(trento[1]) and not names_own_object(them[2])
    c = cand("Penalize", "italy", [])
    c.trig = trento[1]
    assert read([[cand("Investigate", "italy", ["openai"], 0.9, 0.9)], [c]])[1] == []



def test_a_round_told_again_takes_the_target_of_the_same_type_before():
    # "Kelong Labs raised $50 million. It launched Sampan 2. The round was led by Tanjong Capital."
    raised = cand("Invest", None, ["kelong"], 0.0, 0.9)
    launched = cand("Release", "kelong", ["sampan"], 0.9, 0.9)
    (c,) = read([[raised], [launched], [cand("Invest", "tanjong", [])]])[2]
    assert (c.record.type, c.record.agent, c.record.targets, c.source) == ("Invest", "tanjong", ["kelong"], "context")
    assert c.features["ctx_target"] == 1.0 and c.features["ctx_target_type=Invest"] == 1.0
    # not the targets of another type (the model launched), nor for a type that is not told again so
    assert read([[launched], [cand("Invest", "tanjong", [])]])[1] == []
    assert read([[raised], [cand("Release", "tanjong", [])]])[1] == []
