"""A dateline's place (kg.nlp.doc.datelines.py), on constructed documents: a title line, then the dateline."""
from __future__ import annotations

from kg.nlp.doc.datelines import credit_tokens, dateline_places
from tests.nlp.constructed import build


def doc_of(lines: list[list[str]]):
    words: list[str] = []
    for n, line in enumerate(lines):
        if n:
            words.append("\n")
        words += line
    spaces = [w != "\n" and (i + 1 < len(words) and words[i + 1] not in ("\n", ",")) for i, w in enumerate(words)]
    return build(words, list(range(len(words))), ["ROOT"] * len(words), spaces=spaces)


def places(lines):
    return [(s.text, s.label_) for s in dateline_places(doc_of(lines))]


def test_datelines_the_city_in_capitals_before_the_date_is_a_place():
    lines = [["Meta", "told", "to", "stop"], ["SÃO", "PAULO", ",", "July", "18", ",", "2024", "(", "Wire", ")", "-"],
             ["Brazil", "acted", "."]]
    assert places(lines) == [("SÃO PAULO", "Jurisdiction")]


def test_datelines_a_region_between_city_and_date_is_a_place_too():
    lines = [["xAI", "sues", "Apple"], ["FORT", "WORTH", ",", "Texas", ",", "Aug.", "26", ",", "2025", "--", "Musk"]]
    assert places(lines) == [("FORT WORTH", "Jurisdiction"), ("Texas", "Jurisdiction")]
    lines = [["NIST", "acts"], ["GAITHERSBURG", ",", "Md.", ",", "July", "26", ",", "2024", "-", "News"]]
    assert places(lines) == [("GAITHERSBURG", "Jurisdiction"), ("Md.", "Jurisdiction")]


def test_datelines_a_dash_after_the_city_below_the_title():
    assert places([["Utah", "acts"], ["SALT", "LAKE", "CITY", "-", "New", "rules", "."]]) == [("SALT LAKE CITY", "Jurisdiction")]


def test_datelines_a_headline_in_capitals_or_a_line_without_a_date_is_no_dateline():
    assert places([["NVIDIA", ",", "OPENAI", "SIGN", "DEAL", "-", "REPORT"], ["Body", "text", "."]]) == []
    assert places([["Title"], ["NVIDIA", ",", "OpenAI", "and", "others", "signed", "."]]) == []
    assert places([["Title"], ["Body", "text", "."], ["AI", ",", "in", "short", "."]]) == []  # "AI" is too short


def test_datelines_only_the_opening_lines_are_read():
    lines = [["Title"]] + [["Line", str(n), "."] for n in range(6)] + [["ROME", ",", "May", "2", "-", "Text"]]
    assert places(lines) == []


def test_datelines_a_wire_credit_and_a_dash_make_a_dateline_without_a_date_on_any_line():
    assert places([["SEOUL", "(", "Wire", ")", "-", "The", "ministry", "said", "."]]) == [("SEOUL", "Jurisdiction")]
    assert places([["Talks", "end"], ["GENEVA", "(", "AP", ")", "—", "The", "talks", "ended"]]) == \
        [("GENEVA", "Jurisdiction")]
    # a headline in capitals with a bracket and no dash after it is none
    assert places([["BREAKING", "(", "UPDATED", ")", "The", "ministry", "said"]]) == []


def test_datelines_a_dateline_may_follow_a_bar_in_a_masthead_line():
    lines = [["Switzerland", "bets", "on", "AI"], ["Feature", "|", "By", "Jane", "Doe", "|", "BERN", ",", "20", "May", "2026"],
             ["The", "council", "acted", "."]]
    assert places(lines) == [("BERN", "Jurisdiction")]
    # a field in capitals with no date after it is none ("Analysis | OECD | Paris office")
    assert places([["Title"], ["Analysis", "|", "OECD", "|", "Paris", "office"], ["Text", "."]]) == []


def test_datelines_the_credit_in_brackets_after_the_date():
    doc = doc_of([["Judge", "approves", "deal"],
                  ["NEW", "YORK", ",", "March", "28", ",", "2025", "(", "Court", "report", ")", "-", "A", "judge"]])
    assert [doc[i].text for i in sorted(credit_tokens(doc))] == ["Court", "report"]
    assert credit_tokens(doc_of([["Judge", "approves", "(", "Court", "report", ")", "-", "deal"]])) == set()


def test_datelines_a_credit_in_common_words_is_no_name_a_wire_service_is(nlp):
    court = nlp("Judge approves deal\n\nNEW YORK, March 28, 2025 (Court report) - A federal judge approved it.")
    assert "Court" not in {e.name for e in court._.kg_entities.values()}
    wire = nlp("Judge approves deal\n\nNEW YORK, March 28, 2025 (Reuters) - A federal judge approved it.")
    assert "Reuters" in {e.name for e in wire._.kg_entities.values()}
