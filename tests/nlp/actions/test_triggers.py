"""Which lexicon readings start a candidate (kg/nlp/actions/triggers.py: Trigger.in_frame), on constructed parses."""
from __future__ import annotations

import pytest

from kg.nlp.actions.triggers import Trigger
from tests.nlp.constructed import build

MANDATE = Trigger("tell", "VERB", "Mandate", xcomp=("any",))
SUE = Trigger("file", "VERB", "Sue", object_lemma=("lawsuit", "suit"))


def test_a_reading_of_a_verb_with_an_infinitive_needs_one():
    # "The ministry told platforms to label content ." / "Anthropic told Reuters it had agreed ."
    told_to = build(["The", "ministry", "told", "platforms", "to", "label", "content", "."], [1, 2, 2, 2, 5, 2, 5, 2],
                    ["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj", "punct"],
                    lemmas=["the", "ministry", "tell", "platform", "to", "label", "content", "."])
    told_that = build(["Anthropic", "told", "Reuters", "it", "had", "agreed", "."], [1, 1, 1, 5, 5, 1, 1],
                      ["nsubj", "ROOT", "dobj", "nsubj", "aux", "ccomp", "punct"],
                      lemmas=["Anthropic", "tell", "Reuters", "it", "have", "agree", "."])
    assert MANDATE.in_frame(told_to[2]) and not MANDATE.in_frame(told_that[1])
    ban = Trigger("tell", "VERB", "Ban", xcomp=("stop",))
    told_them = build(["He", "told", "them", "to", "stop"], [1, 1, 1, 4, 1], ["nsubj", "ROOT", "dobj", "aux", "xcomp"],
                      lemmas=["he", "tell", "they", "to", "stop"])
    assert ban.in_frame(told_them[1])
    assert not ban.in_frame(told_to[2])
    # a noun's infinitive: "an order to stop"
    order = build(["an", "order", "to", "stop"], [1, 1, 3, 1], ["det", "ROOT", "aux", "acl"],
                  pos=["DET", "NOUN", "PART", "VERB"], lemmas=["an", "order", "to", "stop"])
    assert Trigger("order", "NOUN", "Ban", xcomp=("stop",)).in_frame(order[1])


def test_a_reading_named_by_its_object_needs_that_object_active_or_passive():
    # "Authors filed a lawsuit ." / "A lawsuit was filed ." / "The agency filed a report ."
    active = build(["Authors", "filed", "a", "lawsuit", "."], [1, 1, 3, 1, 1],
                   ["nsubj", "ROOT", "det", "dobj", "punct"], lemmas=["author", "file", "a", "lawsuit", "."])
    passive = build(["A", "lawsuit", "was", "filed", "."], [1, 3, 3, 3, 3],
                    ["det", "nsubjpass", "auxpass", "ROOT", "punct"], lemmas=["a", "lawsuit", "be", "file", "."])
    report = build(["The", "agency", "filed", "a", "report", "."], [1, 2, 2, 4, 2, 2],
                   ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                   lemmas=["the", "agency", "file", "a", "report", "."])
    assert SUE.in_frame(active[1]) and SUE.in_frame(passive[3]) and not SUE.in_frame(report[2])
    assert Trigger("sue", "VERB", "Sue").in_frame(report[2])  # a reading with no frame stands anywhere
    # "the case that Getty brought": the noun the relative clause describes is the verb's object
    case = build(["the", "case", "that", "Getty", "brought"], [1, 1, 4, 4, 1],
                 ["det", "ROOT", "dobj", "nsubj", "relcl"], pos=["DET", "NOUN", "PRON", "PROPN", "VERB"],
                 lemmas=["the", "case", "that", "Getty", "bring"])
    assert Trigger("bring", "VERB", "Sue", object_lemma=("case",)).in_frame(case[4])


def test_blocking_is_a_ban_unless_a_court_blocks():
    """A body that blocks a chatbot bans it (in corpus/train's gold, 5 of the 8 actions told with "block" are bans);
    a court that blocks something rules. The lexicon's first reading whose conditions hold wins."""
    from kg.nlp.actions.triggers import lexicon

    readings = lexicon()[("block", "VERB")]
    first = next(r for r in readings if r.fits({"GovernmentBody"}, {"AIModel"}, {"chatgpt"}, set()))
    court = next(r for r in readings if r.fits({"judicial", "GovernmentBody"}, {"PolicyInstrument"}, {"law"}, set()))
    assert (first.type, court.type) == ("Ban", "Rule")


@pytest.mark.parametrize("text, absent", [
    # a court or a judge that blocks rules (in the rules' records and the scorer's readings), bans nothing
    ("A judge in San Francisco, Rita Lin, temporarily blocked the Trump administration's ban on Anthropic.",
     ("Ban", "Rita")),
    ("Judge Rita Lin blocked the Pentagon from designating Anthropic a supply chain risk.", ("Ban", "Rita")),
    # blocking a bill bans nothing
    ("The Senate voted 99-1 to block a proposed moratorium on state AI laws.", ("Ban", "U.S.")),
])
def test_blocking_end_to_end(parse, text, absent):
    ex = parse(text)
    got = [(a.type, ex.entities[a.agent].name.split()[0]) for a in ex.actions if a.agent]
    assert absent not in got, got


