"""The token filter finds exactly the tokens a pass over every token would find."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.nlp.doc.lines import doc_text, remember_text, span_text
from kg.nlp.doc.token_filter import tagged, tokens_with
from tests.nlp.constructed import build

WORDS = ["Government", "government", "LLP", "the", "model", "Lord", "of", "Acme"]
POS = ["NOUN", "PROPN", "DET", "ADP", "VERB"]


@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(POS)), min_size=1, max_size=30),
       st.sets(st.sampled_from(["government", "llp", "lord", "model", "absent"])))
def test_token_filter_agrees_with_a_pass_over_every_token(pairs, wanted):
    words, pos = [w for w, _ in pairs], [p for _, p in pairs]
    doc = build(words, list(range(len(words))), ["dep"] * len(words), pos=pos)
    assert [t.i for t in tokens_with(doc, wanted)] == [t.i for t in doc if t.lower_ in wanted]
    assert [t.i for t in tagged(doc, "PROPN")] == [t.i for t in doc if t.pos_ == "PROPN"]


def test_token_filter_a_documents_text_is_the_text_it_was_made_from():
    doc = build(["The", "Acme", "LLP", "."], [0, 2, 2, 2], ["det", "compound", "ROOT", "punct"],
                spaces=[True, True, False, False])
    assert doc_text(doc) == doc.text == "The Acme LLP."
    assert span_text(doc[1:3]) == doc[1:3].text
    other = build(["Acme", "LLP"], [1, 1], ["compound", "ROOT"], spaces=[True, False])
    remember_text(other, "Acme LLP")
    assert doc_text(other) == other.text
