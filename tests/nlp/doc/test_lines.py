"""Line kinds (kg/nlp/doc/lines.py), on constructed documents."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.nlp.doc.lines import section_heading, span_text, title_case_line, title_words
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
    words = "Colorado Lawmakers Delay the AI Act until june".split()  # 5 of 7 title words capitalised: 0.71
    assert title_case_line(flat(words)[:])
    assert not title_case_line(flat(words + ["."])[:])


def test_lines_minor_words_and_the_judged_name_do_not_count():
    doc = flat("Critics say Human Rights Watch of the city was right .".split())
    assert [t.text for t in title_words(doc[:], doc[2:5])] == ["Critics", "say", "city", "was", "right"]
    assert not title_case_line(doc[:], doc[2:5])
    assert len(title_words(flat("Meta and the FTC".split())[:])) == 2  # too few words to call it a title
    assert not title_case_line(flat("Meta and the FTC".split())[:])


def lines(*sents: list[str]):
    """Sentences of one document, each word hanging on the sentence's last word."""
    words, heads = [], []
    for sent in sents:
        heads += [len(words) + len(sent) - 1] * len(sent)
        words += sent
    deps = ["ROOT" if h == i else "dep" for i, h in enumerate(heads)]
    return list(build(words, heads, deps).sents)


@pytest.mark.parametrize("second, heading", [
    (["Key", "Obligations"], True),
    (["Comparison", "with", "Japan"], True),  # a stop word may stay in lower case
    (["Key", "obligations"], False),  # a word in lower case that is no stop word
    (["Key", "Obligations", "."], False),  # final punctuation
    (["What", "The", "Rules", "Mean", "For", "Your", "Firm"], False),  # more than six words
])
def test_lines_a_short_capitalised_line_after_the_first_is_a_section_heading(second, heading):
    first, after = lines(["It", "passed", "."], second)
    assert section_heading(after) is heading
    assert not section_heading(first)  # the first line is the title, not a section heading
    assert not section_heading(lines(second)[0])


def test_lines_a_closing_quote_is_a_stop():
    words = ["Critics", "Call", "A", "Huge", "Mistake", "and", "a", "risk"]  # 4 of 5 title words capitalised
    assert title_case_line(flat(words)[:])
    assert not title_case_line(flat(words + ["\u201d"])[:])
    assert not title_case_line(flat(words + ["."])[:])


def test_lines_nearly_all_capitalised_is_a_title_even_with_a_stop():
    words = "Quebec Already Regulates Algorithms Through Its Privacy law .".split()  # 7 of 8: 0.875
    assert not title_case_line(flat(words)[:])
    assert title_case_line(flat(words[:-2] + ["Law", "."])[:])


@given(st.lists(st.tuples(st.text("abc ,.\u00e9\n", min_size=1, max_size=6).filter(lambda w: w.strip() == w and w),
                          st.booleans()), min_size=1, max_size=12),
       st.integers(0, 11), st.integers(0, 12))
def test_lines_span_text_is_the_span_s_own_text(tokens, start, length):
    doc = Doc(Vocab(), words=[w for w, _ in tokens], spaces=[s for _, s in tokens])
    start = min(start, len(doc) - 1)
    span = doc[start:min(len(doc), start + length)]
    assert span_text(span) == span.text
    assert span_text(doc[:]) == doc[:].text


def test_lines_a_sentence_listing_names_is_no_title_for_its_lower_case_verb():
    words = "So did the Harborview Law School , the Baltic Digital Forum and the Civic Tech Trust .".split()
    pos = ["ADV", "AUX"] + ["PROPN"] * (len(words) - 2)
    root = 1
    doc = build(words, [root] * len(words), ["dep"] * root + ["ROOT"] + ["dep"] * (len(words) - 2), pos=pos)
    assert not title_case_line(doc[:])
    pos[1] = "PROPN"  # the same words with no verb told in lower case: nearly all title words capitalised
    doc = build(words, [root] * len(words), ["dep"] * root + ["ROOT"] + ["dep"] * (len(words) - 2), pos=pos)
    assert title_case_line(doc[:])


def test_lines_a_hyphenated_words_lower_case_part_keeps_a_title():
    words = "New Regulation on AI - generated Content Takes Effect".split()
    pos = ["ADJ", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "NOUN", "VERB", "NOUN"]
    spaces = [True, True, True, False, False, True, True, True, False]
    doc = build(words, [7] * len(words), ["dep"] * 7 + ["ROOT", "dep"], pos=pos, spaces=spaces)
    assert title_case_line(doc[:])
