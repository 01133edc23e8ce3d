"""The action scorer calibrates each kind of reading on its own: the rules' records and the trained models' readings."""
from __future__ import annotations

import pytest

from kg.nlp.learn.candidates import Candidate
from kg.nlp.learn.scorer import READING_KINDS, calibration_of, reading_kind


def cand(source: str, prob: float = 0.0) -> Candidate:
    return Candidate(record=None, source=source, trig=None, prob=prob)


@pytest.mark.parametrize("source, kind", [("rules", "rules"), ("roles", "model"), ("lexicon", "model"),
                                          ("detector", "model"), ("wordnet", "model")])
def test_reading_kind(source, kind):
    assert reading_kind(cand(source)) == kind


def test_calibration_of_reads_each_kind_and_an_older_single_list():
    steps = {"rules": [[0.5, 0.6], [1.0, 0.9]], "model": [[1.0, 0.3]]}
    assert calibration_of(steps) == {"rules": [(0.5, 0.6), (1.0, 0.9)], "model": [(1.0, 0.3)]}
    assert calibration_of([[1.0, 0.4]]) == {k: [(1.0, 0.4)] for k in READING_KINDS}


def test_calibrate_fits_each_kind_on_its_own_outputs(monkeypatch):
    """At the same raw score, a kind that was right more often in cross-validation gets the higher probability."""
    from kg.train import learn

    judged = [("rules", n / 100, n % 10 < 8) for n in range(100)] + [("model", n / 100, n % 10 < 3) for n in range(100)]
    monkeypatch.setattr(learn, "kept_kinds", lambda parsed, cands, keep: judged)
    rule, model = cand("rules", 0.5), cand("roles", 0.5)
    steps = learn.calibrate([], [[({}, "right", rule), ({}, "wrong", model)]], {"calibration_min_block": 30})
    assert set(steps) == set(READING_KINDS)
    assert rule.prob > 0.65 and model.prob < 0.45
    assert (rule.raw, model.raw) == (0.5, 0.5)


