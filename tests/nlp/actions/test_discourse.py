"""Document-level passes over a document's actions (kg/nlp/actions/discourse.py)."""
from __future__ import annotations

from kg.nlp.actions.discourse import one_report_per_event
from kg.nlp.records import ActionRecord


def act(trigger: int, type_: str = "Sue", agent: str | None = "a", targets=("b",), date: str | None = None,
        negated: bool = False) -> ActionRecord:
    return ActionRecord(type=type_, agent=agent, targets=list(targets), evidence=f"sentence {trigger}", trigger=trigger,
                        date=date, negated=negated)


def test_action_discourse_an_event_told_twice_is_one_action_the_first_report():
    acts = [act(3), act(40), act(55, targets=("c",))]
    assert [a.trigger for a in one_report_per_event(acts)] == [3, 55]


def test_action_discourse_a_later_report_of_some_of_an_event_s_targets_is_that_event():
    # "The Commission launched an antitrust probe into Meta over its AI policy on WhatsApp. ... The Commission is
    # investigating a new Meta policy": one probe; a report that names another target, or more, stays apart
    acts = [act(3, targets=("meta", "whatsapp")), act(40, targets=("meta",)), act(50, targets=("meta", "x")),
            act(60, targets=("meta", "whatsapp", "x"))]
    assert [a.trigger for a in one_report_per_event(acts)] == [3, 50, 60]
    dated = [act(3, targets=("meta", "whatsapp")), act(40, targets=("meta",), date="2025")]
    assert len(one_report_per_event(dated)) == 2


def test_action_discourse_reports_that_differ_in_type_negation_or_date_stay_apart():
    acts = [act(3, date="2025-01-02"), act(40, date="2025-03-04"), act(41, type_="Penalize"), act(42, negated=True)]
    assert len(one_report_per_event(acts)) == 4


def test_action_discourse_reports_that_name_no_agent_are_not_known_to_be_one_event():
    # "Developers must publish a framework. ... Incidents must be reported within 15 days.": two duties
    acts = [act(3, type_="Mandate", agent=None, targets=()), act(40, type_="Mandate", agent=None, targets=())]
    assert len(one_report_per_event(acts)) == 2


