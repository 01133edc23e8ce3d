"""The learned-names layer on constructed parses: which proper-noun runs it looks at, and that only a confident
name model (here a stand-in) makes one an entity."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from kg.nlp.entities import learned_names as ln
from tests.nlp.constructed import build

SENT = "Human Rights Monitor criticized the change , saying the company had abandoned its commitment .".split()


def flat(words: list[str], pos: list[str], ents: dict | None = None):
    """One sentence, every word attached to the fourth (the verb), as a parse would at worst."""
    heads = [3 if i != 3 else 3 for i in range(len(words))]
    deps = ["dep" if i != 3 else "ROOT" for i in range(len(words))]
    return build(words, heads, deps, pos=pos, ents=ents)


def sentence_pos(n_names: int, words: list[str]) -> list[str]:
    return ["PROPN"] * n_names + ["VERB" if w.endswith("ed") else "PUNCT" if w in ",." else "NOUN"
                                  for w in words[n_names:]]


@pytest.fixture
def model(monkeypatch):
    """A name model that calls every name a research organisation with the probability set in `model.p`."""
    class Stub:
        p = 0.9
    monkeypatch.setattr(ln, "by_name_model", lambda text: ("ResearchOrganization", Stub.p))
    return Stub


def test_learned_names_types_an_uncovered_proper_noun_run(model):
    doc = flat(SENT, sentence_pos(3, SENT))
    assert [(s.text, s.label_) for s in ln.learned_names(doc, [], 0.8)] == [("Human Rights Monitor", "ResearchOrganization")]


def test_learned_names_needs_a_confident_model(model):
    model.p = 0.6
    assert ln.learned_names(flat(SENT, sentence_pos(3, SENT)), [], 0.8) == []


def test_learned_names_skips_pieces_of_names_found_already(model):
    words = ["Delphia", "(", "USA", ")", "criticized", *SENT[4:]]
    doc = flat(words, ["PROPN", "PUNCT", "PROPN", "PUNCT"] + sentence_pos(0, words[4:]))
    found = [Span(doc, 0, 1, label="Company")]
    assert ln.learned_names(doc, found, 0.8) == []


@pytest.mark.parametrize("first", [["Tuesday"], ["Committee"], ["AI"]])
def test_learned_names_skips_calendar_generic_and_short_words(model, first):
    words = [*first, *SENT[3:]]
    doc = flat(words, sentence_pos(len(first), words))
    assert ln.learned_names(doc, [], 0.8) == []


def test_learned_names_skips_title_case_lines(model):
    words = "Human Rights Monitor : Critics Say Company Abandoned Its Commitment".split()
    doc = flat(words, ["PROPN"] * 3 + ["PUNCT"] + ["NOUN"] * (len(words) - 4))
    assert ln.learned_names(doc, [], 0.8) == []


def test_learned_names_a_list_item_before_and_the_is_no_piece_of_the_next_name(model):
    # "invoked the Cybersecurity Law , the Data Security Law and the Personal Information Law against chips sold here ."
    words = ("invoked the Cybersecurity Law , the Data Security Law and the Personal Information Law against chips sold "
             "there .").split()
    pos = ["VERB", "DET", "PROPN", "PROPN", "PUNCT", "DET", "PROPN", "PROPN", "PROPN", "CCONJ", "DET", "PROPN", "PROPN",
           "PROPN", "ADP", "NOUN", "VERB", "ADV", "PUNCT"]
    doc = build(words, [0] * len(words), ["ROOT"] + ["dep"] * (len(words) - 1), pos=pos)
    found = [Span(doc, 2, 4, label="PolicyInstrument"), Span(doc, 11, 14, label="PolicyInstrument")]
    assert [s.text for s in ln.learned_names(doc, found, 0.8)] == ["Data Security Law"]
    assert not ln.touches_a_name(doc[6:9], {2, 3})  # "Cybersecurity Law , the Data Security Law"
    words2 = "the Cybersecurity Law and the Data Security Law".split()
    doc2 = build(words2, [2] * 8, ["dep"] * 2 + ["ROOT"] + ["dep"] * 5)
    assert not ln.touches_a_name(doc2[5:8], {1, 2})  # "and the" before the run: the list's next name
    # without "the", the words after "and" go on one name: "Institute of Standards and Technology"
    words = "the Institute of Standards and Technology said".split()
    doc = build(words, [6] * 7, ["dep"] * 6 + ["ROOT"], pos=["DET", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB"])
    assert ln.learned_names(doc, [Span(doc, 1, 4, label="ResearchOrganization")], 0.8) == []


def test_learned_names_a_line_too_short_to_judge_is_skipped(model):
    words = ["Human", "Rights", "Monitor", "criticized", "it", "."]  # one title word beside the name: no verdict
    doc = flat(words, sentence_pos(3, words))
    assert ln.learned_names(doc, [], 0.8) == []
    longer = flat(SENT, sentence_pos(3, SENT))
    assert [s.text for s in ln.learned_names(longer, [], 0.8)] == ["Human Rights Monitor"]


def test_learned_names_an_amount_or_a_date_beside_a_run_is_no_name_it_continues(model):
    # "The office fined Teutrix 4 million euros on Tuesday for abusing its position ."
    words = "The office fined Teutrix 4 million euros on Tuesday for abusing its position .".split()
    pos = ["DET", "NOUN", "VERB", "PROPN", "NUM", "NUM", "NOUN", "ADP", "PROPN", "ADP", "VERB", "PRON", "NOUN", "PUNCT"]
    doc = flat(words, pos)
    amount, day = Span(doc, 4, 7, label="MONEY"), Span(doc, 8, 9, label="DATE")
    assert [s.text for s in ln.learned_names(doc, [amount, day], 0.8)] == ["Teutrix"]


def test_learned_names_a_run_right_beside_a_name_the_tagger_cut_short_completes_it(model):
    # "The commission fined Mirae Dialog 3 million won .": the tagger found "Mirae" only
    words = "The commission fined Mirae Dialog 3 million won on Tuesday for selling user data .".split()
    pos = ["DET", "NOUN", "VERB", "PROPN", "PROPN", "NUM", "NUM", "NOUN", "ADP", "PROPN", "ADP", "VERB", "NOUN",
           "NOUN", "PUNCT"]
    doc = flat(words, pos)
    assert [(s.text, s.label_) for s in ln.learned_names(doc, [Span(doc, 3, 4, label="Company")], 0.8)] == \
        [("Mirae Dialog", "ResearchOrganization")]
    # not a name the gazetteer knows, nor a place, nor across a generic word
    assert ln.learned_names(doc, [Span(doc, 3, 4, label="Company", span_id="gaz:mirae")], 0.8) == []
    assert ln.learned_names(doc, [Span(doc, 3, 4, label="Jurisdiction")], 0.8) == []
    doc[4].lemma_ = "Commission"
    generic = flat([*words[:4], "Commission", *words[5:]], pos)
    assert ln.learned_names(generic, [Span(generic, 3, 4, label="Company")], 0.8) == []
