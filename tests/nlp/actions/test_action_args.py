"""The agent and target patterns of verb and noun triggers (kg/nlp/actions/verb_args.py, kg/nlp/actions/args.py) on
constructed parses, independent of the statistical parser."""
from __future__ import annotations

from kg.nlp.actions.args import copular_noun, light_verb_object, noun_args
from kg.nlp.doc.index import EntityIndex
from kg.nlp.actions.triggers import lexicon, syntax
from kg.nlp.actions.verb_args import active_voice, directs_plain_action, noun_carries, verb_args, verb_objects
from tests.nlp.constructed import build

P = dict(DET="DET", V="VERB", N="NOUN", X="PROPN", A="ADP", U="PUNCT")


def pos(*tags: str) -> list[str]:
    return [P[t] for t in tags]


def fined(passive: bool = False):
    if passive:  # "Snap was fined by the FTC ."
        return build(["Snap", "was", "fined", "by", "the", "FTC", "."], [2, 2, 2, 2, 5, 3, 2],
                     ["nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "punct"],
                     pos=["PROPN", "AUX", "VERB", "ADP", "DET", "PROPN", "PUNCT"],
                     tags=["NNP", "VBD", "VBN", "IN", "DT", "NNP", "."],
                     lemmas=["Snap", "be", "fine", "by", "the", "FTC", "."],
                     ents={(0, 1): "Company", (5, 6): "GovernmentBody"})
    return build(["The", "FTC", "fined", "Snap", "."], [1, 2, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj", "punct"],
                 pos=pos("DET", "X", "V", "X", "U"), tags=["DT", "NNP", "VBD", "NNP", "."],
                 lemmas=["the", "FTC", "fine", "Snap", "."], ents={(1, 2): "GovernmentBody", (3, 4): "Company"})


def args_of(doc, i):
    lex = lexicon()
    return verb_args(doc[i], EntityIndex.of(doc), lex, lex[("fine", "VERB")])


def test_action_args_active_verb_subject_acts_on_object():
    a = args_of(fined(), 2)
    assert (a.agents, a.targets, a.direct, a.how, a.object_lemmas) == (["FTC"], ["Snap"], ["Snap"], "verb", {"snap"})


def test_action_args_passive_verb_by_phrase_acts_on_subject():
    a = args_of(fined(passive=True), 2)
    assert (a.agents, a.targets, a.how) == (["FTC"], ["Snap"], "passive")


def test_action_args_raising_verb_object_is_the_complement_subject():
    # "They let the claims proceed ."
    doc = build(["They", "let", "the", "claims", "proceed", "."], [1, 1, 3, 4, 1, 1],
                ["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"], pos=pos("N", "V", "DET", "N", "V", "U"),
                lemmas=["they", "let", "the", "claim", "proceed", "."])
    assert verb_objects(doc[1]) == [doc[3]]


def test_action_args_a_finding_is_about_the_subject_of_what_it_finds():
    # "The court ruled that Veltrix broke the law ." : Veltrix is the party ruled on
    words = ["The", "court", "ruled", "that", "Veltrix", "broke", "the", "law", "."]
    doc = build(words, [1, 2, 2, 5, 5, 2, 7, 5, 2], ["det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "det", "dobj",
                                                     "punct"],
                pos=["DET", "NOUN", "VERB", "SCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                lemmas=["the", "court", "rule", "that", "Veltrix", "break", "the", "law", "."],
                ents={(1, 2): "GovernmentBody", (4, 5): "Company"})
    assert verb_objects(doc[2]) == [doc[4]]
    lex = lexicon()
    assert verb_args(doc[2], EntityIndex.of(doc), lex, lex[("rule", "VERB")]).targets == ["Veltrix"]
    # a verb of saying is no finding: "The court said that Veltrix broke the law" names no party ruled on
    doc[2].lemma_ = "say"
    assert verb_objects(doc[2]) == []


def test_action_args_directive_objects_reach_into_its_complement():
    # "Trump ordered agencies to stop using Grok ."
    doc = build(["Trump", "ordered", "agencies", "to", "stop", "using", "Grok", "."], [1, 1, 1, 4, 1, 4, 5, 1],
                ["nsubj", "ROOT", "dobj", "aux", "xcomp", "xcomp", "dobj", "punct"],
                pos=["PROPN", "VERB", "NOUN", "PART", "VERB", "VERB", "PROPN", "PUNCT"],
                lemmas=["Trump", "order", "agency", "to", "stop", "use", "Grok", "."])
    assert verb_objects(doc[1]) == [doc[2], doc[6]]
    assert not directs_plain_action(doc[1], {}, False)  # no reading of "stop" in this lexicon: the directive acts


def test_action_args_participle_of_a_noun_takes_the_noun_as_object():
    # "the limits imposed by the FTC"
    doc = build(["the", "limits", "imposed", "by", "the", "FTC"], [1, 1, 1, 2, 5, 3],
                ["det", "ROOT", "acl", "agent", "det", "pobj"], pos=pos("DET", "N", "V", "A", "DET", "X"),
                tags=["DT", "NNS", "VBN", "IN", "DT", "NNP"])
    assert active_voice(doc[2], None) == (doc[5], doc[1])


def test_action_args_light_verb_leaves_the_action_to_its_noun():
    # "The FTC opened an investigation into Snap ."
    doc = build(["The", "FTC", "opened", "an", "investigation", "into", "Snap", "."], [1, 2, 2, 4, 2, 2, 5, 2],
                ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                pos=pos("DET", "X", "V", "DET", "N", "A", "X", "U"),
                lemmas=["the", "FTC", "open", "an", "investigation", "into", "Snap", "."],
                ents={(1, 2): "GovernmentBody", (6, 7): "Company"})
    idx = EntityIndex.of(doc)
    assert noun_carries(doc[2], idx, lexicon())
    assert light_verb_object(doc[4], doc[2], syntax()) == (doc[1], [doc[6]])
    a = noun_args(doc[4], idx)
    assert (a.agents, a.targets, a.how) == (["FTC"], ["Snap"], "noun")


def test_action_args_facing_a_noun_makes_the_subject_its_target():
    # "Snap faces an investigation ."
    doc = build(["Snap", "faces", "an", "investigation", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"],
                pos=pos("X", "V", "DET", "N", "U"), lemmas=["Snap", "face", "an", "investigation", "."],
                ents={(0, 1): "Company"})
    a = noun_args(doc[3], EntityIndex.of(doc))
    assert (a.agents, a.targets) == ([], ["Snap"])


def test_action_args_copular_noun_possessor_is_the_target():
    # "Microsoft is OpenAI 's largest investor ."
    doc = build(["Microsoft", "is", "OpenAI", "'s", "largest", "investor", "."], [1, 1, 5, 2, 5, 1, 1],
                ["nsubj", "ROOT", "poss", "case", "amod", "attr", "punct"],
                pos=["PROPN", "AUX", "PROPN", "PART", "ADJ", "NOUN", "PUNCT"],
                lemmas=["Microsoft", "be", "OpenAI", "'s", "large", "investor", "."],
                ents={(0, 1): "Company", (2, 3): "Company"})
    assert copular_noun(doc[5], doc[1], syntax()) == (doc[0], [doc[2]])
    a = noun_args(doc[5], EntityIndex.of(doc))
    assert (a.agents, a.targets) == (["Microsoft"], ["OpenAI"])


def test_action_args_a_subject_the_nouns_own_agent_displaces_is_its_target():
    # "Mistral closed a round led by ASML ." : the round's investor is ASML, the company it funds the subject
    doc = build(["Mistral", "closed", "a", "round", "led", "by", "ASML", "."], [1, 1, 3, 1, 3, 4, 5, 1],
                ["nsubj", "ROOT", "det", "dobj", "acl", "agent", "pobj", "punct"],
                pos=pos("X", "V", "DET", "N", "V", "A", "X", "U"), tags=["NNP", "VBD", "DT", "NN", "VBN", "IN", "NNP", "."],
                lemmas=["Mistral", "close", "a", "round", "lead", "by", "ASML", "."],
                ents={(0, 1): "Company", (6, 7): "Company"})
    a = noun_args(doc[3], EntityIndex.of(doc))
    assert (a.agents, a.targets) == (["ASML"], ["Mistral"])
    # "Mistral closed a round ." : no agent of its own, the subject stays the agent
    doc = build(["Mistral", "closed", "a", "round", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"],
                pos=pos("X", "V", "DET", "N", "U"), lemmas=["Mistral", "close", "a", "round", "."],
                ents={(0, 1): "Company"})
    a = noun_args(doc[3], EntityIndex.of(doc))
    assert (a.agents, a.targets) == (["Mistral"], [])


def money_sentence(subject: str, verb: tuple[str, str], unit: str, prep: str, prep_head: int, other: str):
    """"<subject> <verb> $ 4 <unit> <prep> <other> .", the preposition under the verb (1) or the amount (4)."""
    return build([subject, verb[0], "$", "4", unit, prep, other, "."], [1, 1, 4, 4, 1, prep_head, 5, 1],
                 ["nsubj", "ROOT", "quantmod", "compound", "dobj", "prep", "pobj", "punct"],
                 pos=["PROPN", "VERB", "SYM", "NUM", "NUM", "ADP", "PROPN", "PUNCT"],
                 tags=["NNP", "VBD", "$", "CD", "CD", "IN", "NNP", "."],
                 lemmas=[subject, verb[1], "$", "4", unit, prep, other, "."],
                 ents={(0, 1): "Company", (6, 7): "Company"})


def test_action_args_money_from_a_giver_makes_the_subject_a_target():
    # "Lumo raised $ 4 million from Sequoia ." : Sequoia invests, Lumo receives
    doc = money_sentence("Lumo", ("raised", "raise"), "million", "from", 1, "Sequoia")
    lex = lexicon()
    a = verb_args(doc[1], EntityIndex.of(doc), lex, lex[("raise", "VERB")])
    assert (a.agents, a.targets) == (["Sequoia"], ["Lumo"])
    assert "million" in a.object_lemmas and lex[("raise", "VERB")][0].fits({"Company"}, {"Company"}, a.object_lemmas, set())
    # "Lumo raised concerns ." is no investment: the money reading does not fit
    assert not lex[("raise", "VERB")][0].fits({"Company"}, {"none"}, {"concern"}, set())


def test_action_args_raising_a_concern_keeps_its_subject_as_agent_and_no_concern_is_none():
    # "Ofcom raised concerns about Snap ." : Ofcom objects (money alone makes the subject a recipient)
    from kg.nlp.actions.clauses import negated

    for det in (None, "no"):
        words = ["Ofcom", "raised", *([det] if det else []), "concerns", "about", "Snap", "."]
        n = 1 if det else 0
        doc = build(words, [1, 1, *([2 + n] if det else []), 1, 2 + n, 3 + n, 1],
                    ["nsubj", "ROOT", *(["det"] if det else []), "dobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", *(["DET"] if det else []), "NOUN", "ADP", "PROPN", "PUNCT"],
                    lemmas=[w.lower() if w != "raised" else "raise" for w in words][:-1] + ["."],
                    ents={(0, 1): "GovernmentBody", (4 + n, 5 + n): "Company"})
        lex = lexicon()
        a = verb_args(doc[1], EntityIndex.of(doc), lex, lex[("raise", "VERB")])
        assert a.agents == ["Ofcom"] and "Ofcom" not in a.targets, det  # not the recipient of a raised sum
        assert negated(doc[1]) is (det == "no")  # "raised no concerns about Snap": no objection


def test_action_args_a_round_under_a_receiving_verb_takes_its_leader_as_agent():
    # "Lumo raised $ 200 million in a round led by Sequoia ."
    doc = build(["Lumo", "raised", "$", "200", "million", "in", "a", "round", "led", "by", "Sequoia", "."],
                [1, 1, 4, 4, 1, 1, 7, 5, 7, 8, 9, 1],
                ["nsubj", "ROOT", "quantmod", "compound", "dobj", "prep", "det", "pobj", "acl", "agent", "pobj", "punct"],
                pos=["PROPN", "VERB", "SYM", "NUM", "NUM", "ADP", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
                tags=["NNP", "VBD", "$", "CD", "CD", "IN", "DT", "NN", "VBN", "IN", "NNP", "."],
                lemmas=["Lumo", "raise", "$", "200", "million", "in", "a", "round", "lead", "by", "Sequoia", "."],
                ents={(0, 1): "Company", (10, 11): "Company"})
    a = noun_args(doc[7], EntityIndex.of(doc))
    assert (a.agents, a.targets) == (["Sequoia"], ["Lumo"])


def test_action_args_funding_from_a_giver_names_the_agent():
    # "Lumo secured funding from Sequoia ."
    doc = build(["Lumo", "secured", "funding", "from", "Sequoia", "."], [1, 1, 1, 2, 3, 1],
                ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                pos=pos("X", "V", "N", "A", "X", "U"), lemmas=["Lumo", "secure", "funding", "from", "Sequoia", "."],
                ents={(0, 1): "Company", (4, 5): "Company"})
    a = noun_args(doc[2], EntityIndex.of(doc))
    assert (a.agents, a.targets) == (["Sequoia"], ["Lumo"])


def test_action_args_a_company_supplying_an_organisation_partners_with_it():
    # "Nvidia will supply chips to Humain ." : Partner (a company supplying an organisation), not for "supply chips"
    doc = build(["Nvidia", "will", "supply", "chips", "to", "Humain", "."], [2, 2, 2, 2, 2, 4, 2],
                ["nsubj", "aux", "ROOT", "dobj", "prep", "pobj", "punct"],
                pos=["PROPN", "AUX", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                lemmas=["Nvidia", "will", "supply", "chip", "to", "Humain", "."],
                ents={(0, 1): "Company", (5, 6): "Company"})
    lex = lexicon()
    a = verb_args(doc[2], EntityIndex.of(doc), lex, lex[("supply", "VERB")])
    assert (a.agents, a.targets) == (["Nvidia"], ["Humain"])
    reading = lex[("supply", "VERB")][0]
    assert reading.type == "Partner" and reading.fits({"Company"}, {"Company"}, a.object_lemmas, set())
    assert not reading.fits({"Company"}, {"none"}, {"chip"}, set())


def test_action_args_what_an_investment_goes_into_is_its_target():
    # "Amazon invested $ 4 billion in Anthropic ." : "in" after the amount names the target of an Invest reading
    doc = money_sentence("Amazon", ("invested", "invest"), "billion", "in", 4, "Anthropic")
    lex = lexicon()
    a = verb_args(doc[1], EntityIndex.of(doc), lex, lex[("invest", "VERB")])
    assert (a.agents, a.targets) == (["Amazon"], ["Anthropic"])
    # the same parse read as a ruling ("fine") takes no target from "in"
    a = verb_args(doc[1], EntityIndex.of(doc), lex, lex[("fine", "VERB")])
    assert a.targets == []


def test_the_parties_of_a_partnership_that_names_no_one_else_are_each_others_counterparts():
    """"OpenAI and Sur Energy signed a letter": each the other's counterpart; "Naver and Kakao agreed to work with the
    NEC": the NEC is whom they work with, no counterparts added; a suit's co-plaintiffs are never its targets."""
    from kg.nlp.actions.extractor import counterparts
    from kg.nlp.doc.index import EntityIndex
    from kg.nlp.records import ActionRecord
    from tests.nlp.constructed import build

    words = ["OpenAI", "and", "Sur", "signed", "a", "letter", "with", "the", "NEC", "."]
    heads = [3, 0, 0, 3, 5, 3, 3, 8, 6, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"]
    doc = build(words[:6] + ["."], heads[:6] + [3], deps[:6] + ["punct"], ents={(0, 1): "Company", (2, 3): "Company"})
    deal = ActionRecord(type="Partner", agent="OpenAI", evidence="s", trigger=3)
    assert counterparts(deal, doc[3], ["OpenAI", "Sur"], doc[0:7], EntityIndex.of(doc)) == ["Sur"]
    suit = ActionRecord(type="Sue", agent="OpenAI", evidence="s", trigger=3)
    assert counterparts(suit, doc[3], ["OpenAI", "Sur"], doc[0:7], EntityIndex.of(doc)) == []
    # "OpenAI and Sur signed a code .": each commits itself (no deal word), no counterparts
    doc = build(words[:5] + ["code", "."], heads[:6] + [3], deps[:6] + ["punct"],
                ents={(0, 1): "Company", (2, 3): "Company"})
    assert counterparts(deal, doc[3], ["OpenAI", "Sur"], doc[0:7], EntityIndex.of(doc)) == []
    doc = build(words, heads, deps, ents={(0, 1): "Company", (2, 3): "Company", (8, 9): "GovernmentBody"})
    assert counterparts(deal, doc[3], ["OpenAI", "Sur"], doc[0:10], EntityIndex.of(doc)) == []


def test_a_relative_pronoun_object_is_the_name_its_clause_describes():
    from kg.nlp.actions.args import described_noun

    # "Zentrix , which the FTC fined , sued ." / "Orrin , which Microsoft invested in , sued ."
    words = ["Zentrix", ",", "which", "the", "FTC", "fined", ",", "sued", "."]
    heads = [7, 0, 5, 4, 5, 0, 0, 7, 7]
    deps = ["nsubj", "punct", "dobj", "det", "nsubj", "relcl", "punct", "ROOT", "punct"]
    pos = ["PROPN", "PUNCT", "PRON", "DET", "PROPN", "VERB", "PUNCT", "VERB", "PUNCT"]
    doc = build(words, heads, deps, pos=pos, lemmas=[w.lower() for w in words[:5]] + ["fine", ",", "sue", "."],
                ents={(0, 1): "Company", (4, 5): "GovernmentBody"})
    idx = EntityIndex.of(doc)
    assert described_noun(doc[2], idx).i == 0 and described_noun(doc[4], idx).i == 4
    doc = build(["Orrin", ",", "which", "Microsoft", "invested", "in", ",", "sued", "."], [7, 0, 5, 4, 0, 4, 0, 7, 7],
                ["nsubj", "punct", "pobj", "nsubj", "relcl", "prep", "punct", "ROOT", "punct"],
                pos=["PROPN", "PUNCT", "PRON", "PROPN", "VERB", "ADP", "PUNCT", "VERB", "PUNCT"],
                ents={(0, 1): "Company", (3, 4): "Company"})
    assert described_noun(doc[2], EntityIndex.of(doc)).i == 0
    # no name before the clause ("the deal, which the FTC fined"), or a verb of reacting ("Getty, which the Guild
    # welcomed": the event before it, more often than the name the parser hung the clause on): the pronoun stays
    doc = build(words, heads, deps, pos=pos, lemmas=["deal", ",", "which", "the", "FTC", "fine", ",", "sue", "."],
                ents={(4, 5): "GovernmentBody"})
    assert described_noun(doc[2], EntityIndex.of(doc)).i == 2
    doc = build(words, heads, deps, pos=pos, lemmas=["Zentrix", ",", "which", "the", "FTC", "welcome", ",", "sue", "."],
                ents={(0, 1): "Company", (4, 5): "GovernmentBody"})
    assert described_noun(doc[2], EntityIndex.of(doc)).i == 2
    # a "which" that is no relative clause's object stays itself ("asked which firms complied")
    doc = build(["It", "asked", "which", "firms", "complied"], [1, 1, 3, 4, 1],
                ["nsubj", "ROOT", "det", "nsubj", "ccomp"], pos=["PRON", "VERB", "DET", "NOUN", "VERB"])
    assert described_noun(doc[2], EntityIndex.of(doc)).i == 2


def test_action_args_a_verb_of_handing_over_gives_its_with_noun_agent_and_target():
    from kg.nlp.actions.args import carried_with
    from tests.nlp.learn.test_detect import with_phrase

    doc = with_phrase("hit", "hit", "fine")  # "The FTC hit Rytr with a fine ."
    assert carried_with(doc[6], doc[4], syntax()) == (doc[1], [doc[3]])
    a = noun_args(doc[6], EntityIndex.of(doc))
    assert (a.agents, a.targets) == (["FTC"], ["Rytr"])
    # "Meta was slapped with a lawsuit by Getty .": the passive subject is the target, the "by" phrase the agent
    doc = build(["Meta", "was", "slapped", "with", "a", "lawsuit", "by", "Getty", "."], [2, 2, 2, 2, 5, 3, 2, 6, 2],
                ["nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "agent", "pobj", "punct"],
                pos=["PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                lemmas=["Meta", "be", "slap", "with", "a", "lawsuit", "by", "Getty", "."],
                ents={(0, 1): "Company", (7, 8): "Company"})
    a = noun_args(doc[5], EntityIndex.of(doc))
    assert (a.agents, a.targets) == (["Getty"], ["Meta"])
    # "Meta complied with the order .": complying hands nobody anything
    doc = build(["Meta", "complied", "with", "the", "order", "."], [1, 1, 1, 4, 2, 1],
                ["nsubj", "ROOT", "prep", "det", "pobj", "punct"], pos=pos("X", "V", "A", "DET", "N", "U"),
                lemmas=["Meta", "comply", "with", "the", "order", "."], ents={(0, 1): "Company"})
    assert carried_with(doc[4], doc[2], syntax()) is None


def test_action_args_an_object_naming_no_one_acts_on_its_of_theme():
    # "The Garante suspended downloads of DeepSeek ." : what the downloads are of is what is suspended
    words = ["The", "Garante", "suspended", "downloads", "of", "DeepSeek", "."]
    doc = build(words, [1, 2, 2, 2, 3, 4, 2], ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                pos=pos("DET", "X", "V", "N", "A", "X", "U"),
                lemmas=["the", "Garante", "suspend", "download", "of", "DeepSeek", "."],
                ents={(1, 2): "GovernmentBody", (5, 6): "Company"})
    lex = lexicon()
    a = verb_args(doc[2], EntityIndex.of(doc), lex, lex[("suspend", "VERB")])
    assert (a.agents, a.targets) == (["Garante"], ["DeepSeek"])
    # "The Garante suspended DeepSeek 's downloads of apps ." : a name of its own is the target, not the "of"
    words = ["The", "Garante", "suspended", "DeepSeek", "'s", "downloads", "of", "Apps", "."]
    doc = build(words, [1, 2, 2, 5, 3, 2, 5, 6, 2],
                ["det", "nsubj", "ROOT", "poss", "case", "dobj", "prep", "pobj", "punct"],
                pos=pos("DET", "X", "V", "X", "U", "N", "A", "X", "U"),
                lemmas=["the", "Garante", "suspend", "DeepSeek", "'s", "download", "of", "Apps", "."],
                ents={(1, 2): "GovernmentBody", (3, 4): "Company", (7, 8): "AIModel"})
    a = verb_args(doc[2], EntityIndex.of(doc), lex, lex[("suspend", "VERB")])
    assert a.targets == ["DeepSeek"]


def test_action_args_no_theme_for_a_noun_of_a_party_a_prepositions_object_or_a_reaction():
    from kg.nlp.actions.args import themes

    def of_phrase(verb: str, lemma: str, noun: str, dep: str = "dobj"):
        # "The Garante <verb> the <noun> of DeepSeek ." (dep "pobj": "... <verb> on the <noun> of DeepSeek .")
        words = ["The", "Garante", verb, "the", noun, "of", "DeepSeek", "."]
        return build(words, [1, 2, 2, 4, 2, 4, 5, 2], ["det", "nsubj", "ROOT", "det", dep, "prep", "pobj", "punct"],
                     pos=pos("DET", "X", "V", "DET", "N", "A", "X", "U"),
                     lemmas=["the", "Garante", lemma, "the", noun, "of", "DeepSeek", "."],
                     ents={(1, 2): "GovernmentBody", (6, 7): "Company"})

    doc = of_phrase("banned", "ban", "use")
    assert themes(doc[4], "Garante", EntityIndex.of(doc)) == ["DeepSeek"]
    for doc in (of_phrase("fined", "fine", "maker"), of_phrase("fined", "fine", "unit"),
                of_phrase("welcomed", "welcome", "backing"), of_phrase("banned", "ban", "use", dep="pobj")):
        assert themes(doc[4], "Garante", EntityIndex.of(doc)) == [], doc.text


def test_action_args_a_rounds_possessor_raised_it_and_its_leader_invested():
    # "Mistral 's round was led by ASML ." : the possessor of a round (recipient_nouns) receives it; "lead" carries it
    doc = build(["Mistral", "'s", "round", "was", "led", "by", "ASML", "."], [2, 0, 4, 4, 4, 4, 5, 4],
                ["poss", "case", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
                pos=["PROPN", "PART", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
                tags=["NNP", "POS", "NN", "VBD", "VBN", "IN", "NNP", "."],
                lemmas=["Mistral", "'s", "round", "be", "lead", "by", "ASML", "."],
                ents={(0, 1): "Company", (6, 7): "Company"})
    a = noun_args(doc[2], EntityIndex.of(doc))
    assert (a.agents, a.targets) == (["ASML"], ["Mistral"])
    # "Microsoft 's investment in OpenAI": the possessor of another action noun is its agent
    doc = build(["Microsoft", "'s", "investment", "in", "OpenAI", "."], [2, 0, 2, 2, 3, 2],
                ["poss", "case", "ROOT", "prep", "pobj", "punct"],
                pos=["PROPN", "PART", "NOUN", "ADP", "PROPN", "PUNCT"], lemmas=["Microsoft", "'s", "investment", "in",
                                                                                "OpenAI", "."],
                ents={(0, 1): "Company", (4, 5): "Company"})
    a = noun_args(doc[2], EntityIndex.of(doc))
    assert (a.agents, a.targets) == (["Microsoft"], ["OpenAI"])


def test_action_args_a_duty_kept_or_broken_is_imposed_by_no_one_here():
    """"Velquist breached its obligations", "Velquist must comply with the requirements": the duty exists already
    (duty_verbs of data/clause_words.json); "the Commission imposed obligations on Velquist" still reads."""
    from kg.nlp.actions.args import kept_duty

    doc = build(["Velquist", "breached", "its", "obligations", "."], [1, 1, 3, 1, 1],
                ["nsubj", "ROOT", "poss", "dobj", "punct"], ents={(0, 1): "Company"},
                lemmas=["velquist", "breach", "its", "obligation", "."])
    assert kept_duty(doc[3]) and noun_args(doc[3], EntityIndex.of(doc)) is None
    doc = build(["Velquist", "must", "comply", "with", "the", "requirements", "."], [2, 2, 2, 2, 5, 3, 2],
                ["nsubj", "aux", "ROOT", "prep", "det", "pobj", "punct"], ents={(0, 1): "Company"},
                lemmas=["velquist", "must", "comply", "with", "the", "requirement", "."])
    assert kept_duty(doc[5])
    doc = build(["The", "Commission", "imposed", "obligations", "on", "Velquist", "."], [1, 2, 2, 2, 3, 4, 2],
                ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                ents={(1, 2): "GovernmentBody", (5, 6): "Company"},
                lemmas=["the", "commission", "impose", "obligation", "on", "velquist", "."])
    assert not kept_duty(doc[3])