def test_a_body_blocking_a_chatbot_bans_it(parse):
    ex = parse("Italy's data protection authority, the Garante, blocked ChatGPT in March 2023.")
    got = [(a.type, ex.entities[a.agent].name.split()[0]) for a in ex.actions if a.agent]
    assert got == [("Ban", "Garante")], got


@pytest.mark.parametrize("prep, kind", [("against", "Oppose"), ("for", "Support")])
def test_a_vote_against_opposes_and_a_vote_for_supports(prep, kind):
    """A verb and its preposition make one reading ("voted against the rule"); the verb alone reads as nothing."""
    from kg.nlp.actions.readings import readings_of
    from kg.nlp.actions.triggers import lexicon

    doc = build(["Peirce", "voted", prep, "the", "rule", "."], [1, 1, 1, 4, 2, 1],
                ["nsubj", "ROOT", "prep", "det", "pobj", "punct"], pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                lemmas=["Peirce", "vote", prep, "the", "rule", "."])
    assert [r.type for r in readings_of(doc[1], lexicon())] == [kind]
    alone = build(["Peirce", "voted", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"], pos=["PROPN", "VERB", "PUNCT"],
                  lemmas=["Peirce", "vote", "."])
    assert readings_of(alone[1], lexicon()) is None
    # "Peirce voted for the first time against Google .": "for" says when, and "against" hangs on "time"
    when = build(["Peirce", "voted", "for", "the", "first", "time", "against", "Google", "."],
                 [1, 1, 1, 5, 5, 2, 5, 6, 1], ["nsubj", "ROOT", "prep", "det", "amod", "pobj", "prep", "pobj", "punct"],
                 pos=["PROPN", "VERB", "ADP", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"],
                 lemmas=["Peirce", "vote", "for", "the", "first", "time", "against", "Google", "."])
    assert readings_of(when[1], lexicon()) is None


def test_a_phrasal_reading_may_ask_for_its_prepositions_object():
    # "The DPC took X to court ." (a suit) / "The firm took the idea to investors ." (none, and "take"'s own readings
    # stand); "BIS put Sophgo on the Entity List ." (a blacklisting, by the list's compound word)
    from kg.nlp.actions.readings import readings_of

    court = build(["The", "DPC", "took", "X", "to", "court", "."], [1, 2, 2, 2, 2, 4, 2],
                  ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                  lemmas=["the", "DPC", "take", "X", "to", "court", "."])
    idea = build(["The", "firm", "took", "the", "idea", "to", "investors", "."], [1, 2, 2, 4, 2, 2, 5, 2],
                 ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                 lemmas=["the", "firm", "take", "the", "idea", "to", "investor", "."])
    listed = build(["BIS", "put", "Sophgo", "on", "the", "Entity", "List", "."], [1, 1, 1, 1, 6, 6, 3, 1],
                   ["nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "punct"],
                   lemmas=["BIS", "put", "Sophgo", "on", "the", "Entity", "List", "."])
    sue = Trigger("take to", "VERB", "Sue", prep_object=("court",))
    own = Trigger("take", "VERB", "Partner")
    lex = {("take to", "VERB"): [sue], ("take", "VERB"): [own]}
    assert sue.prep_holds(court[4]) and not sue.prep_holds(idea[5])
    assert readings_of(court[2], lex) == [sue]
    assert readings_of(idea[2], lex) == [own]
    blacklist = Trigger("put on", "VERB", "Penalize", prep_object=("entity",))
    assert blacklist.prep_holds(listed[3])
    # "a decision OpenAI has taken to court": no one the verb takes there
    taken = build(["decision", "OpenAI", "has", "taken", "to", "court"], [3, 3, 3, 3, 3, 4],
                  ["nsubj", "nsubj", "aux", "ROOT", "prep", "pobj"],
                  lemmas=["decision", "OpenAI", "have", "take", "to", "court"])
    assert not sue.prep_holds(taken[4]) and readings_of(taken[3], lex) == [own]
    assert Trigger("put on", "VERB", "Penalize").prep_holds(idea[5])  # no words asked for: any object


def test_the_lexicon_reads_idioms_of_suing_and_blacklisting():
    from kg.nlp.actions.triggers import lexicon

    lex = lexicon()
    assert [r.type for r in lex[("take to", "VERB")]] == ["Sue"] and "court" in lex[("take to", "VERB")][0].prep_object
    assert "entity" in lex[("add to", "VERB")][0].prep_object
    assert [r.type for r in lex[("countersuit", "NOUN")]] == ["Sue"]
    assert [r.type for r in lex[("indictment", "NOUN")]] == ["Sue"]
    sponsor = lex[("sponsor", "VERB")][0]
    assert sponsor.type == "Propose" and sponsor.object == ("PolicyInstrument",)  # not "sponsored a hackathon"


def test_a_doubled_consonant_is_undoubled_and_a_single_one_kept():
    """"banned" with the wrong lemma still reads as "ban"; "banked" never does (kg/nlp/actions/readings.py)."""
    from kg.nlp.actions.readings import verb_lemmas

    for word, lemma, has_ban in (("banned", "banned", True), ("banked", "bank", False), ("barred", "barred", True)):
        doc = build(["Acme", word, "it", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                    pos=["PROPN", "VERB", "PRON", "PUNCT"], lemmas=["Acme", lemma, "it", "."])
        assert (word[:3] in verb_lemmas(doc[1])) is has_ban, word


def test_a_memorandum_with_someone_is_a_partnership():
    """"inked a memorandum with Humain", "signed an MoU with Google": the noun reads as a partnership."""
    from kg.nlp.actions.triggers import lexicon

    assert [r.type for r in lexicon()[("memorandum", "NOUN")]] == [r.type for r in lexicon()[("mou", "NOUN")]] \
        == ["Partner"]


def test_an_appeal_is_a_suit_as_a_verb_or_lodged_or_filed_but_not_a_bare_noun():
    """"has appealed to the High Court", "lodged an appeal with the tribunal": a suit (whom it is aimed at:
    kg/nlp/actions/reactions.py); "weighing an appeal", "pending the appeal" report none."""
    from kg.nlp.actions.triggers import lexicon

    lex = lexicon()
    assert [r.type for r in lex[("appeal", "VERB")]] == ["Sue"]
    assert ("appeal", "NOUN") not in lex
    for verb in ("lodge", "file"):
        assert any(r.type == "Sue" and "appeal" in r.object_lemma for r in lex[(verb, "VERB")]), verb


def test_asking_a_party_to_explain_itself_is_an_inquiry():
    """"asked Caju to explain how chat logs were used": an inquiry (explaining_verbs of clause_words.json), not an
    order; "asked Caju to stop" is no reading of "ask"."""
    from kg.nlp.actions.triggers import lexicon

    (reading,) = lexicon()[("ask", "VERB")]
    assert reading.type == "Investigate" and {"explain", "document"} <= set(reading.xcomp)
    assert "stop" not in reading.xcomp


@pytest.mark.parametrize("words,lemmas,expected", [
    (["OpenAI", "urged", "Newsom", "not", "to", "sign", "."], ["OpenAI", "urge", "Newsom", "not", "to", "sign", "."],
     "Oppose"),
    (["OpenAI", "urged", "Newsom", "to", "sign", "it", "."], ["OpenAI", "urge", "Newsom", "to", "sign", "it", "."],
     "Support"),
    (["Fitzgerald", "ordered", "Greengate", "not", "to", "use", "."],
     ["Fitzgerald", "order", "Greengate", "not", "to", "use", "."], "Ban"),
    (["Navy", "told", "sailors", "not", "to", "use", "."], ["Navy", "tell", "sailor", "not", "to", "use", "."],
     "Ban"),
])
def test_a_negated_infinitive_gives_the_readings_not_to_type(words, lemmas, expected):
    # "urged Newsom not to sign" is a protest, "ordered Greengate not to use Watchtower" a ban (not_to_type of
    # data/action_triggers.jsonl); without "not" the readings stand
    from kg.nlp.actions.clauses import forbidding
    from kg.nlp.learn.candidates import lexicon_types

    negated = "not" in words
    heads = [1, 1, 1, 5, 5, 1, 1] if negated else [1, 1, 1, 4, 1, 4, 1]
    deps = (["nsubj", "ROOT", "dobj", "neg", "aux", "xcomp", "punct"] if negated
            else ["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj", "punct"])
    pos = (["PROPN", "VERB", "PROPN", "PART", "PART", "VERB", "PUNCT"] if negated
           else ["PROPN", "VERB", "PROPN", "PART", "VERB", "PRON", "PUNCT"])
    doc = build(words, heads, deps, pos=pos, lemmas=lemmas)
    assert forbidding(doc[1]) is negated
    assert (expected, "lexicon") in lexicon_types(doc[1])


def test_every_directive_that_mandates_any_complement_bans_a_negated_one():
    """A verb whose complement is what it orders ("ordered / told / required X to ...") orders that a thing not be
    done when its infinitive is negated: each such Mandate reading has not_to_type Ban, whatever the verb."""
    from kg.nlp.actions.triggers import lexicon

    directives = [r for (lemma, pos), rs in lexicon().items() if pos == "VERB" for r in rs
                  if r.type == "Mandate" and r.xcomp == ("any",)]
    assert len(directives) >= 8
    assert all(r.not_to_type == "Ban" for r in directives), [r for r in directives if r.not_to_type != "Ban"]


def test_an_acquisition_is_of_an_organisation_or_a_product_not_of_data():
    # "Microsoft acquired Inflection" invests; "the program acquires the data of U.S. users" does not
    from kg.nlp.actions.triggers import choose, lexicon

    readings = lexicon()[("acquire", "VERB")]
    assert choose(readings, {"Company"}, {"Company"}, set(), set()).type == "Invest"
    assert choose(readings, {"Company"}, {"Jurisdiction"}, {"data"}, set()) is None
