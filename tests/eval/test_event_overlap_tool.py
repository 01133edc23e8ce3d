"""tools/event_overlap.py: which actions of a training batch report a measured article's event, and what cutting their
sentences leaves of the gold."""
from __future__ import annotations

from tests.conftest import tool


def overlap():
    return tool("event_overlap")


def act(type_, agent=None, targets=(), instruments=(), evidence="x"):
    return {"type": type_, "agent": agent, "targets": list(targets), "instruments": list(instruments),
            "negated": False, "evidence": evidence}


def test_the_same_event_is_the_same_type_agent_and_a_shared_instrument_or_known_target():
    t = overlap()
    known = {"ftc", "acme", "eu-ai-act"}
    measured = act("Penalize", "ftc", ["acme"])
    assert t.same_event(act("Penalize", "ftc", ["acme"]), measured, known)
    assert not t.same_event(act("Penalize", "ftc", ["acme", "invented-firm"]), measured, known)  # another event
    assert not t.same_event(act("Investigate", "ftc", ["acme"]), measured, known)
    assert not t.same_event(act("Penalize", "cma", ["acme"]), measured, known)
    law = act("Ban", None, [], ["eu-ai-act"])
    assert t.same_event(act("Ban", None, [], ["eu-ai-act"]), law, known)  # what a law itself bans
    assert not t.same_event(act("Ban", None, ["acme"]), law, known)


def test_sentences_do_not_end_after_a_title_or_an_abbreviation():
    t = overlap()
    text = ("Signed by Gov. Greg Abbott in June, it took effect. The U.S. Senate did not act.\n- A bullet item\n"
            'Judge Edward M. Chen ruled. "We will appeal," Acme said.')
    assert t.sentences(text) == ["Signed by Gov. Greg Abbott in June, it took effect.", "The U.S. Senate did not act.",
                                 "- A bullet item", "Judge Edward M. Chen ruled.", '"We will appeal," Acme said.']


def test_a_cut_sentence_takes_its_gold_with_it_and_leaves_the_rest():
    t = overlap()
    before = "WASHINGTON - Acme fined Beta. Gamma Labs praised Acme."
    gold = {"file": "a.txt", "relations": [{"s": "gamma", "p": "basedIn", "o": "washington"}],
            "entities": [{"id": "acme", "name": "Acme", "type": "Company", "aliases": []},
                         {"id": "beta", "name": "Beta", "type": "Company", "aliases": []},
                         {"id": "gamma", "name": "Gamma Labs", "type": "Company", "aliases": ["Gamma"]},
                         {"id": "washington", "name": "Washington", "type": "Jurisdiction", "aliases": []}],
            "actions": [act("Penalize", "acme", ["beta"], evidence="Acme fined Beta"),
                        act("Support", "gamma", ["acme"], evidence="Gamma Labs ... Acme")]}
    text, done = t.cut(before, "Acme fined Beta")
    assert (text, done) == ("Gamma Labs praised Acme.", True)  # a dateline on the sentence's line goes with it
    text, _ = t.cut(before.replace(" - ", ".\n"), "Acme fined Beta")
    assert text == "WASHINGTON.\nGamma Labs praised Acme."
    assert t.cut(text, "Acme fined Beta") == (text, False)  # an earlier cut took it: nothing more to cut
    assert t.cut("The FTC met. The FTC fined Acme.", "FTC ... fined Acme")[0] == "The FTC met."  # most pieces
    left = t.pruned(gold, before.replace(" - ", ".\n"), text)
    assert [e["id"] for e in left["entities"]] == ["acme", "gamma", "washington"]  # "WASHINGTON" names it, any case
    assert [a["type"] for a in left["actions"]] == ["Support"]  # evidence in pieces ("...") stays while they do
    gone_target = dict(gold, actions=[act("Oppose", "gamma", ["beta"], evidence="Gamma Labs praised")])
    assert t.pruned(gone_target, before, text)["actions"] == []  # its target was named only in the cut sentence
    assert left["relations"] == gold["relations"]
    assert "relations" not in t.pruned({k: v for k, v in gold.items() if k != "relations"}, before, before)
