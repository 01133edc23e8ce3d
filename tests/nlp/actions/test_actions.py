from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import acts


@pytest.fixture()
def parse(parse_rules):
    """These tests are of the hand-written patterns: the rules' reading, before the trained scorer."""
    return parse_rules


@pytest.mark.parametrize("text, expected", [
    # active voice
    ("The Federal Trade Commission fined Snap over its chatbot.", ("Penalize", "Federal Trade Commission", ["Snap"], False)),
    ("Nvidia sued the Commerce Department in federal court.", ("Sue", "Nvidia", ["U.S. Department of Commerce"], False)),
    # passive voice with a by-agent
    ("Grok was banned by the Garante last spring.", ("Ban", "Garante per la protezione dei dati personali", ["Grok"], False)),
    # negation
    ("Meta Platforms did not sign the code.", ("Partner", "Meta Platforms", [], True)),
    ("The European Commission never fined Apple.", ("Penalize", "European Commission", ["Apple"], True)),
    # nominalisation with a light verb
    ("The FTC opened an investigation into Character.AI.", ("Investigate", "Federal Trade Commission", ["Character.AI"], False)),
    ("Microsoft filed a lawsuit against Nvidia.", ("Sue", "Microsoft", ["Nvidia"], False)),
    # a relative pronoun as object is the name its clause describes
    ("Zentrix Labs, which the FTC fined in March, sued the agency.",
     ("Penalize", "Federal Trade Commission", ["Zentrix Labs"], False)),
    # a negative implicative's infinitive is the action, negated
    ("The FTC declined to sue Zentrix Labs.", ("Sue", "Federal Trade Commission", ["Zentrix Labs"], True)),
    # an instrument the text describes, not named: an enactment all the same
    ("President Donald Trump signed an executive order on Tuesday.", ("Enact", "Donald Trump", [], False)),
])
def test_actions_patterns(parse, text, expected):
    assert expected in acts(parse(text)), acts(parse(text))


def test_actions_coordinated_targets_are_split(parse):
    got = acts(parse("The Garante investigated OpenAI and DeepSeek."))
    assert ("Investigate", "Garante per la protezione dei dati personali", ["DeepSeek", "OpenAI"], False) in got


def test_actions_reported_speech_belongs_to_the_inner_subject(parse):
    got = acts(parse("Reuters reported that Microsoft had sued Nvidia."))
    assert ("Sue", "Microsoft", ["Nvidia"], False) in got
    assert not [a for a in got if a[0] == "Sue" and a[1] == "Reuters"]


def test_actions_pronoun_agent_resolves_to_antecedent(parse):
    got = acts(parse("Nvidia reviewed the rules on Monday. It then sued the Commerce Department."))
    assert ("Sue", "Nvidia", ["U.S. Department of Commerce"], False) in got


def test_actions_judges_rule(parse):
    got = acts(parse("Judge Maria Lopez ordered OpenAI to preserve its logs."))
    assert ("Rule", "Maria Lopez", ["OpenAI"], False) in got


def test_actions_order_to_stop_is_a_ban(parse):
    got = acts(parse("The White House ordered federal agencies to stop using Claude."))
    assert got and got[0][0] == "Ban" and got[0][1] == "White House"
    # any verb of ceasing (data/clause_words.json: cessation_verbs), not only "stop"; any other infinitive a mandate
    from kg.nlp.actions.triggers import lexicon

    def first_fit(xcomp: str) -> str:
        return next(t.type for t in lexicon()[("direct", "VERB")] if t.fits(set(), set(), set(), {xcomp}))

    assert [first_fit(v) for v in ("stop", "terminate", "discontinue", "curb", "publish")] == \
        ["Ban", "Ban", "Ban", "Restrict", "Mandate"]


