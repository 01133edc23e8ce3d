"""A name closed by a company's legal form is a company."""
from __future__ import annotations

import pytest

from kg.nlp.entities.legal_names import legal_name_spans
from tests.nlp.constructed import build


def spans(words: list[str]) -> list[str]:
    doc = build(words, [0] * len(words), ["ROOT"] + ["dep"] * (len(words) - 1))  # one sentence
    return [doc[s:e].text for s, e in legal_name_spans(doc)]


def test_legal_name_spans_run_back_over_capitalised_words():
    assert spans(["drafted", "by", "Harrow", "Vance", "LLP", "."]) == ["Harrow Vance LLP"]
    assert spans(["Kestrel", "&", "Wu", "LLP", "advises"]) == ["Kestrel & Wu LLP"]
    assert spans(["to", "TikTok", "Information", "Technologies", "UK", "Limited"]) == \
        ["TikTok Information Technologies UK Limited"]
    assert spans(["The", "Acme", "Widgets", "Inc.", "said"]) == ["Acme Widgets Inc."]  # "The" left out
    # the legal forms of other countries
    assert spans(["Tsubame", "Intelligence", "K.K.", "released"]) == ["Tsubame Intelligence K.K."]
    assert spans(["Lumen", "Robotics", "Oy", "and", "Vasa", "Data", "A/S"]) == ["Lumen Robotics Oy", "Vasa Data A/S"]
    assert spans(["fined", "Helix", "Minds", "S.A.S."]) == ["Helix Minds S.A.S."]


def test_legal_name_spans_leave_out_what_is_no_such_name():
    assert spans(["Acme", "and", "Zenith", "Corp.", "signed"]) == ["Zenith Corp."]  # two names, not one
    assert spans(["a", "limited", "company"]) == [] and spans(["Inc."]) == []
    assert spans(["OpenAI", "Inc.", "said"]) == []  # the gazetteer knows OpenAI
    assert spans(["Meta", "Platforms", ",", "Inc.", "said"]) == []
    assert spans(["the", "Massachusetts", "AG", "sued"]) == []  # the attorney general's AG is no legal form
    assert spans(["California", "AB", "2655"]) == []  # an Assembly Bill
    assert spans(["Las", "Vegas", ",", "NV", ",", "said"]) == []  # Nevada
    assert spans(["Lufthansa", ",", "SAS", "and", "Finnair"]) == []  # an airline
    assert spans(["Attorney", "General", "K.K.", "Venugopal", "said"]) == []  # a person's initials


def test_a_company_is_also_named_without_its_legal_form():
    from kg.nlp.entities.doc_aliases import short_forms

    for words, forms in ((["Tembusu", "Capital", "Ltd."], ["Tembusu Capital", "Tembusu"]),
                         (["Meta", "Platforms", ",", "Inc."], ["Meta Platforms", "Meta"]),
                         (["Wattle", "AI", "Pty", "Ltd"], ["Wattle AI", "Wattle"]),
                         (["Helix", "Labs", "Oy"], ["Helix Labs", "Helix"]),
                         (["Nimbus", "Labs"], ["Nimbus"]),
                         (["Goldman", "Sachs", "&", "Co.", "LLC"], ["Goldman Sachs", "Goldman"])):
        doc = build(words + ["said"], [len(words)] * len(words) + [len(words)], ["dep"] * len(words) + ["ROOT"],
                    ents={(0, len(words)): "Company"})
        assert short_forms(doc.ents[0]) == forms, words


@pytest.mark.parametrize("words, forms", [
    (["Rideau", "Learning", "Inc."], ["Rideau Learning", "Rideau"]),  # a first word of its own
    (["Tarang", "Credit"], ["Tarang"]),
    (["Korea", "Development", "Bank"], []),  # a place
    (["European", "Innovation", "Council", "Fund"], []),  # an adjective
    (["Google", "DeepMind"], []),  # the gazetteer's Google is another company
])
def test_a_company_is_also_named_by_its_own_first_word(words, forms):
    from kg.nlp.entities.doc_aliases import short_forms

    doc = build(words + ["said"], [len(words)] * len(words) + [len(words)], ["dep"] * len(words) + ["ROOT"],
                ents={(0, len(words)): "Company"})
    assert short_forms(doc.ents[0]) == forms


def test_an_adjective_is_no_first_word_and_an_english_word_starting_a_sentence_no_use(nlp):
    from kg.nlp.entities.doc_aliases import short_forms

    doc = nlp("The Nordic Learning Fund led the round, and Bytown Capital joined.")
    named = {e.text: short_forms(e) for e in doc.ents}
    assert named.get("Bytown Capital") == ["Bytown"] and "Nordic" not in named.get("Nordic Learning Fund", []), named
    # "Founders of startups opposed the bill" is no use of Founders Fund, nor "Lead investors" of Lead Edge Capital
    doc = nlp("Lead Edge Capital invested in Tarang Credit. Lead investors praised Tarang.")
    assert [e.text for e in doc.ents if e.label_ == "Company"] == ["Lead Edge Capital", "Tarang Credit", "Tarang"]


@pytest.mark.parametrize("text, name", [
    ("The advisory was drafted by Harrow Vance LLP, a law firm in Brussels.", "Harrow Vance LLP"),
    ("The ICO fined Snap Group Limited.", "Snap Group Limited"),  # not the gazetteer's "Snap" inside it
])
def test_a_legal_name_is_one_company_not_a_person_in_it(parse, text, name):
    ents = {e.name: e.type for e in parse(text).entities.values()}
    assert ents.get(name) == "Company" and "Person" not in ents.values(), ents


def test_a_short_form_before_a_number_is_no_use_of_the_company():
    # "Bursztyn AI released Bursztyn 2. Bursztyn said ...": the model is no use of the company's short form
    from kg.nlp.entities.doc_aliases import uses_of, word_positions

    words = ["Bursztyn", "AI", "released", "Bursztyn", "2", ".", "Bursztyn", "said", "so"]
    doc = build(words, [2, 0, 2, 2, 3, 2, 7, 7, 7], ["compound", "nsubj", "ROOT", "dobj", "nummod", "punct",
                                                     "nsubj", "ROOT", "advmod"], ents={(0, 2): "Company"})
    # (position 0 lies inside the defining name, which later_uses leaves alone as a tagged entity)
    assert uses_of(doc, "Bursztyn", doc.ents[0], word_positions(doc, {"Bursztyn"})) == [0, 6]
    # an amount after the name is no version: "fined Bursztyn 2 million"
    words = ["Bursztyn", "AI", "was", "fined", ".", "They", "fined", "Bursztyn", "2", "million"]
    doc = build(words, [1, 3, 3, 3, 3, 6, 6, 6, 9, 6], ["compound", "nsubjpass", "auxpass", "ROOT", "punct", "nsubj",
                                                         "ROOT", "dobj", "compound", "dobj"], ents={(0, 2): "Company"})
    assert uses_of(doc, "Bursztyn", doc.ents[0], word_positions(doc, {"Bursztyn"})) == [0, 7]


def test_legal_name_spans_a_nordic_form_before_a_number_is_a_bill_s_unless_an_amount_follows():
    assert spans(["supplied", "by", "Siktlinje", "AB", ","]) == ["Siktlinje AB"]
    assert spans(["Newsom", "signed", "California", "AB", "1018", "."]) == []  # Assembly Bill 1018
    assert spans(["fined", "Kvarnby", "Livs", "AB", "6", "million", "kronor"]) == ["Kvarnby Livs AB"]
