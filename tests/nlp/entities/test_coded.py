"""Instruments named by a kind word and a code (kg/nlp/entities/coded.py), each rule on a constructed document."""
from __future__ import annotations

from kg.nlp.entities.coded import coded_names, place_coded
from tests.nlp.constructed import build


def flat(words, ents=None, ids=None, spaces=None, labels=None):
    """One sentence, every word hanging on the last-but-one (the parse does not matter to these rules)."""
    root = len(words) - 2
    return build(words, [root] * len(words), ["dep"] * root + ["ROOT", "punct"], ents=ents, ids=ids, spaces=spaces,
                 labels=labels)


def names(doc):
    return [s.text for s in coded_names(doc)]


def test_coded_a_kind_word_and_a_code_name_an_instrument():
    assert names(flat(["it", "is", "part", "of", "Bill", "C-27", ",", "which", "died", "."])) == ["Bill C-27"]
    assert names(flat(["the", "EDPB", "adopted", "Opinion", "28/2024", "in", "December", "."])) == ["Opinion 28/2024"]


def test_coded_title_words_and_the_year_belong_to_the_name():
    words = ["register", "under", "Government", "Regulation", "No", ".", "71", "of", "2019", "now", "."]
    assert names(flat(words)) == ["Government Regulation No . 71 of 2019"]
    words = ["before", "Law", "No.", "132", "of", "23", "September", "2025", ",", "Italy", "'s", "law", "."]
    assert names(flat(words)) == ["Law No. 132 of 23 September 2025"]


def test_coded_a_code_the_tokenizer_cut_at_its_hyphen_is_one_code():
    words = ["the", "bureau", "issued", "Consumer", "Financial", "Protection", "Circular", "2022", "-", "03", "today", "."]
    spaces = [True] * 7 + [False, False, True, True, False]
    assert names(flat(words, spaces=spaces)) == ["Consumer Financial Protection Circular 2022-03"]
    # a hyphen between spaces is a dash, not part of the code
    words = ["under", "Law", "25", "-", "2024", "rules", "came", "."]
    assert names(flat(words)) == ["Law 25"]


def test_coded_no_code_no_name():
    assert names(flat(["the", "Bill", "passed", "on", "Friday", "."])) == []
    assert names(flat(["a", "bill", "C-27", "passed", "."])) == []  # the kind word is capitalised in a name
    assert names(flat(["the", "Act", "2021", "passed", "."])) == []  # a year alone is the title rules' to read
    assert names(flat(["Chapter", "11", "protection", "came", "."])) == []  # a part of a law or a bankruptcy


def test_coded_a_known_issuer_or_a_code_part_is_held_by_the_name():
    words = ["it", "cites", "NIST", "Special", "Publication", "800", "-", "218A", "today", "."]
    spaces = [True] * 5 + [False, False, True, True, False]
    doc = flat(words, ents={(2, 3): "GovernmentBody"}, ids={(2, 3): "nist"}, spaces=spaces)
    placed = place_coded(list(doc.ents), coded_names(doc))
    assert [(e.text, e.label_) for e in placed] == [("NIST Special Publication 800-218A", "PolicyInstrument")]
    words = ["it", "applied", "Directive", "(", "EU", ")", "2019/790", "on", "copyright", "."]
    doc = flat(words, ents={(4, 5): "Jurisdiction"}, ids={(4, 5): "european-union"})
    assert [e.text for e in place_coded(list(doc.ents), coded_names(doc))] == ["Directive ( EU ) 2019/790"]


def test_coded_a_name_read_as_a_law_or_a_known_instrument_stays():
    words = ["Senate", "Bill", "1047", "and", "the", "AI", "Act", "passed", "."]
    doc = flat(words, ents={(0, 3): "PolicyInstrument"}, labels={(0, 3): "LAW"})
    assert [e.text for e in place_coded(list(doc.ents), coded_names(doc))] == ["Senate Bill 1047"]
    words = ["the", "Online", "Safety", "Act", "No", ".", "5", "passed", "."]
    doc = flat(words, ents={(1, 4): "PolicyInstrument"}, ids={(1, 4): "online-safety-act"})
    assert [e.text for e in place_coded(list(doc.ents), coded_names(doc))] == ["Online Safety Act"]


def test_coded_a_law_name_the_code_goes_on_from_is_a_piece_of_it():
    words = ["Lamont", "signed", "Public", "Act", "23", "-", "16", "into", "law", "."]
    spaces = [True, True, True, True, False, False, True, True, False, False]
    doc = flat(words, ents={(2, 4): "PolicyInstrument"}, labels={(2, 4): "LAW"}, spaces=spaces)
    assert [e.text for e in place_coded(list(doc.ents), coded_names(doc))] == ["Public Act 23-16"]


def test_coded_a_name_the_tagger_misread_is_replaced():
    words = ["register", "with", "the", "ministry", "under", "Government", "Regulation", "No.", "71", "."]
    doc = flat(words, ents={(3, 9): "Company"})
    placed = place_coded(list(doc.ents), coded_names(doc))
    assert [(e.text, e.label_) for e in placed] == [("Government Regulation No. 71", "PolicyInstrument")]