def test_actions_a_directive_that_imposes_a_halt_bans_and_one_that_requires_a_licence_restricts():
    """"ordered an immediate halt to ChatGPT's processing" (data/clause_words.json: halting_nouns); "has required a
    licence to send the chips" (licence_nouns); any other object of "require" is a duty."""
    from kg.nlp.actions.triggers import lexicon

    def first_fit(verb: str, lemma: str) -> str:
        return next(t.type for t in lexicon()[(verb, "VERB")] if t.fits({"GovernmentBody"}, set(), {lemma}, set()))

    assert [first_fit("order", w) for w in ("halt", "moratorium", "audit")] == ["Ban", "Ban", "Mandate"]
    assert [first_fit("require", w) for w in ("licence", "permit", "disclosure")] == ["Restrict", "Restrict", "Mandate"]


def test_actions_raising_a_concern_and_disagreeing_oppose_and_raising_money_invests():
    """"the DPC raised concerns about its safeguards", "voiced concern" (data/clause_words.json: concern_nouns);
    "Rite Aid said it disagreed with the allegations"; "raised $200 million" is still an investment."""
    from kg.nlp.actions.triggers import lexicon

    def fits(verb: str, lemma: str) -> list[str]:
        return [t.type for t in lexicon().get((verb, "VERB"), []) if t.fits({"Company"}, set(), {lemma}, set())]

    assert fits("raise", "concern")[:1] == ["Oppose"] and fits("voice", "objection")[:1] == ["Oppose"]
    assert fits("raise", "million")[:1] == ["Invest"]
    assert "Oppose" not in fits("raise", "price") and fits("express", "interest") == []
    assert fits("disagree", "none")[:1] == ["Oppose"]


def test_actions_signing_a_joint_instrument_is_a_partnership_and_a_law_is_enacted():
    """Parties sign a declaration or a convention together (data/clause_words.json: joint_instruments); a governor
    signs a law into force."""
    from kg.nlp.actions.triggers import lexicon

    def first_fit(agent: str, lemma: str) -> str:
        return next(t.type for t in lexicon()[("sign", "VERB")]
                    if t.fits({agent}, {"PolicyInstrument"}, {lemma}, set()))

    assert [first_fit("Jurisdiction", w) for w in ("declaration", "convention", "memorandum", "act", "order")] == \
        ["Partner", "Partner", "Partner", "Enact", "Enact"]
    # a law described, not named ("signed an executive order", "passed the bill"): its noun, one of the instrument
    # words, makes the object an instrument (kg/nlp/actions/extractor.py: INSTRUMENT_WORDS, reading_for)
    from kg.nlp.actions.extractor import INSTRUMENT_WORDS

    def described(verb: str, agent: str, lemma: str) -> list[str]:
        objects = {"PolicyInstrument"} if lemma in INSTRUMENT_WORDS else set()
        return [t.type for t in lexicon()[(verb, "VERB")] if t.fits({agent}, objects, {lemma}, set())]

    assert described("sign", "Person", "order")[:1] == ["Enact"]
    assert described("pass", "GovernmentBody", "bill") == ["Enact"]
    assert "Enact" not in described("sign", "Person", "petition")


def test_actions_an_enactment_names_its_instrument_or_describes_one(parse):
    """An enactment of nothing the text names or describes tells an analyst nothing ("the Senate passed it"); one of
    a law the text describes ("signed an executive order") is reported."""
    assert [a[0] for a in acts(parse("The Senate passed the bill on Thursday."))] == ["Enact"]
    assert "Enact" not in [a[0] for a in acts(parse("The Senate passed it on Thursday."))]


@pytest.mark.parametrize("text, published, iso", [
    ("The FTC fined Snap on March 3, 2025.", None, "2025-03-03"),
    ("The FTC fined Snap on Monday.", date(2025, 12, 10), "2025-12-08"),
    ("The FTC fined Snap on 18 July.", date(2025, 12, 10), "2025-07-18"),
])
def test_actions_dates(parse, text, published, iso):
    ex = parse(text, published=published)
    assert [a.date for a in ex.actions] == [iso]


def test_actions_carry_evidence_confidence_and_extractor(parse):
    text = "The FTC fined Snap."
    a = parse(text).actions[0]
    assert a.evidence == text and 0 < a.confidence <= 1 and a.extractor == "kg.actions.v1"
