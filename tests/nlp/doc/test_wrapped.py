"""Hard-wrapped text read as its paragraphs (kg/nlp/doc/wrapped.py)."""
from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from kg.nlp.doc.wrapped import soft_breaks, unwrap

words = st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC.,'", min_size=1, max_size=12), min_size=40,
                 max_size=120)


@given(words, st.integers(min_value=48, max_value=100))
def test_wrapped_a_filled_paragraph_reads_as_one_line(ws, w):
    filled = textwrap.fill(" ".join(ws), w, break_long_words=False, break_on_hyphens=False)
    if filled.count("\n") >= 3:
        assert unwrap(filled) == " ".join(ws)


@given(st.lists(st.text(alphabet="abc .", min_size=121, max_size=300), min_size=1, max_size=8))
def test_wrapped_paragraphs_on_one_line_each_are_left_alone(paragraphs):
    text = "\n".join(p.strip() or "x" * 130 for p in paragraphs)
    assert soft_breaks(text) == []


ARTICLE = """Regulator fines chatbot maker

LONDON, March 3 (Wire) --

The data protection authority on Tuesday fined the chatbot maker for
training its models on the personal data of users who had not agreed, and
ordered it to delete the data within thirty days, a spokesperson for the
authority said in a statement published on its website on Tuesday evening.

What the order requires:
- deletion of the data within thirty days of the order, and a report on
  how the deletion was done
- an age check
- a new privacy notice
"""


def test_wrapped_an_article_keeps_its_headline_dateline_and_bullets():
    read = unwrap(ARTICLE)
    assert len(read) == len(ARTICLE)
    lines = read.split("\n")
    assert lines[0] == "Regulator fines chatbot maker" and lines[2] == "LONDON, March 3 (Wire) --"
    assert any(line.startswith("The data protection authority") and line.endswith("Tuesday evening.") for line in lines)
    assert "- deletion of the data within thirty days of the order, and a report on   how the deletion was done" in lines
    assert "- an age check" in lines and "- a new privacy notice" in lines and "What the order requires:" in lines


def test_wrapped_short_lines_are_no_filling():
    text = "Reporting by Ana Silva.\nEditing by Tom Hale.\nContact: press@example.org\nPhone: 555 0100\n"
    assert soft_breaks(text) == []


def test_wrapped_the_pipeline_reads_a_filled_article_as_the_same_article(parse):
    prose = ("The Federal Trade Commission on Tuesday sued Rytr over its AI writing tool, saying the company let "
             "users generate fake reviews by the thousand. Rytr's chief executive said the company would fight the "
             "case in court and that the tool had many honest uses, including drafting e-mails for small firms.")
    filled = "FTC sues Rytr\n\n" + textwrap.fill(prose, 60) + "\n"
    assert filled.count("\n") > 5
    one_line, wrapped = parse("FTC sues Rytr\n\n" + prose + "\n"), parse(filled)
    read = sorted((a.type, a.agent, tuple(a.targets)) for a in wrapped.actions)
    assert read and read == sorted((a.type, a.agent, tuple(a.targets)) for a in one_line.actions)
    first = prose.split(". ")[0] + "."
    for a in wrapped.actions:
        assert a.evidence in filled  # verbatim, line breaks and all
        assert " ".join(a.evidence.split()) in prose  # a whole sentence, not a line of it
    assert any(" ".join(a.evidence.split()) == first for a in wrapped.actions)


def test_wrapped_a_paragraph_on_one_long_line_in_a_filled_text_keeps_its_break():
    filled = textwrap.fill("word " * 60, 72)
    long_line = "A paragraph written on one line, " + "longer than the width the rest was filled to, " * 4
    text = f"{filled}\n{long_line.strip()}\nThe next paragraph."
    assert unwrap(text).endswith(long_line.strip() + "\nThe next paragraph.")  # longer than the width: no filling