def test_counterfactual_readings_are_no_events():
    """"would have imposed", "could require" and a verb under "if"/"unless" tell no event; "will ban" and "whether"
    stay for the model to weigh."""
    from kg.nlp.learn.unrealised import counterfactual
    from tests.nlp.constructed import build

    # "It would have imposed fines ."
    doc = build(["It", "would", "have", "imposed", "fines", "."], [3, 3, 3, 3, 3, 3],
                ["nsubj", "aux", "aux", "ROOT", "dobj", "punct"], pos=["PRON", "AUX", "AUX", "VERB", "NOUN", "PUNCT"])
    assert counterfactual(doc[3])
    # "If the CMA opens an inquiry , it will require changes ." -> "opens" (under "if") and "require" (above it: no)
    words = ["If", "the", "CMA", "opens", "an", "inquiry", ",", "it", "will", "require", "changes", "."]
    heads = [3, 2, 3, 9, 5, 3, 9, 9, 9, 9, 9, 9]
    deps = ["mark", "det", "nsubj", "advcl", "det", "dobj", "punct", "nsubj", "aux", "ROOT", "dobj", "punct"]
    pos = ["SCONJ", "DET", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "PRON", "AUX", "VERB", "NOUN", "PUNCT"]
    doc = build(words, heads, deps, pos=pos)
    assert counterfactual(doc[3]) and not counterfactual(doc[9])
    # "it could require changes", "it might require changes": a hypothesis; "it can / may require changes": what is
    # possible or allowed ("the company may appeal", "it cannot fine providers until 2026") (stance.json:
    # counterfactual_aux)
    for modal in ("could", "might", "can", "may"):
        doc = build(words[:8] + [modal] + words[9:], heads, deps, pos=pos)
        assert counterfactual(doc[9])
    # "The state will ban it ." and "asked whether it partnered"
    doc = build(["The", "state", "will", "ban", "it", "."], [1, 3, 3, 3, 3, 3],
                ["det", "nsubj", "aux", "ROOT", "dobj", "punct"], pos=["DET", "NOUN", "AUX", "VERB", "PRON", "PUNCT"])
    assert not counterfactual(doc[3])
    doc = build(["asked", "whether", "it", "partnered"], [0, 3, 3, 0], ["ROOT", "mark", "nsubj", "ccomp"],
                pos=["VERB", "SCONJ", "PRON", "VERB"])
    assert not counterfactual(doc[3])
    # "Regulators should ban it ." is a recommendation; "said regulators should ban it": "said" is an event
    doc = build(["Regulators", "should", "ban", "it", "."], [2, 2, 2, 2, 2], ["nsubj", "aux", "ROOT", "dobj", "punct"],
                pos=["NOUN", "AUX", "VERB", "PRON", "PUNCT"])
    assert counterfactual(doc[2])
    doc = build(["He", "said", "regulators", "should", "ban", "it"], [1, 1, 4, 4, 1, 4],
                ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj"], pos=["PRON", "VERB", "NOUN", "AUX", "VERB", "PRON"])
    assert counterfactual(doc[4]) and not counterfactual(doc[1])


def test_what_a_bill_would_do_and_a_conditioned_would_are_no_events():
    """"The bill would bar companies", "a bill that would force developers" (a proposal's content) and "if passed, it
    would require" (a consequence under its own condition) tell no event; "the company would pay" stays."""
    from kg.nlp.learn.unrealised import counterfactual
    from tests.nlp.constructed import build

    pos = ["DET", "NOUN", "AUX", "VERB", "NOUN", "PUNCT"]
    deps = ["det", "nsubj", "aux", "ROOT", "dobj", "punct"]
    assert counterfactual(build(["The", "bill", "would", "bar", "companies", "."], [1, 3, 3, 3, 3, 3], deps, pos=pos)[3])
    assert not counterfactual(build(["The", "company", "would", "pay", "fines", "."], [1, 3, 3, 3, 3, 3], deps,
                                    pos=pos)[3])
    # "a bill that would force developers": the verb is a relative clause on "bill"
    doc = build(["a", "bill", "that", "would", "force", "developers"], [1, 1, 4, 4, 1, 4],
                ["det", "ROOT", "nsubj", "aux", "relcl", "dobj"], pos=["DET", "NOUN", "PRON", "AUX", "VERB", "NOUN"])
    assert counterfactual(doc[4])
    # "If passed , it would require licences ."
    doc = build(["If", "passed", ",", "it", "would", "require", "licences", "."], [1, 5, 5, 5, 5, 5, 5, 5],
                ["mark", "advcl", "punct", "nsubj", "aux", "ROOT", "dobj", "punct"],
                pos=["SCONJ", "VERB", "PUNCT", "PRON", "AUX", "VERB", "NOUN", "PUNCT"])
    assert counterfactual(doc[5])


def test_a_byline_reports_no_event():
    """"Published 2025-01-14 by Kestrel Hale LLP" says who published the page; "The FDA published guidance on
    January 14, 2025" is an event."""
    from kg.nlp.learn.scorer import byline
    from tests.nlp.constructed import build

    words = ["Published", "2025-01-14", "by", "Kestrel", "Hale", "LLP"]
    doc = build(words, [0, 0, 0, 5, 5, 2], ["ROOT", "npadvmod", "agent", "compound", "compound", "pobj"])
    assert byline(doc[0])
    words = ["The", "FDA", "published", "guidance", "on", "January", "14", ",", "2025", "."]
    doc = build(words, [1, 2, 2, 2, 2, 4, 5, 5, 5, 2], ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "nummod",
                                                          "punct", "nummod", "punct"])
    assert not byline(doc[2])


@pytest.mark.parametrize("words, heads, deps, trig, question", [
    (["What", "is", "the", "DPC", "investigating", "?"], [4, 4, 3, 4, 4, 4],
     ["dobj", "aux", "det", "nsubj", "ROOT", "punct"], 4, True),
    (["He", "asked", ":", '"', "Will", "the", "FTC", "sue", "?", '"'], [1, 1, 1, 7, 7, 6, 7, 1, 7, 1],
     ["nsubj", "ROOT", "punct", "punct", "aux", "det", "nsubj", "ccomp", "punct", "punct"], 7, True),
    (["The", "DPC", "is", "investigating", "X", "."], [1, 3, 3, 3, 3, 3],
     ["det", "nsubj", "aux", "ROOT", "dobj", "punct"], 3, False),
])
def test_a_question_reports_no_event(words, heads, deps, trig, question):
    """"What is the DPC investigating?" asks about an event (so does a quoted question); "The DPC is investigating
    X." tells one."""
    from kg.nlp.learn.scorer import asked
    from tests.nlp.constructed import build

    assert asked(build(words, heads, deps)[trig]) is question


