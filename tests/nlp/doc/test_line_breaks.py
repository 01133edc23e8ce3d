"""Sentence starts from the source's lines (kg/nlp/doc/line_breaks.py), on documents of the blank tokenizer."""
from __future__ import annotations

import spacy

from kg.nlp.doc.line_breaks import LineBreaks


def marked(text: str) -> dict[str, bool | None]:
    nlp = spacy.blank("en")
    doc = LineBreaks(nlp, "kg_line_breaks")(nlp(text))
    return {f"{t.i}:{t.text}": t.is_sent_start for t in doc if t.i}


def test_line_breaks_a_line_starts_a_sentence_and_a_word_inside_a_line_none():
    starts = marked("Regulators act\n\nVeltrix Labs said it would comply. It did.")
    assert starts["2:\n\n"] is False and starts["3:Veltrix"] is True
    assert starts["4:Labs"] is False and starts["5:said"] is False  # the parser may not cut a name from its line
    assert starts["10:It"] is None  # after a stop the parser decides


def test_line_breaks_a_bullet_mark_a_colon_or_a_bar_may_end_one():
    starts = marked("Items:\n- The rule applies. Next | Section one\nA: yes")
    assert starts["3:-"] is True and starts["4:The"] is None
    assert starts["9:|"] is False and starts["10:Section"] is None
    assert starts["15:yes"] is None  # after "A:", as after any colon


def test_line_breaks_the_pipeline_keeps_a_name_at_a_line_start_whole(parse):
    found = parse("Regulator questions chatbot makers\n\nVeltrix Labs said on Monday it would delay the launch.")
    assert "Veltrix Labs" in {e.name for e in found.entities.values()}