def test_a_report_dated_by_another_report_of_its_event_is_that_event():
    # "Governor Abbott signed HB 149 on June 22. ... Abbott signed while Congress was weighing a moratorium.": the
    # second report takes the first's date (dated_by_other_reports) and so is the same event, not a second one
    from kg.nlp.learn.scorer import dated_reports
    from tests.nlp.constructed import build

    doc = build(["Abbott", "signed", "it", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                pos=["PROPN", "VERB", "PRON", "PUNCT"], lemmas=["Abbott", "sign", "it", "."])

    class Cand:
        def __init__(self, record):
            self.record, self.trig = record, doc[1]

    first, second = act(3, type_="Enact", targets=(), date="2025-06-22"), act(40, type_="Enact", targets=())
    assert dated_reports([first, second], [Cand(first)]) == [first]
    assert second.date == "2025-06-22"


def test_action_discourse_a_reaction_to_an_event_is_aimed_at_its_agent():
    from kg.nlp.actions.discourse import reaction_targets
    from tests.nlp.constructed import build

    # "The court fined Clearview . Clearview rejected the decision ."
    words = ["The", "court", "fined", "Clearview", ".", "Clearview", "rejected", "the", "decision", "."]
    doc = build(words, [1, 2, 2, 2, 2, 6, 6, 8, 6, 6],
                ["det", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "det", "dobj", "punct"],
                pos=["DET", "NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                lemmas=["the", "court", "fine", "Clearview", ".", "Clearview", "reject", "the", "decision", "."])
    fine = ActionRecord(type="Penalize", agent="court", targets=["clearview"], evidence="s1", trigger=2)
    reject = ActionRecord(type="Oppose", agent="clearview", evidence="s2", trigger=6, confidence=0.5)
    reaction_targets(doc, [fine, reject])
    assert reject.targets == ["court"] and reject.confidence == 0.4
    # a reaction to no event noun ("Clearview rejected it") keeps no target
    lone = ActionRecord(type="Oppose", agent="clearview", evidence="s2", trigger=6)
    doc[8].lemma_ = "it"
    reaction_targets(doc, [fine, lone])
    assert lone.targets == []


def test_action_discourse_a_reaction_to_a_ruling_is_aimed_at_whoever_ruled_however_far_back():
    from kg.nlp.actions.discourse import reaction_targets
    from tests.nlp.constructed import build

    # "The court ruled . X fined Y . (five times) Z welcomed the ruling .": the fine is nearer, the ruling made the noun
    words, heads, deps = ["The", "court", "ruled", "."], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"]
    for _ in range(5):
        b = len(words)
        words += ["X", "fined", "Y", "."]
        heads += [b + 1, b + 1, b + 1, b + 1]
        deps += ["nsubj", "ROOT", "dobj", "punct"]
    b = len(words)
    words += ["Z", "welcomed", "the", "ruling", "."]
    heads += [b + 1, b + 1, b + 3, b + 1, b + 1]
    deps += ["nsubj", "ROOT", "det", "dobj", "punct"]
    doc = build(words, heads, deps, lemmas=[w.lower().replace("ruled", "rule").replace("welcomed", "welcome")
                                            for w in words])
    ruled = ActionRecord(type="Rule", agent="court", targets=["x"], evidence="s0", trigger=2)
    fined = ActionRecord(type="Penalize", agent="x", targets=["y"], evidence="s5", trigger=b - 3)
    welcomed = ActionRecord(type="Support", agent="z", evidence="s6", trigger=b + 1)
    reaction_targets(doc, [ruled, fined, welcomed])
    assert welcomed.targets == ["court"]
    # without a ruling before, the nearest action a few sentences back is the event
    welcomed = ActionRecord(type="Support", agent="z", evidence="s6", trigger=b + 1)
    reaction_targets(doc, [fined, welcomed])
    assert welcomed.targets == ["x"]
    # a noun no type makes ("the move") looks only a few sentences back
    doc[b + 3].lemma_ = "move"
    welcomed = ActionRecord(type="Support", agent="z", evidence="s6", trigger=b + 1)
    reaction_targets(doc, [ruled, welcomed])
    assert welcomed.targets == []


def test_action_discourse_a_decision_is_an_authoritys_not_an_inquiry_nearer():
    from kg.nlp.actions.discourse import reaction_targets
    from tests.nlp.constructed import build

    # "A fined B . C investigated B . D welcomed the decision .": the inquiry is nearer, the fine is the decision
    words = ["A", "fined", "B", ".", "C", "investigated", "B", ".", "D", "welcomed", "the", "decision", "."]
    heads = [1, 1, 1, 1, 5, 5, 5, 5, 9, 9, 11, 9, 9]
    deps = ["nsubj", "ROOT", "dobj", "punct"] * 2 + ["nsubj", "ROOT", "det", "dobj", "punct"]
    doc = build(words, heads, deps, lemmas=[{"fined": "fine", "investigated": "investigate",
                                              "welcomed": "welcome"}.get(w, w.lower()) for w in words])
    fined = ActionRecord(type="Penalize", agent="a", targets=["b"], evidence="s0", trigger=1)
    probed = ActionRecord(type="Investigate", agent="c", targets=["b"], evidence="s1", trigger=5)
    welcomed = ActionRecord(type="Support", agent="d", evidence="s2", trigger=9)
    reaction_targets(doc, [fined, probed, welcomed])
    assert welcomed.targets == ["a"]


def headline_doc():
    from tests.nlp.constructed import build

    # "Italy fines Luka" (a headline: no closing stop) over "The Garante fined Luka ."
    words = ["Italy", "fines", "Luka", "The", "Garante", "fined", "Luka", "."]
    return build(words, [1, 1, 1, 4, 5, 5, 5, 5], ["nsubj", "ROOT", "dobj", "det", "nsubj", "ROOT", "dobj", "punct"],
                 pos=["PROPN", "VERB", "PROPN", "DET", "PROPN", "VERB", "PROPN", "PUNCT"])


def test_action_discourse_a_headline_that_the_body_tells_is_left_out():
    from kg.nlp.actions.discourse import heading_repeats

    doc = headline_doc()
    head = act(1, "Penalize", agent="italy", targets=("luka",))
    body = act(5, "Penalize", agent="garante", targets=("luka",))
    assert heading_repeats(doc, [head, body]) == [body]
    # the same agent is enough; another type, or neither the agent nor a target shared, keeps the headline
    assert heading_repeats(doc, [act(1, "Penalize", agent="garante", targets=()), body]) == [body]
    other_type = act(1, "Investigate", agent="italy", targets=("luka",))
    unrelated = act(1, "Penalize", agent="italy", targets=("replika",))
    assert heading_repeats(doc, [other_type, unrelated, body]) == [other_type, unrelated, body]
    # a sentence with its closing stop is no heading: both reports stay
    assert heading_repeats(doc, [body, act(5, "Penalize", agent="garante", targets=("luka",))]) == [body, body]


def test_action_discourse_a_headlines_own_actions_give_way_to_a_body():
    from kg.nlp.actions.discourse import headline_actions
    from tests.nlp.constructed import build

    doc = headline_doc()
    other_type = act(1, "Investigate", agent="italy", targets=("luka",))
    body = act(5, "Penalize", agent="garante", targets=("luka",))
    assert headline_actions(doc, [other_type, body]) == [body]
    # a headline alone (a feed item without a summary) keeps its action
    alone = build(["Italy", "fines", "Luka"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], pos=["PROPN", "VERB", "PROPN"])
    assert headline_actions(alone, [other_type]) == [other_type]


def test_action_discourse_a_name_coordinated_with_the_agent_is_no_target():
    from kg.nlp.actions.discourse import without_co_agents
    from tests.nlp.constructed import build

    # "Disney and Universal sued Midjourney ."
    doc = build(["Disney", "and", "Universal", "sued", "Midjourney", "."], [3, 0, 0, 3, 3, 3],
                ["nsubj", "cc", "conj", "ROOT", "dobj", "punct"],
                pos=["PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "PUNCT"],
                ents={(0, 1): "Company", (2, 3): "Company", (4, 5): "Company"})
    sue = act(3, "Sue", agent="Disney", targets=("Midjourney", "Universal"))
    assert without_co_agents(doc, sue).targets == ["Midjourney"]
    sue = act(3, "Sue", agent="Universal", targets=("Disney", "Midjourney"))
    assert without_co_agents(doc, sue).targets == ["Midjourney"]
    # partners are partners of each other ("SoftBank and OpenAI team up"): Partner keeps them
    deal = act(3, "Partner", agent="Disney", targets=("Universal",))
    assert without_co_agents(doc, deal).targets == ["Universal"]


def test_action_discourse_an_accusation_that_says_what_a_suit_claims_is_part_of_the_suit():
    from kg.nlp.actions.discourse import without_elaborations
    from tests.nlp.constructed import build

    # "GEMA sued Suno , accusing it of theft ."
    words = ["GEMA", "sued", "Suno", ",", "accusing", "it", "of", "theft", "."]
    doc = build(words, [1, 1, 1, 1, 1, 4, 4, 6, 1], ["nsubj", "ROOT", "dobj", "punct", "advcl", "dobj", "prep", "pobj",
                                                    "punct"],
                pos=["PROPN", "VERB", "PROPN", "PUNCT", "VERB", "PRON", "ADP", "NOUN", "PUNCT"],
                tags=["NNP", "VBD", "NNP", ",", "VBG", "PRP", "IN", "NN", "."])
    sued = act(1, "Sue", agent="gema", targets=("suno",))
    accusing = act(4, "Oppose", agent="gema", targets=("suno",))
    assert without_elaborations(doc, [sued, accusing]) == [sued]
    # by another agent, with no action of its agent at the head, or with an act that is no suit or protest at the head
    # ("Newsom signed SB 53, rejecting objections"), the accusation stands
    assert without_elaborations(doc, [act(1, "Sue", agent="x"), accusing]) == [act(1, "Sue", agent="x"), accusing]
    assert without_elaborations(doc, [accusing]) == [accusing]
    signed = act(1, "Enact", agent="gema", targets=())
    assert without_elaborations(doc, [signed, accusing]) == [signed, accusing]
    # the suit need not be kept itself (it named no target): every action told counts as a head
    assert without_elaborations(doc, [accusing], told=[sued, accusing]) == []


def test_action_discourse_what_a_plaintiff_argues_after_its_suit_is_its_case():
    from kg.nlp.actions.discourse import without_elaborations
    from tests.nlp.constructed import build

    # "Kneschke sued LAION . Kneschke argued it infringed . LAION argued it did not ."
    words = ["Kneschke", "sued", "LAION", ".", "Kneschke", "argued", "it", "infringed", ".", "LAION", "argued", "it",
             "did", "not", "."]
    doc = build(words, [1, 1, 1, 1, 5, 5, 7, 5, 5, 10, 10, 12, 10, 12, 10],
                ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "nsubj",
                 "ccomp", "neg", "punct"],
                lemmas=["kneschke", "sue", "laion", ".", "kneschke", "argue", "it", "infringe", ".", "laion", "argue", "it",
                        "do", "not", "."])
    sued = act(1, "Sue", agent="kneschke", targets=("laion",))
    plaintiff = act(5, "Oppose", agent="kneschke", targets=("laion",))
    defendant = act(10, "Oppose", agent="laion", targets=("kneschke",))
    assert without_elaborations(doc, [sued, plaintiff, defendant]) == [sued, defendant]
    # arguing with no suit of its own, before its suit, or against someone its suit is not against, stands
    assert without_elaborations(doc, [plaintiff]) == [plaintiff]
    later = act(10, "Sue", agent="kneschke", targets=("laion",))
    assert without_elaborations(doc, [plaintiff, later]) == [plaintiff, later]
    other = act(5, "Oppose", agent="kneschke", targets=("getty",))
    assert without_elaborations(doc, [sued, other]) == [sued, other]


def test_action_discourse_a_reaction_to_a_lawsuit_is_aimed_at_whoever_sued():
    from kg.nlp.actions.discourse import reaction_targets
    from tests.nlp.constructed import build

    # "The FTC sued Amazon . Amazon criticised the lawsuits ." (a suit is itself a reaction type; the noun by its lemma)
    words = ["The", "FTC", "sued", "Amazon", ".", "Amazon", "criticised", "the", "lawsuits", "."]
    doc = build(words, [1, 2, 2, 2, 2, 6, 6, 8, 6, 6],
                ["det", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "det", "dobj", "punct"],
                lemmas=["the", "FTC", "sue", "Amazon", ".", "Amazon", "criticise", "the", "lawsuit", "."])
    sued = ActionRecord(type="Sue", agent="ftc", targets=["amazon"], evidence="s1", trigger=2)
    criticised = ActionRecord(type="Oppose", agent="amazon", evidence="s2", trigger=6)
    reaction_targets(doc, [sued, criticised])
    assert criticised.targets == ["ftc"]


def test_action_discourse_arguing_is_aimed_at_the_adversary_and_criticising_at_no_one_in_particular():
    from kg.nlp.actions.discourse import adversary_targets
    from tests.nlp.constructed import build

    # "GEMA sued OpenAI . OpenAI argued it stored nothing ."
    words = ["GEMA", "sued", "OpenAI", ".", "OpenAI", "argued", "it", "stored", "nothing", "."]
    lemmas = ["gema", "sue", "openai", ".", "openai", "argue", "it", "store", "nothing", "."]
    doc = build(words, [1, 1, 1, 1, 5, 5, 7, 5, 7, 5],
                ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"],
                pos=["PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "PRON", "VERB", "PRON", "PUNCT"], lemmas=lemmas)
    sued = ActionRecord(type="Sue", agent="gema", targets=["openai"], evidence="s1", trigger=1)
    argued = ActionRecord(type="Oppose", agent="openai", evidence="s2", trigger=5)
    adversary_targets(doc, [sued, argued])
    assert argued.targets == ["gema"]
    # a suit by the one who argues makes no adversary of its own target here; nor does criticising
    by_it = ActionRecord(type="Sue", agent="openai", targets=["gema"], evidence="s1", trigger=1)
    argued = ActionRecord(type="Oppose", agent="openai", evidence="s2", trigger=5)
    adversary_targets(doc, [by_it, argued])
    assert argued.targets == []
    doc[5].lemma_ = "criticise"
    criticised = ActionRecord(type="Oppose", agent="openai", evidence="s2", trigger=5)
    adversary_targets(doc, [sued, criticised])
    assert criticised.targets == []


def test_action_discourse_what_a_body_should_do_after_a_proposal_is_the_proposers_recommendation():
    from kg.nlp.actions.recommendations import by_recommender, recommendations
    from tests.nlp.constructed import build

    # "PAC recommended reforms . DSIT should report annually ."
    words = ["PAC", "recommended", "reforms", ".", "DSIT", "should", "report", "annually", "."]
    doc = build(words, [1, 1, 1, 1, 6, 6, 6, 6, 6],
                ["nsubj", "ROOT", "dobj", "punct", "nsubj", "aux", "ROOT", "advmod", "punct"],
                pos=["PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "AUX", "VERB", "ADV", "PUNCT"],
                ents={(0, 1): "GovernmentBody", (4, 5): "GovernmentBody"})
    proposed = ActionRecord(type="Propose", agent="PAC", evidence="s1", trigger=1, date="2025-03-01")
    out = recommendations(doc, [proposed])
    assert [(a.type, a.agent, a.targets, a.trigger, a.date) for a in out[1:]] == [
        ("Propose", "PAC", ["DSIT"], 6, "2025-03-01")]
    assert by_recommender(out[1]) and not by_recommender(proposed)
    # with no proposal before, "should" stays what the body ought to do, no event (the counterfactual guard)
    assert recommendations(doc, []) == []
    assert recommendations(doc, [act(1, "Sue", agent="PAC")]) == [act(1, "Sue", agent="PAC")]
    # nor what a body should not do, nor what someone else says it should ("Critics say DSIT should report")
    words_not = words[:6] + ["not"] + words[6:]
    doc = build(words_not, [1, 1, 1, 1, 7, 7, 7, 7, 7, 7],
                ["nsubj", "ROOT", "dobj", "punct", "nsubj", "aux", "neg", "ROOT", "advmod", "punct"],
                pos=["PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "AUX", "PART", "VERB", "ADV", "PUNCT"],
                ents={(0, 1): "GovernmentBody", (4, 5): "GovernmentBody"})
    assert recommendations(doc, [proposed]) == [proposed]
    words_said = words[:4] + ["Critics", "say"] + words[4:]
    doc = build(words_said, [1, 1, 1, 1, 5, 5, 8, 8, 5, 8, 5],
                ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "advmod", "punct"],
                pos=["PROPN", "VERB", "NOUN", "PUNCT", "NOUN", "VERB", "PROPN", "AUX", "VERB", "ADV", "PUNCT"],
                lemmas=["pac", "recommend", "reform", ".", "critic", "say", "dsit", "should", "report", "annually", "."],
                ents={(0, 1): "GovernmentBody", (6, 7): "GovernmentBody"})
    assert recommendations(doc, [proposed]) == [proposed]


def test_action_discourse_one_partnership_per_sentence_and_agent_the_likeliest():
    from kg.nlp.actions.discourse import dedupe

    def in_one(trigger, type_, targets, confidence):
        a = act(trigger, type_=type_, targets=targets)
        a.evidence, a.confidence = "one sentence", confidence
        return a

    # "Naver and Kakao signed an agreement with the ministry": "signed" and "agreement" tell one partnership
    acts = [in_one(3, "Partner", ("ministry", "kakao"), 0.55), in_one(6, "Partner", ("ministry",), 0.58),
            in_one(3, "Sue", ("x",), 0.5), in_one(6, "Sue", ("y",), 0.5)]
    assert [(a.trigger, a.type) for a in dedupe(acts)] == [(6, "Partner"), (3, "Sue"), (6, "Sue")]


def test_action_discourse_a_reaction_to_an_event_the_lexicon_names_is_aimed_at_its_agent():
    from kg.nlp.actions.discourse import event_nouns, reaction_targets
    from tests.nlp.constructed import build

    # "Kelong launched Sampan . METI welcomed the launch .": "launch" is a noun trigger of the lexicon, a Release
    assert "Release" in event_nouns()["launch"] and "Rule" in event_nouns()["ruling"]
    words = ["Kelong", "launched", "Sampan", ".", "METI", "welcomed", "the", "launch", "."]
    doc = build(words, [1, 1, 1, 1, 5, 5, 7, 5, 5], ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "det", "dobj",
                                                     "punct"],
                lemmas=["Kelong", "launch", "Sampan", ".", "METI", "welcome", "the", "launch", "."])
    launched = ActionRecord(type="Release", agent="kelong", targets=["sampan"], evidence="s1", trigger=1)
    welcomed = ActionRecord(type="Support", agent="meti", evidence="s2", trigger=5)
    reaction_targets(doc, [launched, welcomed])
    assert welcomed.targets == ["kelong"]


def test_action_discourse_an_authorless_obligation_on_a_party_is_its_regulators():
    from kg.nlp.actions.obligations import imposed_obligations
    from tests.nlp.constructed import build

    # "PPC ordered Sorano . Sorano must report ."
    words = ["PPC", "ordered", "Sorano", ".", "Sorano", "must", "report", "."]
    doc = build(words, [1, 1, 1, 1, 6, 6, 6, 6], ["nsubj", "ROOT", "dobj", "punct", "nsubj", "aux", "ROOT", "punct"],
                pos=["PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "AUX", "VERB", "PUNCT"],
                ents={(0, 1): "GovernmentBody", (2, 3): "Company", (4, 5): "Company"})
    ordered = ActionRecord(type="Mandate", agent="PPC", targets=["Sorano"], evidence="s1", trigger=1)
    must = ActionRecord(type="Mandate", targets=["Sorano"], evidence="s2", trigger=6)
    imposed_obligations(doc, [ordered, must])
    assert must.agent == "PPC"
    # no earlier action on the party, one by a company, or an obligation on no named party: no imposer
    for before, after in ((ActionRecord(type="Mandate", agent="PPC", targets=[], evidence="s1", trigger=1),
                           ActionRecord(type="Mandate", targets=["Sorano"], evidence="s2", trigger=6)),
                          (ActionRecord(type="Ban", agent="Sorano", targets=["Sorano"], evidence="s1", trigger=1),
                           ActionRecord(type="Mandate", targets=["Sorano"], evidence="s2", trigger=6)),
                          (ordered, ActionRecord(type="Mandate", targets=[], evidence="s2", trigger=6))):
        imposed_obligations(doc, [before, after])
        assert after.agent is None



def test_action_discourse_an_authorless_obligation_of_the_speaker_is_none():
    from kg.nlp.actions.obligations import binds_another
    from tests.nlp.constructed import build

    # "We must protect Europe , said Ribera ." : the speaker's resolve; "Sorano must report ." binds another
    words = ["We", "must", "protect", "Europe", ",", "said", "Ribera", "."]
    doc = build(words, [2, 2, 5, 2, 5, 5, 5, 5], ["nsubj", "aux", "ccomp", "dobj", "punct", "ROOT", "nsubj", "punct"],
                pos=["PRON", "AUX", "VERB", "PROPN", "PUNCT", "VERB", "PROPN", "PUNCT"],
                ents={(3, 4): "Jurisdiction", (6, 7): "Person"})
    assert not binds_another(doc, ActionRecord(type="Mandate", targets=["Europe"], evidence="s", trigger=2))
    assert binds_another(doc, ActionRecord(type="Mandate", agent="Ribera", targets=["Europe"], evidence="s", trigger=2))
    assert binds_another(doc, ActionRecord(type="Support", targets=["Europe"], evidence="s", trigger=2))
    doc = build(["Sorano", "must", "report", "."], [2, 2, 2, 2], ["nsubj", "aux", "ROOT", "punct"],
                pos=["PROPN", "AUX", "VERB", "PUNCT"], ents={(0, 1): "Company"})
    assert binds_another(doc, ActionRecord(type="Mandate", targets=["Sorano"], evidence="s", trigger=2))
    # '" Platforms must label it , " she said .': an opinion in a quotation
    words = ['"', "Platforms", "must", "label", "it", ",", '"', "she", "said", "."]
    doc = build(words, [8, 3, 3, 8, 3, 8, 8, 8, 8, 8],
                ["punct", "nsubj", "aux", "ccomp", "dobj", "punct", "punct", "nsubj", "ROOT", "punct"],
                pos=["PUNCT", "NOUN", "AUX", "VERB", "PRON", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT"],
                spaces=[False, True, True, True, False, False, True, True, False, False])
    assert not binds_another(doc, ActionRecord(type="Mandate", evidence="s", trigger=3))

def test_action_discourse_a_reaction_to_a_courts_ruling_is_aimed_at_its_judge():
    from kg.nlp.actions.discourse import reaction_targets
    from tests.nlp.constructed import build

    # "Rivers , a member of the Civil Tribunal , fined Acme . Acme criticised the ruling ."
    words = ["Rivers", ",", "a", "member", "of", "the", "Civil", "Tribunal", ",", "fined", "Acme", ".",
             "Acme", "criticised", "the", "ruling", "."]
    heads = [9, 0, 3, 0, 3, 7, 7, 4, 0, 9, 9, 9, 13, 13, 15, 13, 13]
    deps = ["nsubj", "punct", "det", "appos", "prep", "det", "compound", "pobj", "punct", "ROOT", "dobj", "punct",
            "nsubj", "ROOT", "det", "dobj", "punct"]
    lemmas = [w.lower() for w in words]
    lemmas[13], lemmas[9] = "criticise", "fine"
    doc = build(words, heads, deps, lemmas=lemmas,
                ents={(0, 1): "Person", (6, 8): "GovernmentBody", (10, 11): "Company", (12, 13): "Company"})
    ruled = ActionRecord(type="Rule", agent="Civil Tribunal", targets=["Acme"], evidence="s1", trigger=9)
    criticised = ActionRecord(type="Oppose", agent="Acme", evidence="s2", trigger=13)
    reaction_targets(doc, [ruled, criticised])
    assert criticised.targets == ["Rivers"]
