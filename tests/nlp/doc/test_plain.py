"""Typography read plainly (kg/nlp/doc/plain.py): one character for one, the source kept for evidence."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from spacy.lang.en import English

from kg.nlp.doc.index import SOURCE
from kg.nlp.doc.lines import doc_text, evidence_text
from kg.nlp.doc.plain import PlainTokenizer, plain, table
from tests.typeset import curly

TYPOGRAPHIC = "".join(chr(c) for c in table())
text_with_typography = st.text(alphabet=st.sampled_from(list(TYPOGRAPHIC) + list("ab '\".,\n\r")) | st.characters())


@given(text_with_typography)
def test_plain_keeps_every_offset_and_reads_no_typography(text):
    read = plain(text)
    assert len(read) == len(text)
    assert not set(read) & set(TYPOGRAPHIC + "\r")
    assert plain(read) == read
    assert all(a == b or ord(a) in table() or a == "\r" for a, b in zip(text, read))  # nothing else changes


def test_plain_reads_curly_quotes_and_apostrophes_as_ascii():
    assert plain("The Information Commissioner\u2019s Office said \u201cno\u201d.") == \
        "The Information Commissioner's Office said \"no\"."
    assert plain("a\u00a0b \u2011 c") == "a b - c"
    assert plain("one\r\ntwo\rthree\n") == "one \ntwo\nthree\n"


def test_plain_tokenizer_reads_the_plain_text_and_keeps_the_source():
    nlp = English()
    nlp.tokenizer = PlainTokenizer(nlp.tokenizer)
    source = "Google\u2019s parent Alphabet said \u201cno\u201d."
    doc = nlp(source)
    assert doc.text == plain(source) and doc_text(doc) == plain(source)
    assert [t.text for t in doc][:2] == ["Google", "'s"]
    assert doc.user_data[SOURCE] == source
    assert evidence_text(doc[:]) == source  # evidence quotes what was written
    ascii_doc = nlp("Plain text, nothing to read otherwise.")
    assert SOURCE not in ascii_doc.user_data  # kept only where it differs
    assert evidence_text(ascii_doc[:]) == ascii_doc.text


@given(st.text(alphabet=st.sampled_from(list(TYPOGRAPHIC) + list("Ab c.'\"\n")), max_size=60))
def test_plain_tokenizer_evidence_is_a_verbatim_slice(source):
    nlp = English()
    nlp.tokenizer = PlainTokenizer(nlp.tokenizer)
    doc = nlp(source)
    for span in (doc[:], doc[: len(doc) // 2], doc[len(doc) // 2:]):
        assert evidence_text(span) == source[span.start_char:span.end_char].strip()


ARTICLE = ("The Information Commissioner's Office fined Clearview AI on Tuesday, the UK regulator said.\n\n"
           "\"We will appeal,\" said Hoan Ton-That, Clearview's chief executive. Google's parent Alphabet said nothing.")


def reading(ex) -> tuple:
    names = {k: e.name for k, e in ex.entities.items()}
    return (sorted((e.type, e.name) for e in ex.entities.values()),
            sorted((a.type, names.get(a.agent), tuple(names.get(t) for t in a.targets)) for a in ex.actions),
            sorted((names[r.subject], r.predicate, names[r.object]) for r in ex.relations))


def test_typography_changes_nothing_the_pipeline_reads_and_evidence_stays_verbatim(parse):
    source = curly(ARTICLE)
    assert source != ARTICLE
    straight, typeset = parse(ARTICLE), parse(source)
    assert reading(typeset) == reading(straight)
    assert typeset.actions  # the fine is read, so there is evidence to check
    for record in typeset.actions + typeset.relations:
        assert record.evidence in source


def test_plain_a_full_stop_after_gmbh_ends_the_sentence():
    """"Aleph Alpha GmbH." kept its stop under the model's suffix rules (a stop comes off after a lower-case letter
    or two capitals only), and the next sentence ran on; abbreviations keep theirs."""
    from kg.nlp.doc.plain import with_full_stops

    tok = with_full_stops(English().tokenizer)
    assert [t.text for t in tok("The agency fined Aleph Alpha GmbH. Bayer KGaA. It")] == [
        "The", "agency", "fined", "Aleph", "Alpha", "GmbH", ".", "Bayer", "KGaA", ".", "It"]
    assert [t.text for t in tok("Acme Inc. and the U.S. and Ph.D. and 3.5 and OpenAI.")] == [
        "Acme", "Inc.", "and", "the", "U.S.", "and", "Ph.D.", "and", "3.5", "and", "OpenAI", "."]
    assert [t.text for t in English().tokenizer("Aleph Alpha GmbH. It")][2] == "GmbH."  # what it mends
