"""Names introduced by what they are (kg/nlp/entities/described.py), on constructed sentences."""
from __future__ import annotations

from spacy.tokens import Span

from kg.nlp.entities.described import described_names
from tests.nlp.constructed import build


def names(words: list[str], pos: list[str], ents: dict | None = None) -> list[tuple[str, str]]:
    doc = build(words, [0] * len(words), ["ROOT"] + ["dep"] * (len(words) - 1), pos=pos,
                spaces=[not (w == "-" or nxt == "-") for w, nxt in zip(words, words[1:] + [""])])
    kept = [Span(doc, s, e, label=cls) for (s, e), cls in (ents or {}).items()]
    return [(s.text, s.label_) for s in described_names(doc, kept)]


def test_a_run_of_proper_nouns_after_a_descriptor_noun_is_a_name_of_its_class():
    # "fined Seoul start-up Hanbit Mind 840 million won": the hyphenated descriptor, the amount left out
    words = ["PIPC", "fined", "Seoul", "start", "-", "up", "Hanbit", "Mind", "840", "million", "won"]
    pos = ["PROPN", "VERB", "PROPN", "NOUN", "PUNCT", "NOUN", "PROPN", "PROPN", "NUM", "NUM", "NOUN"]
    assert names(words, pos, {(0, 1): "GovernmentBody", (2, 3): "Jurisdiction"}) == [("Hanbit Mind", "Company")]
    # "the lender Pesa Haraka", "the regulator Ofcom"
    assert names(["sued", "the", "lender", "Pesa", "Haraka"], ["VERB", "DET", "NOUN", "PROPN", "PROPN"]) == \
        [("Pesa Haraka", "Company")]
    assert names(["said", "the", "regulator", "Ofqual"], ["VERB", "DET", "NOUN", "PROPN"]) == \
        [("Ofqual", "GovernmentBody")]
    # "from the venture fund Kaszek": an investor is a firm
    assert names(["from", "the", "venture", "fund", "Kaszek"], ["ADP", "DET", "NOUN", "NOUN", "PROPN"]) == \
        [("Kaszek", "Company")]


def test_a_group_is_a_research_organisation_after_its_qualifier_and_a_firm_otherwise():
    pos = ["VERB", "NOUN", "NOUN", "PROPN"]
    assert names(["backed", "campaign", "group", "Foxglove"], pos) == [("Foxglove", "ResearchOrganization")]
    assert names(["fined", "logistics", "group", "Straitway"], pos) == [("Straitway", "Company")]


def test_the_name_ends_before_a_day_a_second_name_or_a_currency_code():
    pos = ["NOUN", "PROPN", "PROPN", "ADP", "PROPN", "VERB"]
    assert names(["start-up", "Kelong", "Labs", "on", "Tuesday", "said"], pos) == [("Kelong Labs", "Company")]
    words = ["firm", "Merlion", "Freight", "and", "the", "AI", "Institute"]
    pos = ["NOUN", "PROPN", "PROPN", "CCONJ", "DET", "PROPN", "PROPN"]
    assert names(words, pos) == [("Merlion Freight", "Company")]
    words = ["retailer", "Klaver", "Retail", "EUR", "1.2", "million"]
    assert names(words, ["NOUN", "PROPN", "PROPN", "PROPN", "NUM", "NUM"]) == [("Klaver Retail", "Company")]


def test_no_name_without_a_descriptor_or_where_one_is_kept_or_for_a_person():
    assert names(["said", "the", "company", "Monday"], ["VERB", "DET", "NOUN", "PROPN"]) == []  # a day
    assert names(["met", "the", "senator", "Ted", "Cruz"], ["VERB", "DET", "NOUN", "PROPN", "PROPN"]) == []
    assert names(["fined", "the", "Acme", "Corp"], ["VERB", "DET", "PROPN", "PROPN"]) == []  # no descriptor
    assert names(["the", "firm", "Acme", "Corp"], ["DET", "NOUN", "PROPN", "PROPN"], {(2, 4): "Company"}) == []


def test_no_name_from_a_title_a_common_word_or_a_modifier():
    pos = ["DET", "NOUN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"]
    assert names(["The", "bank", "Chief", "Economist", "Huw", "Pill", "said"], pos) == []  # a person's title
    assert names(["The", "company", "Board", "approved"], ["DET", "NOUN", "PROPN", "VERB"]) == []  # a generic word
    words = ["the", "airline", "AI", "chatbot", "erred"]  # "AI" modifies "chatbot"
    doc = build(words, [3, 3, 3, 4, 4], ["det", "compound", "compound", "nsubj", "ROOT"],
                pos=["DET", "NOUN", "PROPN", "NOUN", "VERB"])
    assert described_names(doc, []) == []


def test_who_leads_a_round_of_funding_is_a_firm():
    # "closed a round led by Kaszek ." / "the protest was led by Lopez ."
    doc = build(["closed", "a", "round", "led", "by", "Kaszek", "."], [0, 2, 0, 2, 3, 4, 0],
                ["ROOT", "det", "dobj", "acl", "agent", "pobj", "punct"],
                pos=["VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
                lemmas=["close", "a", "round", "lead", "by", "Kaszek", "."])
    assert [(s.text, s.label_) for s in described_names(doc, [])] == [("Kaszek", "Company")]
    doc = build(["the", "protest", "was", "led", "by", "Lopez", "."], [1, 3, 3, 3, 3, 4, 3],
                ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
                pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
                lemmas=["the", "protest", "be", "lead", "by", "Lopez", "."])
    assert described_names(doc, []) == []
