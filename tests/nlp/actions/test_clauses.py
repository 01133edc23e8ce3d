"""Clause structure on constructed parses: the subject a verb inherits (kg/nlp/actions/clauses.py)."""
from __future__ import annotations

from kg.nlp.actions.clauses import by_agent, negated, subject_of
from tests.nlp.constructed import build


def test_clauses_a_relative_pronoun_subject_is_the_noun_described():
    # "the company which sued OpenAI"
    doc = build(["the", "company", "which", "sued", "OpenAI"], [1, 1, 3, 1, 3], ["det", "ROOT", "nsubj", "relcl", "dobj"],
                pos=["DET", "NOUN", "PRON", "VERB", "PROPN"])
    assert subject_of(doc[3]) == (doc[1], False)


def test_clauses_a_complement_inherits_the_subject_and_only_the_first_verb_is_passive():
    # "OpenAI agreed to pay"
    doc = build(["OpenAI", "agreed", "to", "pay"], [1, 1, 3, 1], ["nsubj", "ROOT", "aux", "xcomp"],
                pos=["PROPN", "VERB", "PART", "VERB"])
    assert subject_of(doc[3]) == (doc[0], False)
    # "Snap was asked to pay": the asking is passive, the paying is not
    doc = build(["Snap", "was", "asked", "to", "pay"], [2, 2, 2, 4, 2], ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp"],
                pos=["PROPN", "AUX", "VERB", "PART", "VERB"], tags=["NNP", "VBD", "VBN", "TO", "VB"])
    assert subject_of(doc[2]) == (doc[0], True)
    assert subject_of(doc[4]) == (doc[0], False)


def test_clauses_a_participle_of_a_noun_has_no_subject_and_is_passive():
    # "the order signed by Biden"
    doc = build(["the", "order", "signed", "by", "Biden"], [1, 1, 1, 2, 3], ["det", "ROOT", "acl", "agent", "pobj"],
                pos=["DET", "NOUN", "VERB", "ADP", "PROPN"], tags=["DT", "NN", "VBN", "IN", "NNP"])
    assert subject_of(doc[2]) == (None, True)


def test_clauses_the_infinitive_of_a_negative_implicative_is_negated():
    # "Meta declined to sign the code": no signing happened; "Meta agreed to sign the code": it did
    for verb, lemma, neg in (("declined", "decline", True), ("refused", "refuse", True), ("failed", "fail", True),
                             ("agreed", "agree", False)):
        doc = build(["Meta", verb, "to", "sign", "the", "code"], [1, 1, 3, 1, 5, 3],
                    ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"], pos=["PROPN", "VERB", "PART", "VERB", "DET", "NOUN"],
                    lemmas=["Meta", lemma, "to", "sign", "the", "code"])
        assert negated(doc[3]) is neg, verb
        assert negated(doc[1]) is False  # the declining itself is no negation


def test_clauses_what_is_ruled_out_or_refused_did_not_happen():
    # "eSafety ruled out banning the apps", "eSafety ruled out a ban": no ban; "eSafety ruled on a ban": no negation
    words, heads = ["eSafety", "ruled", "out", "banning", "apps"], [1, 1, 1, 1, 3]
    pos = ["PROPN", "VERB", "ADP", "VERB", "NOUN"]
    for prt, dep, neg in (("out", "prt", True), ("on", "prep", False)):
        doc = build(["eSafety", "ruled", prt, "banning", "apps"], heads, ["nsubj", "ROOT", dep, "xcomp", "dobj"],
                    pos=pos, lemmas=["esafety", "rule", prt, "ban", "app"])
        assert negated(doc[3]) is neg, prt
    for verb, lemma, neg in (("ruled", "rule", True), ("refused", "refuse", True), ("failed", "fail", False),
                             ("announced", "announce", False)):
        extra = ["out"] if lemma == "rule" else []
        words = ["eSafety", verb, *extra, "a", "ban"]
        n = len(words)
        deps = ["nsubj", "ROOT", *["prt"] * len(extra), "det", "dobj"]
        doc = build(words, [1, 1] + [1] * len(extra) + [n - 1, 1], deps,
                    pos=["PROPN", "VERB", *["ADP"] * len(extra), "DET", "NOUN"],
                    lemmas=["esafety", lemma, *extra, "a", "ban"])
        assert negated(doc[n - 1]) is neg, verb


