"""A ruling is a court's: the agent of a Rule is a court or a judge (kg/nlp/actions/judicial.py), on constructed
documents."""
from __future__ import annotations

from kg.nlp.actions.judicial import judicial_agent
from kg.nlp.records import ActionRecord
from tests.nlp.constructed import build


def rule(agent: str, trigger: int = 3, type_: str = "Rule") -> ActionRecord:
    return ActionRecord(type=type_, agent=agent, targets=[], evidence="s", trigger=trigger)


def test_a_court_or_a_titled_judge_may_rule():
    # "The Upper Tribunal rejected the appeal ."
    doc = build(["The", "Upper", "Tribunal", "rejected", "the", "appeal", "."], [2, 2, 3, 3, 5, 3, 3],
                ["det", "compound", "nsubj", "ROOT", "det", "dobj", "punct"], ents={(1, 3): "GovernmentBody"})
    assert judicial_agent(doc, rule("Upper Tribunal"))
    # "Judge Vince Chhabria granted the motion ."
    doc = build(["Judge", "Vince", "Chhabria", "granted", "the", "motion", "."], [2, 2, 3, 3, 5, 3, 3],
                ["compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"], ents={(1, 3): "Person"})
    assert judicial_agent(doc, rule("Vince Chhabria"))


def test_a_person_whose_phrase_holds_a_court_may_rule_another_may_not():
    # "Rivers , a member of the Civil Tribunal , found ..." / "Franson sued in the Civil Tribunal and found ..."
    words = ["Rivers", ",", "a", "member", "of", "the", "Civil", "Tribunal", ",", "found", "it", "."]
    heads = [9, 0, 3, 0, 3, 7, 7, 4, 0, 9, 9, 9]
    deps = ["nsubj", "punct", "det", "appos", "prep", "det", "compound", "pobj", "punct", "ROOT", "dobj", "punct"]
    ents = {(0, 1): "Person", (6, 8): "GovernmentBody"}
    assert judicial_agent(build(words, heads, deps, ents=ents), rule("Rivers", trigger=9))
    words = ["Franson", "sued", "in", "the", "Civil", "Tribunal", "and", "found", "it", "."]
    heads = [1, 1, 1, 5, 5, 2, 1, 1, 7, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "compound", "pobj", "cc", "conj", "dobj", "punct"]
    doc = build(words, heads, deps, ents={(0, 1): "Person", (4, 6): "GovernmentBody"})
    assert not judicial_agent(doc, rule("Franson", trigger=7))
    # a campaign group with "Justice" in its name is no court; other types and agentless rulings are not judged
    doc = build(["Data", "Justice", "Forum", "welcomed", "it", "."], [2, 2, 3, 3, 3, 3],
                ["compound", "compound", "nsubj", "ROOT", "dobj", "punct"], ents={(0, 3): "ResearchOrganization"})
    assert not judicial_agent(doc, rule("Data Justice Forum"))
    assert judicial_agent(doc, rule("Data Justice Forum", type_="Support")) and judicial_agent(doc, rule(None))


def test_a_court_among_a_suits_targets_is_its_forum_and_leaves_them():
    from kg.nlp.actions.judicial import without_forums

    # "Teutrix will appeal the fine at the Higher Regional Court ."
    words = ["Teutrix", "will", "appeal", "the", "fine", "at", "the", "Higher", "Regional", "Court", "."]
    doc = build(words, [2, 2, 2, 4, 2, 2, 9, 9, 9, 5, 2],
                ["nsubj", "aux", "ROOT", "det", "dobj", "prep", "det", "compound", "compound", "pobj", "punct"],
                ents={(0, 1): "Company", (7, 10): "GovernmentBody"})
    suit = ActionRecord(type="Sue", agent="Teutrix", targets=["Higher Regional Court"], evidence="s", trigger=2)
    ban = ActionRecord(type="Ban", agent="Teutrix", targets=["Higher Regional Court"], evidence="s", trigger=2)
    assert [a.targets for a in without_forums(doc, [suit, ban])] == [[], ["Higher Regional Court"]]


