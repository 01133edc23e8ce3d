"""A government body written with its head in lower case (kg/nlp/entities/lowercase_heads.py)."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.entities.lowercase_heads import lowercase_head_names
from tests.nlp.constructed import vocab


def found(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.id_) for s in lowercase_head_names(Doc(vocab(), words=text.split()))]


def test_a_capitalised_word_and_a_lower_case_head_make_the_body_the_gazetteer_knows():
    assert found("The Delhi high court said on Tuesday") == [("Delhi high court", "delhi-high-court")]


def test_a_head_written_in_capitals_or_a_name_the_gazetteer_lacks_is_left_to_the_ruler_and_the_tagger():
    assert found("The Delhi High Court said") == []
    assert found("The Gotham high court said") == []
    assert found("the high court said") == []


def test_the_pipeline_files_the_lower_case_name_under_the_body(nlp):
    doc = nlp("The Delhi high court said on Tuesday that it will hear the case.")
    assert [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "GovernmentBody"] == [("Delhi high court", "delhi-high-court")]


def test_the_run_starts_where_its_capitals_start_and_a_name_written_as_the_gazetteer_writes_it_is_the_rulers():
    assert found("The South Korean government fined the firm") == []
    assert found("the Korean government said") == []


def test_a_name_may_open_with_several_capitals_and_a_sentence_opening_capital_is_no_evidence():
    two = found("fined by the Brazilian National data protection authority")
    assert [text for text, _ in two] == ["Brazilian National data protection authority"]
    assert found("In Delhi high court today") == [("Delhi high court", "delhi-high-court")]
    assert found("Supreme court justices ruled") == []