def test_clauses_an_action_noun_a_negative_implicative_s_infinitive_carries_is_negated():
    # "The Commission declined to open an investigation": no investigation was opened ("agreed to open" one was)
    for verb, lemma, neg in (("declined", "decline", True), ("agreed", "agree", False)):
        doc = build(["The", "Commission", verb, "to", "open", "an", "investigation"], [1, 2, 2, 4, 2, 6, 4],
                    ["det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                    pos=["DET", "PROPN", "VERB", "PART", "VERB", "DET", "NOUN"],
                    lemmas=["the", "Commission", lemma, "to", "open", "an", "investigation"])
        assert negated(doc[6]) is neg, verb
    # "The Commission did not decline to open an investigation": the declining is denied
    doc = build(["The", "Commission", "did", "not", "decline", "to", "open", "an", "investigation"],
                [1, 4, 4, 4, 4, 6, 4, 8, 6], ["det", "nsubj", "aux", "neg", "ROOT", "aux", "xcomp", "det", "dobj"],
                pos=["DET", "PROPN", "AUX", "PART", "VERB", "PART", "VERB", "DET", "NOUN"],
                lemmas=["the", "Commission", "do", "not", "decline", "to", "open", "an", "investigation"])
    assert negated(doc[8]) is False
    # "The court declined to issue an injunction": a court's declining is its ruling, read at "declined"
    doc = build(["The", "court", "declined", "to", "issue", "an", "injunction"], [1, 2, 2, 4, 2, 6, 4],
                ["det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                pos=["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN"],
                lemmas=["the", "court", "decline", "to", "issue", "an", "injunction"])
    assert negated(doc[6]) is False


def test_clauses_a_negative_implicative_never_carries_the_action_of_its_infinitive():
    # "The FTC declined to sue Zentrix": the suit, negated; "refuse" and "decline" are triggers themselves (a court's
    # ruling), and the infinitive's action was lost when they carried it for an agent that is no court
    from kg.nlp.actions.clauses import governing_trigger
    from kg.nlp.actions.triggers import lexicon

    for lemma, carried in (("decline", False), ("refuse", False), ("order", True)):
        doc = build(["The", "FTC", lemma + "d", "to", "sue", "Zentrix"], [1, 2, 2, 4, 2, 4],
                    ["det", "nsubj", "ROOT", "aux", "xcomp", "dobj"],
                    pos=["DET", "PROPN", "VERB", "PART", "VERB", "PROPN"],
                    lemmas=["the", "FTC", lemma, "to", "sue", "Zentrix"])
        outer = governing_trigger(doc[4], lexicon())
        assert (outer is not None and outer.i == 2) is carried, lemma


def test_clauses_what_a_verb_stops_short_of_did_not_happen():
    # "Komdigi stopped short of banning the project": no ban; "Komdigi stopped banning ...": no negation either way
    words = ["Komdigi", "stopped", "short", "of", "banning", "the", "project"]
    deps = ["nsubj", "ROOT", "advmod", "prep", "pcomp", "det", "dobj"]
    pos = ["PROPN", "VERB", "ADV", "ADP", "VERB", "DET", "NOUN"]
    for verb, lemma, neg in (("stopped", "stop", True), ("fell", "fall", True), ("ran", "run", False)):
        doc = build(["Komdigi", verb, *words[2:]], [1, 1, 1, 2, 3, 6, 4], deps, pos=pos,
                    lemmas=["Komdigi", lemma, "short", "of", "ban", "the", "project"])
        assert negated(doc[4]) is neg, verb
    # "Komdigi stopped short of a ban": the noun too; and the verb's subject is the agent of what it stops short of
    doc = build(["Komdigi", "stopped", "short", "of", "a", "ban"], [1, 1, 1, 2, 5, 3],
                ["nsubj", "ROOT", "advmod", "prep", "det", "pobj"], pos=["PROPN", "VERB", "ADV", "ADP", "DET", "NOUN"],
                lemmas=["Komdigi", "stop", "short", "of", "a", "ban"])
    assert negated(doc[5]) is True
    doc = build(["Komdigi", verb, *words[2:]], [1, 1, 1, 2, 3, 6, 4], deps, pos=pos,
                lemmas=["Komdigi", "stop", "short", "of", "ban", "the", "project"])
    assert subject_of(doc[4]) == (doc[0], False)
    # "the report, short of detail, criticised ...": "short of" with no verb of coming short negates nothing
    doc = build(["short", "of", "banning"], [0, 0, 1], ["ROOT", "prep", "pcomp"], pos=["ADV", "ADP", "VERB"])
    assert negated(doc[2]) is False


def test_clauses_publishing_a_draft_is_proposing_it():
    from kg.nlp.actions.extractor import as_proposal
    # "the ministry published a draft strategy": Propose, not Enact or Release
    doc = build(["the", "ministry", "published", "a", "draft", "strategy"], [1, 2, 2, 5, 5, 2],
                ["det", "nsubj", "ROOT", "det", "amod", "dobj"], pos=["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN"])
    assert as_proposal(doc[2], "Enact") == "Propose"
    assert as_proposal(doc[2], "Release") == "Propose"
    assert as_proposal(doc[2], "Oppose") == "Oppose"  # criticising a draft is still opposing it
    # "the policy was released as a draft"
    doc = build(["the", "policy", "was", "released", "as", "a", "draft"], [1, 3, 3, 3, 3, 6, 4],
                ["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj"],
                pos=["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN"])
    assert as_proposal(doc[3], "Enact") == "Propose"
    # "the ministry published the final strategy"
    doc = build(["the", "ministry", "published", "the", "final", "strategy"], [1, 2, 2, 5, 5, 2],
                ["det", "nsubj", "ROOT", "det", "amod", "dobj"], pos=["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN"])
    assert as_proposal(doc[2], "Enact") == "Enact"


def test_clauses_a_passive_by_phrase_the_parser_hung_on_the_object_is_the_agent():
    # "OpenAI was fined euros by the Garante": "by" under "euros", as the small model parses it
    doc = build(["OpenAI", "was", "fined", "euros", "by", "the", "Garante"], [2, 2, 2, 2, 3, 6, 4],
                ["nsubjpass", "auxpass", "ROOT", "dobj", "prep", "det", "pobj"],
                pos=["PROPN", "AUX", "VERB", "NOUN", "ADP", "DET", "PROPN"])
    assert by_agent(doc[2]) == doc[6]
    # "OpenAI was fined by the Garante"
    doc = build(["OpenAI", "was", "fined", "by", "the", "Garante"], [2, 2, 2, 2, 5, 3],
                ["nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj"], pos=["PROPN", "AUX", "VERB", "ADP", "DET", "PROPN"])
    assert by_agent(doc[2]) == doc[5]
    # "fined the firm of the group": no "by", no agent
    doc = build(["fined", "the", "firm", "of", "the", "group"], [0, 2, 0, 2, 5, 3],
                ["ROOT", "det", "dobj", "prep", "det", "pobj"], pos=["VERB", "DET", "NOUN", "ADP", "DET", "NOUN"])
    assert by_agent(doc[0]) is None


def test_subject_of_an_item_label_before_a_colon_is_the_name_after_it():
    """"Montana: Gov. Greg Gianforte signed the act": the parser makes the item's label the subject and hangs the
    name after the colon on it; the name is the subject. Without a colon the apposition is no subject of its own."""
    words = ["Montana", ":", "Gov.", "Gianforte", "signed", "the", "act"]
    doc = build(words, [4, 0, 3, 0, 4, 6, 4], ["nsubj", "punct", "compound", "appos", "ROOT", "det", "dobj"])
    assert subject_of(doc[4]) == (doc[3], False)
    words = ["Montana", ",", "Gov.", "Gianforte", "signed", "the", "act"]
    doc = build(words, [4, 0, 3, 0, 4, 6, 4], ["nsubj", "punct", "compound", "appos", "ROOT", "det", "dobj"])
    assert subject_of(doc[4]) == (doc[0], False)
    # "Texas: Governor Abbott vetoed the bill": the parser gives the verb both as subjects
    words = ["Texas", ":", "Governor", "Abbott", "vetoed", "the", "bill"]
    doc = build(words, [4, 0, 3, 4, 4, 6, 4], ["nsubj", "punct", "compound", "nsubj", "ROOT", "det", "dobj"])
    assert subject_of(doc[4]) == (doc[3], False)


def test_subject_of_a_descriptor_and_the_name_after_it_is_the_name():
    """"Musk's AI company xAI sued Apple": the parser makes "company" and "xAI" both subjects; the name is."""
    words = ["Musk", "'s", "company", "xAI", "sued", "Apple"]
    doc = build(words, [2, 0, 4, 4, 4, 4], ["poss", "case", "nsubj", "nsubj", "ROOT", "dobj"],
                pos=["PROPN", "PART", "NOUN", "PROPN", "VERB", "PROPN"])
    assert subject_of(doc[4]) == (doc[3], False)
    doc = build(["the", "company", "sued", "Apple"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
                pos=["DET", "NOUN", "VERB", "PROPN"])
    assert subject_of(doc[2]) == (doc[1], False)
    # the name hung on the descriptor (apposition), not on the verb: the descriptor stays the subject
    doc = build(["the", "company", "xAI", "sued", "Apple"], [1, 3, 1, 3, 3], ["det", "nsubj", "appos", "ROOT", "dobj"],
                pos=["DET", "NOUN", "PROPN", "VERB", "PROPN"])
    assert subject_of(doc[3]) == (doc[1], False)


def test_subject_of_a_dateline_s_place_and_the_story_s_subject_is_the_story_s():
    """"LONDON, March 3 - The tribunal ruled": the parser makes the dateline's city a second subject of the story's
    first verb; the story's own subject is the subject. A city that is the only subject stays it."""
    words = ["Tribunal", "rules", "\n", "LONDON", ",", "March", "3", "-", "The", "tribunal", "ruled", "."]
    heads = [1, 1, 1, 10, 3, 3, 5, 3, 9, 10, 10, 10]
    deps = ["nsubj", "ROOT", "dep", "nsubj", "punct", "npadvmod", "nummod", "punct", "det", "nsubj", "ROOT", "punct"]
    spaces = [True, False, False, False, True, True, True, True, True, True, False, False]
    doc = build(words, heads, deps, spaces=spaces,
                pos=["NOUN", "VERB", "SPACE", "PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"])
    assert subject_of(doc[10]) == (doc[9], False)
    # "LONDON, March 3 - Rain fell": one subject, the city's, stays the subject
    doc = build(words[:8] + ["fell", "."], [1, 1, 1, 8, 3, 3, 5, 3, 8, 8],
                ["nsubj", "ROOT", "dep", "nsubj", "punct", "npadvmod", "nummod", "punct", "ROOT", "punct"],
                spaces=spaces[:10])
    assert subject_of(doc[8]) == (doc[3], False)



def test_subject_of_a_dateline_s_place_coordinated_with_the_story_s_subject_is_the_story_s():
    """"LAGOS, Aug. 8 - The commission fined Okada": the parser coordinates the dateline's city with the story's
    subject (conj); the story's subject acts, not the place it was filed from."""
    words = ["Regulator", "fines", "app", "\n", "LAGOS", ",", "Aug.", "8", "-", "The", "commission", "fined", "Okada",
             "."]
    heads = [1, 1, 1, 1, 11, 4, 4, 6, 4, 10, 4, 11, 11, 11]
    deps = ["nsubj", "ROOT", "dobj", "dep", "nsubj", "punct", "appos", "nummod", "punct", "det", "conj", "ROOT", "dobj",
            "punct"]
    spaces = [True, True, False, False, False, True, True, True, True, True, True, True, False, False]
    pos = ["NOUN", "VERB", "NOUN", "SPACE", "PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "DET", "NOUN", "VERB", "PROPN",
           "PUNCT"]
    doc = build(words, heads, deps, spaces=spaces, pos=pos)
    assert subject_of(doc[11]) == (doc[10], False)

def test_subject_of_a_participle_describing_what_a_light_verb_issued_is_the_issuer():
    """"The ICO issued a notice barring Veltrix": the notice bars, the ICO acts; a noun that is no light verb's
    object ("a notice barring Veltrix was found") gives no subject."""
    words = ["The", "ICO", "issued", "a", "notice", "barring", "Veltrix", "."]
    doc = build(words, [1, 2, 2, 4, 2, 4, 5, 2], ["det", "nsubj", "ROOT", "det", "dobj", "acl", "dobj", "punct"],
                pos=["DET", "PROPN", "VERB", "DET", "NOUN", "VERB", "PROPN", "PUNCT"],
                tags=["DT", "NNP", "VBD", "DT", "NN", "VBG", "NNP", "."],
                lemmas=["the", "ICO", "issue", "a", "notice", "bar", "Veltrix", "."])
    assert subject_of(doc[5]) == (doc[1], False)
    doc[2].lemma_ = "find"  # "The ICO found a notice barring Veltrix": finding is no act through the notice
    assert subject_of(doc[5]) == (None, False)


def test_what_a_directive_orders_its_object_to_do_was_not_done_by_it():
    from kg.nlp.actions.clauses import done_by_the_directed
    from kg.nlp.records import ActionRecord

    # "The order directs NIST to publish guidance ."
    words = ["The", "order", "directs", "NIST", "to", "publish", "guidance", "."]
    heads = [1, 2, 2, 2, 5, 2, 5, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "PROPN", "PART", "VERB", "NOUN", "PUNCT"]
    lemmas = ["the", "order", "direct", "NIST", "to", "publish", "guidance", "."]
    doc = build(words, heads, deps, pos=pos, lemmas=lemmas, ents={(3, 4): "GovernmentBody"})

    def act(agent, trigger=5):
        return ActionRecord(type="Enact", evidence="", agent=agent, targets=[], trigger=trigger)

    assert done_by_the_directed(doc, act("NIST"))  # NIST is told to publish; it has not published
    assert not done_by_the_directed(doc, act(None))
    assert not done_by_the_directed(doc, act("NIST", trigger=2))  # the directive itself stands
    # "The Garante ordered OpenAI to stop": the Garante's ban read at "stop" stands
    words = ["The", "Garante", "ordered", "OpenAI", "to", "stop", "."]
    heads = [1, 2, 2, 2, 5, 2, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"]
    pos = ["DET", "PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT"]
    doc = build(words, heads, deps, pos=pos, lemmas=["the", "Garante", "order", "OpenAI", "to", "stop", "."],
                ents={(1, 2): "GovernmentBody", (3, 4): "Company"})
    assert not done_by_the_directed(doc, act("Garante"))
    assert done_by_the_directed(doc, act("OpenAI"))


def test_clauses_what_is_yet_to_happen_has_not_happened():
    # "The CMA has yet to open an investigation": the investigation (the light verb's object) is negated
    doc = build(["The", "CMA", "has", "yet", "to", "open", "an", "investigation"], [1, 2, 2, 2, 5, 2, 7, 5],
                ["det", "nsubj", "ROOT", "advmod", "aux", "xcomp", "det", "dobj"],
                pos=["DET", "PROPN", "VERB", "ADV", "PART", "VERB", "DET", "NOUN"],
                lemmas=["the", "CMA", "have", "yet", "to", "open", "an", "investigation"])
    assert negated(doc[7]) and negated(doc[5])
    doc = build(["The", "CMA", "has", "decided", "to", "open", "an", "investigation"], [1, 3, 3, 3, 5, 3, 7, 5],
                ["det", "nsubj", "aux", "ROOT", "aux", "xcomp", "det", "dobj"],
                pos=["DET", "PROPN", "AUX", "VERB", "PART", "VERB", "DET", "NOUN"],
                lemmas=["the", "CMA", "have", "decide", "to", "open", "an", "investigation"])
    assert not negated(doc[7]) and not negated(doc[5])


def test_clauses_what_did_not_happen_until_a_time_happened_then():
    # "Shopify did not sign until March": it signed in March; "Shopify did not sign": it did not
    words = ["Shopify", "did", "not", "sign", "until", "March"]
    doc = build(words, [3, 3, 3, 3, 3, 4], ["nsubj", "aux", "neg", "ROOT", "prep", "pobj"],
                pos=["PROPN", "AUX", "PART", "VERB", "ADP", "PROPN"])
    assert negated(doc[3]) is False
    doc = build(words[:4], [3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT"], pos=["PROPN", "AUX", "PART", "VERB"])
    assert negated(doc[3]) is True
    # "Shopify did not sign until it was amended": a clause "until" marks
    words = ["Shopify", "did", "not", "sign", "until", "it", "was", "amended"]
    deps = ["nsubj", "aux", "neg", "ROOT", "mark", "nsubjpass", "auxpass", "advcl"]
    doc = build(words, [3, 3, 3, 3, 7, 7, 7, 3], deps,
                pos=["PROPN", "AUX", "PART", "VERB", "SCONJ", "PRON", "AUX", "VERB"])
    assert negated(doc[3]) is False