def test_a_justice_ministry_is_no_forum():
    from kg.nlp.actions.judicial import without_forums

    # "The ACLU sued the Justice Department ." : a ministry named for justice is the party sued
    doc = build(["The", "ACLU", "sued", "the", "Justice", "Department", "."], [1, 2, 2, 5, 5, 2, 2],
                ["det", "nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                ents={(1, 2): "ResearchOrganization", (4, 6): "GovernmentBody"})
    suit = ActionRecord(type="Sue", agent="ACLU", targets=["Justice Department"], evidence="s", trigger=2)
    assert without_forums(doc, [suit])[0].targets == ["Justice Department"]



def test_a_body_a_complaint_is_lodged_with_hears_it_and_leaves_its_targets():
    from kg.nlp.actions.judicial import without_forums

    # "Tamkeen lodged a complaint with the Authority against Sahm ." : the Authority hears it, Sahm is its target
    words = ["Tamkeen", "lodged", "a", "complaint", "with", "the", "Authority", "against", "Sahm", "."]
    heads = [1, 1, 3, 1, 1, 6, 4, 1, 7, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj", "punct"]
    ents = {(0, 1): "Company", (6, 7): "GovernmentBody", (8, 9): "Company"}
    doc = build(words, heads, deps, ents=ents, lemmas=[w.lower().replace("lodged", "lodge") for w in words])
    suit = ActionRecord(type="Sue", agent="Tamkeen", targets=["Authority", "Sahm"], evidence="s", trigger=1)
    assert without_forums(doc, [suit])[0].targets == ["Sahm"]
    # a suit that is no complaint ("Tamkeen lodged a lawsuit with ...") keeps its targets
    doc = build(words[:3] + ["lawsuit"] + words[4:], heads, deps, ents=ents,
                lemmas=[w.lower().replace("lodged", "lodge") for w in words[:3] + ["lawsuit"] + words[4:]])
    suit = ActionRecord(type="Sue", agent="Tamkeen", targets=["Authority", "Sahm"], evidence="s", trigger=1)
    assert without_forums(doc, [suit])[0].targets == ["Authority", "Sahm"]

def test_a_court_acts_through_its_one_named_judge():
    # "Rivers , a member of the Civil Tribunal , found it ." : the tribunal's judge is Rivers; with a second court in
    # the document and no court in the judge's phrase, or with no judge, there is none to name
    from kg.nlp.actions.judicial import judge_of

    words = ["Rivers", ",", "a", "member", "of", "the", "Civil", "Tribunal", ",", "found", "it", "."]
    heads = [9, 0, 3, 0, 3, 7, 7, 4, 0, 9, 9, 9]
    deps = ["nsubj", "punct", "det", "appos", "prep", "det", "compound", "pobj", "punct", "ROOT", "dobj", "punct"]
    doc = build(words, heads, deps, ents={(0, 1): "Person", (6, 8): "GovernmentBody"})
    assert judge_of(doc, "Civil Tribunal") == "Rivers" and judge_of(doc, "Rivers") is None
    # "Judge Rivers found it . The High Court and the Civil Tribunal sat ."
    words = ["Judge", "Rivers", "found", "it", ".", "The", "High", "Court", "and", "the", "Civil", "Tribunal", "sat",
             "."]
    heads = [1, 2, 2, 2, 2, 7, 7, 12, 7, 11, 11, 7, 12, 12]
    deps = ["compound", "nsubj", "ROOT", "dobj", "punct", "det", "compound", "nsubj", "cc", "det", "compound", "conj",
            "ROOT", "punct"]
    doc = build(words, heads, deps, ents={(1, 2): "Person", (6, 8): "GovernmentBody", (10, 12): "GovernmentBody"})
    assert judge_of(doc, "Civil Tribunal") is None
    doc = build(words[5:], [h - 5 for h in heads[5:]], deps[5:],
                ents={(1, 3): "GovernmentBody", (5, 7): "GovernmentBody"})
    assert judge_of(doc, "Civil Tribunal") is None


def test_no_court_sues_or_investigates_a_justice_department_may():
    from kg.nlp.actions.judicial import bench_free

    # "The Upper Tribunal granted the regulator permission to appeal .": no suit of the tribunal's own
    doc = build(["The", "Upper", "Tribunal", "granted", "permission", "."], [2, 2, 3, 3, 3, 3],
                ["det", "compound", "nsubj", "ROOT", "dobj", "punct"], ents={(1, 3): "GovernmentBody"})
    assert not bench_free(doc, rule("Upper Tribunal", type_="Sue"))
    assert not bench_free(doc, rule("Upper Tribunal", type_="Investigate"))
    assert bench_free(doc, rule("Upper Tribunal", type_="Mandate")) and bench_free(doc, rule(None, type_="Sue"))
    # "The Justice Department sued RealPage .": a ministry named for justice sues
    doc = build(["The", "Justice", "Department", "sued", "RealPage", "."], [2, 2, 3, 3, 3, 3],
                ["det", "compound", "nsubj", "ROOT", "dobj", "punct"],
                ents={(1, 3): "GovernmentBody", (4, 5): "Company"})
    assert bench_free(doc, rule("Justice Department", type_="Sue"))
