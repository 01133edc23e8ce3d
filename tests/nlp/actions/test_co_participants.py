"""Who takes part beside an action's agent (kg/nlp/actions/co_participants.py), on constructed parses."""
from __future__ import annotations

from kg.nlp.actions.args import Args, noun_args
from kg.nlp.actions.co_participants import co_participants, with_co_participants
from kg.nlp.doc.index import EntityIndex
from tests.nlp.constructed import build


def round_with(tail: list[tuple[str, int, str, str, str]]):
    """"Lumo raised a round led by Sequoia , <tail> .": each tail word (text, head, dep, pos, lemma), heads counted
    from the start of the sentence."""
    words = ["Lumo", "raised", "a", "round", "led", "by", "Sequoia", ","] + [w[0] for w in tail] + ["."]
    heads = [1, 1, 3, 1, 3, 4, 5, 1] + [w[1] for w in tail] + [1]
    deps = ["nsubj", "ROOT", "det", "dobj", "acl", "agent", "pobj", "punct"] + [w[2] for w in tail] + ["punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"] + [w[3] for w in tail] + ["PUNCT"]
    lemmas = ["Lumo", "raise", "a", "round", "lead", "by", "Sequoia", ","] + [w[4] for w in tail] + ["."]
    tags = ["NNP", "VBD", "DT", "NN", "VBN", "IN", "NNP", ","] + ["XX"] * len(tail) + ["."]
    ents = {(0, 1): "Company", (6, 7): "Company"}
    ents.update({(8 + n, 9 + n): "Company" for n, w in enumerate(tail) if w[3] == "PROPN"})
    return build(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags, ents=ents)


def test_co_participants_participation_from_names_more_investors():
    # "..., with participation from Balderton and Kima ."
    doc = round_with([("with", 1, "prep", "ADP", "with"), ("participation", 8, "pobj", "NOUN", "participation"),
                      ("from", 9, "prep", "ADP", "from"), ("Balderton", 10, "pobj", "PROPN", "Balderton"),
                      ("and", 11, "cc", "CCONJ", "and"), ("Kima", 11, "conj", "PROPN", "Kima")])
    idx = EntityIndex.of(doc)
    assert co_participants(doc[3], idx) == ["Balderton", "Kima"]
    a = with_co_participants(doc[3], noun_args(doc[3], idx), idx)
    assert (a.agents, a.targets) == (["Sequoia", "Balderton", "Kima"], ["Lumo"])


def test_co_participants_a_small_clause_under_with_takes_part_only_by_its_word():
    # "..., with Balderton also taking part ." / "..., with Balderton also in ." take part; "..., with Balderton
    # saying ..." does not
    for verb, lemma, obj in (("taking", "take", ("part", "part")), ("in", "in", None), ("saying", "say", None)):
        tail = [("with", 1, "prep", "ADP", "with"), ("Balderton", 11, "nsubj", "PROPN", "Balderton"),
                ("also", 11, "advmod", "ADV", "also"), (verb, 8, "pcomp", "VERB", lemma)]
        if obj:
            tail.append((obj[0], 11, "dobj", "NOUN", obj[1]))
        doc = round_with(tail)
        expected = [] if lemma == "say" else ["Balderton"]
        assert co_participants(doc[3], EntityIndex.of(doc)) == expected, verb


def test_co_participants_alongside_on_the_verb_and_nothing_without_a_marker():
    # "Sequoia invested alongside Balderton ." / "Sequoia invested in Balderton ."
    for prep, expected in (("alongside", ["Balderton"]), ("in", [])):
        doc = build(["Sequoia", "invested", prep, "Balderton", "."], [1, 1, 1, 2, 1],
                    ["nsubj", "ROOT", "prep", "pobj", "punct"], pos=["PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
                    lemmas=["Sequoia", "invest", prep, "Balderton", "."], ents={(0, 1): "Company", (3, 4): "Company"})
        idx = EntityIndex.of(doc)
        a = with_co_participants(doc[1], Args(agents=["Sequoia"], targets=["Balderton"]), idx)
        assert co_participants(doc[1], idx) == expected
        assert (a.agents, a.targets) == ((["Sequoia", "Balderton"], []) if expected else (["Sequoia"], ["Balderton"]))


def test_co_participants_a_co_investor_stands_beside_the_likeliest_reading():
    """`choose` keeps, beside a trigger's likeliest candidate, one whose agent takes part beside its agent."""
    from kg.nlp.learn.candidates import Candidate
    from kg.nlp.learn.scorer import choose
    from kg.nlp.records import ActionRecord

    doc = round_with([("with", 1, "prep", "ADP", "with"), ("participation", 8, "pobj", "NOUN", "participation"),
                      ("from", 9, "prep", "ADP", "from"), ("Balderton", 10, "pobj", "PROPN", "Balderton")])
    EntityIndex.of(doc)

    def cand(agent: str, source: str, prob: float) -> Candidate:
        c = Candidate(ActionRecord(type="Invest", evidence="s", agent=agent, targets=["Lumo"], trigger=1), source,
                      doc[1])
        c.prob = c.raw = prob
        return c

    top, beside, other = cand("Sequoia", "roles", 0.7), cand("Balderton", "rules", 0.6), cand("Lumo", "rules", 0.6)
    assert choose([top, beside, other], 0.4) == [top, beside]


def test_co_participants_a_coordinated_agent_below_the_threshold_stands_beside_the_top_reading(monkeypatch):
    """"filed by Doe and Roe against Lumo": the second conjunct's own reading scores lower; beside a likely top
    reading of the same action on the same targets it is kept, with the top reading's confidence."""
    from kg.nlp.learn.candidates import Candidate
    from kg.nlp.learn import scorer
    from kg.nlp.records import ActionRecord

    doc = round_with([])
    EntityIndex.of(doc)

    def cand(agent: str, prob: float, targets=("Lumo",)) -> Candidate:
        c = Candidate(ActionRecord(type="Invest", evidence="s", agent=agent, targets=list(targets), trigger=1,
                                   confidence=prob), "roles", doc[1])
        c.prob = c.raw = prob
        return c

    pair = {"Sequoia", "Balderton"}
    monkeypatch.setattr(scorer, "coordinated", lambda a, b: {a.record.agent, b.record.agent} == pair)
    top, second = cand("Sequoia", 0.7), cand("Balderton", 0.3)
    assert scorer.choose([top, second], 0.4) == [top, second]
    assert second.record.confidence == 0.7 and second.prob == 0.3  # the probability itself is left alone
    assert scorer.choose([top, cand("Balderton", 0.3, ("Other",))], 0.4) == [top]  # other targets
    assert scorer.choose([cand("Sequoia", 0.3), cand("Balderton", 0.2)], 0.4) == []  # no likely top reading
    assert scorer.choose([top, cand("Lumo", 0.3)], 0.4) == [top]  # not coordinated with the agent