def test_an_undated_action_takes_the_one_date_its_other_reports_give():
    """"A court ruled on Tuesday that OpenAI infringed ..." (a candidate below the threshold) and "The court ordered
    OpenAI to stop ..." (kept, undated) report one event: the kept action takes the date. Reports of other events, and
    two dates, give none."""
    from kg.nlp.learn.scorer import dated_by_other_reports
    from kg.nlp.records import ActionRecord
    from tests.nlp.constructed import build

    doc = build(["The", "court", "ruled", "."], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"])

    def report(date=None, agent="court", targets=("openai",), atype="Rule"):
        return Candidate(ActionRecord(atype, "...", agent, list(targets), date=date), "roles", doc[2], prob=0.1)

    kept = ActionRecord("Rule", "The court ordered OpenAI ...", "court", ["openai"])
    assert dated_by_other_reports([kept], [report("2025-11-11"), report("2024-01", agent="gema")])[0].date == "2025-11-11"
    other = [report("2024-01", agent="gema"), report("2024-02", targets=("suno",)), report("2024-03", atype="Sue")]
    assert dated_by_other_reports([ActionRecord("Rule", "...", "court", ["openai"])], other)[0].date is None
    two = [report("2025-11-11"), report("2025-11")]
    assert dated_by_other_reports([ActionRecord("Rule", "...", "court", ["openai"])], two)[0].date is None
    dated = ActionRecord("Rule", "...", "court", ["openai"], date="2025-10")
    assert dated_by_other_reports([dated], [report("2025-11-11")])[0].date == "2025-10"


@pytest.mark.parametrize("atype, targets, instruments, kept", [
    ("Invest", [], [], False), ("Sue", [], [], False), ("Penalize", [], [], False),  # in whom, whom, whom: not said
    ("Invest", ["mistral-ai"], [], True), ("Oppose", [], [], True), ("Enact", [], [], True),  # no one needed
    ("Partner", [], [], False), ("Permit", [], [], False),  # with whom, to whom or under what: not said
    ("Partner", [], ["gpai-code"], True), ("Partner", ["openai"], [], True),  # signed the code; partnered with OpenAI
])
def test_an_action_that_acts_on_someone_names_whom(atype, targets, instruments, kept):
    from kg.nlp.learn.scorer import names_its_target
    from kg.nlp.records import ActionRecord

    assert names_its_target(ActionRecord(atype, "...", "acme", targets, instruments)) is kept


@pytest.mark.parametrize("atype, kept", [("Partner", True), ("Permit", True), ("Sue", False), ("Invest", False)])
def test_a_refused_partnership_or_permission_names_no_party(atype, kept):
    # "Shopify did not sign.", "The agency has not yet authorized any device."; "did not sue" still says whom
    from kg.nlp.learn.scorer import names_its_target
    from kg.nlp.records import ActionRecord

    assert names_its_target(ActionRecord(atype, "...", "acme", [], [], negated=True)) is kept


@pytest.mark.parametrize("atype, agent, kept", [
    ("Sue", None, False), ("Oppose", None, False), ("Enact", None, False),  # who sued, objected, passed it: not said
    ("Sue", "acme", True), ("Mandate", None, True), ("Ban", None, True),  # a law's "must" and "may not" name no one
])
def test_an_action_someone_does_names_who(atype, agent, kept):
    from kg.nlp.learn.scorer import names_its_agent
    from kg.nlp.records import ActionRecord

    assert names_its_agent(ActionRecord(atype, "...", agent, ["beta"])) is kept


def test_what_someone_urges_or_asks_for_is_no_event():
    """"The group urged regulators to ban the app": the ban is asked for, not done; "ordered" is no asking for."""
    from kg.nlp.learn.unrealised import counterfactual
    from tests.nlp.constructed import build

    def doc_of(verb: str, lemma: str):
        words = ["The", "group", verb, "regulators", "to", "ban", "the", "app", "."]
        return build(words, [1, 2, 2, 2, 5, 2, 7, 5, 2], ["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "det", "dobj",
                                                         "punct"],
                     pos=["DET", "NOUN", "VERB", "NOUN", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                     lemmas=["the", "group", lemma, "regulator", "to", "ban", "the", "app", "."])

    doc = doc_of("urged", "urge")
    assert counterfactual(doc[5]) and not counterfactual(doc[2])
    assert not counterfactual(doc_of("ordered", "order")[5])


def test_what_something_is_meant_to_do_is_no_event():
    """"a bill aimed at prohibiting the app" and "a law designed to ban the app" do not prohibit or ban it."""
    from kg.nlp.learn.unrealised import counterfactual
    from tests.nlp.constructed import build

    aimed = build(["a", "bill", "aimed", "at", "prohibiting", "the", "app"], [1, 1, 1, 2, 3, 6, 4],
                  ["det", "ROOT", "acl", "prep", "pcomp", "det", "dobj"],
                  pos=["DET", "NOUN", "VERB", "ADP", "VERB", "DET", "NOUN"],
                  lemmas=["a", "bill", "aim", "at", "prohibit", "the", "app"])
    designed = build(["a", "law", "designed", "to", "ban", "the", "app"], [1, 1, 1, 4, 2, 6, 4],
                     ["det", "ROOT", "acl", "aux", "xcomp", "det", "dobj"],
                     pos=["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN"],
                     lemmas=["a", "law", "design", "to", "ban", "the", "app"])
    looked = build(["They", "looked", "at", "banning", "the", "app"], [1, 1, 1, 2, 5, 3],
                   ["nsubj", "ROOT", "prep", "pcomp", "det", "dobj"],
                   pos=["PRON", "VERB", "ADP", "VERB", "DET", "NOUN"],
                   lemmas=["they", "look", "at", "ban", "the", "app"])
    assert counterfactual(aimed[4]) and counterfactual(designed[4]) and not counterfactual(looked[3])


def test_a_document_cited_as_the_source_of_what_is_told_is_no_event():
    """"..., the order said": the order speaks, it is not issued here; "the order required" still orders."""
    from kg.nlp.learn.scorer import cited
    from tests.nlp.constructed import build

    def doc_of(verb: str, lemma: str):
        words = ["It", "kept", "going", ",", "the", "order", verb, "."]
        return build(words, [1, 1, 1, 1, 5, 6, 1, 1], ["nsubj", "ROOT", "xcomp", "punct", "det", "nsubj", "parataxis",
                                                       "punct"],
                     pos=["PRON", "VERB", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                     lemmas=["it", "keep", "go", ",", "the", "order", lemma, "."])

    assert cited(doc_of("said", "say")[5]) and not cited(doc_of("required", "require")[5])
    assert not cited(doc_of("claims", "claim")[5])  # "the lawsuit claims that ...": a suit's own claims tell the suit
    # "According to the orders , Delphia told clients ."
    words = ["According", "to", "the", "orders", ",", "Delphia", "told", "clients", "."]
    doc = build(words, [6, 0, 3, 1, 6, 6, 6, 6, 6], ["prep", "prep", "det", "pobj", "punct", "nsubj", "ROOT", "dobj",
                                                     "punct"],
                pos=["VERB", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "NOUN", "PUNCT"],
                lemmas=["accord", "to", "the", "order", ",", "delphia", "tell", "client", "."])
    assert cited(doc[3]) and not cited(doc[6])


def test_the_scorer_outputs_nothing_done_by_whom_a_directive_orders_nor_a_reading_out_of_its_frame(parse):
    from tests.conftest import acts

    directed = acts(parse("The executive order directs NIST to publish testing guidance within 90 days."))
    assert not [a for a in directed if a[1] == "National Institute of Standards and Technology"], directed
    told = acts(parse("Anthropic told Reuters it had partnered with the AI Security Institute on testing."))
    assert not [a for a in told if a[0] == "Mandate"], told


def test_an_event_still_due_is_none_an_obligation_stated_with_must_is_one():
    """"The draft must still pass the Bundestag": no enactment yet; "Providers must publish summaries" states a
    requirement; "The Bundestag passed the draft" took place."""
    from kg.nlp.learn.unrealised import still_due
    from kg.nlp.records import ActionRecord
    from tests.nlp.constructed import build

    doc = build(["The", "draft", "must", "still", "pass", "the", "Bundestag", "."], [1, 4, 4, 4, 4, 6, 4, 4],
                ["det", "nsubj", "aux", "advmod", "ROOT", "det", "dobj", "punct"],
                pos=["DET", "NOUN", "AUX", "ADV", "VERB", "DET", "PROPN", "PUNCT"])
    enact = ActionRecord(type="Enact", agent="Bundestag", evidence="s", trigger=4)
    assert still_due(Candidate(record=enact, source="rules", trig=doc[4]))
    mandate = ActionRecord(type="Mandate", evidence="s", trigger=4)
    assert not still_due(Candidate(record=mandate, source="rules", trig=doc[4]))
    # "X must answer the inquiry that the FTC opened": the opening took place
    doc = build(["X", "must", "answer", "the", "inquiry", "that", "FTC", "opened", "."], [2, 2, 2, 4, 2, 7, 7, 4, 2],
                ["nsubj", "aux", "ROOT", "det", "dobj", "dobj", "nsubj", "relcl", "punct"],
                pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "PRON", "PROPN", "VERB", "PUNCT"])
    probe = ActionRecord(type="Investigate", agent="FTC", evidence="s", trigger=7)
    assert not still_due(Candidate(record=probe, source="rules", trig=doc[7]))
    doc = build(["The", "Bundestag", "passed", "the", "draft", "."], [1, 2, 2, 4, 2, 2],
                ["det", "nsubj", "ROOT", "det", "dobj", "punct"], pos=["DET", "PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    assert not still_due(Candidate(record=enact, source="rules", trig=doc[2]))


def test_what_someone_seeks_is_no_event():
    """"We seek penalties and an order banning X": neither the penalties nor the order took place; "The regulator
    imposed penalties" did; a noun a verb of seeking does not govern stays."""
    from kg.nlp.learn.unrealised import counterfactual
    from tests.nlp.constructed import build

    words = ["We", "seek", "penalties", "and", "an", "order", "banning", "X", "."]
    doc = build(words, [1, 1, 1, 2, 5, 2, 5, 6, 1],
                ["nsubj", "ROOT", "dobj", "cc", "det", "conj", "acl", "dobj", "punct"],
                pos=["PRON", "VERB", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "PROPN", "PUNCT"],
                lemmas=["we", "seek", "penalty", "and", "an", "order", "ban", "X", "."])
    assert counterfactual(doc[2]) and counterfactual(doc[5]) and counterfactual(doc[6])
    doc = build(["Regulators", "imposed", "penalties", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                pos=["NOUN", "VERB", "NOUN", "PUNCT"], lemmas=["regulator", "impose", "penalty", "."])
    assert not counterfactual(doc[2])


def test_an_event_noun_another_action_acts_on_is_told_before():
    """"The tribunal overturned the penalty": the overturning is the news, the penalty was told before; "The ICO
    imposed the penalty" carries it (a light verb); "overturned a penalty" names no known event."""
    from kg.nlp.learn.unrealised import referred
    from kg.nlp.records import ActionRecord
    from tests.nlp.constructed import build

    fine = ActionRecord(type="Penalize", agent="tribunal", evidence="s", trigger=4)
    for verb, lemma, det, told in (("overturned", "overturn", "the", True), ("imposed", "impose", "the", False),
                                   ("overturned", "overturn", "a", False)):
        doc = build(["The", "tribunal", verb, det, "penalty", "."], [1, 2, 2, 4, 2, 2],
                    ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                    lemmas=["the", "tribunal", lemma, det, "penalty", "."])
        assert referred(Candidate(record=fine, source="lexicon", trig=doc[4])) is told
