"""Line kinds (kg/nlp/doc/lines.py), on constructed documents."""
from __future__ import annotations

from kg.nlp.doc.lines import section_heading, title_case_line, title_words
from tests.nlp.constructed import build


def flat(words):
    root = len(words) - 1
    return build(words, [root] * len(words), ["dep"] * root + ["ROOT"])


def test_lines_a_headline_is_a_title_case_line():
    doc = flat("Quebec Already Regulates Algorithms Through Its Privacy Law .".split())
    assert title_case_line(doc[:])


def test_lines_prose_full_of_names_is_not():
    doc = flat("The case turned on the Copyright Act , said the Center for AI Policy .".split())
    assert not title_case_line(doc[:])


def test_lines_most_words_capitalised_count_only_without_a_closing_stop():
    words = "Colorado Lawmakers Delay the AI Act until june".split()  # 5 of 6 title words capitalised
    assert title_case_line(flat(words)[:])
    assert not title_case_line(flat(words + ["."])[:])


def test_lines_minor_words_and_the_judged_name_do_not_count():
    doc = flat("Critics say Human Rights Watch of the city was right .".split())
    assert [t.text for t in title_words(doc[:], doc[2:5])] == ["Critics", "say", "city", "was", "right"]
    assert not title_case_line(doc[:], doc[2:5])
    assert len(title_words(flat("Meta and the FTC".split())[:])) == 2  # too few words to call it a title
    assert not title_case_line(flat("Meta and the FTC".split())[:])


def test_lines_a_short_capitalised_line_after_the_first_is_a_section_heading():
    doc = build(["It", "passed", ".", "Key", "Obligations"], [1, 1, 1, 4, 4], ["nsubj", "ROOT", "punct", "amod", "ROOT"])
    assert section_heading(list(doc.sents)[1])
    assert not section_heading(list(doc.sents)[0])
