"""The publication a masthead names (kg/nlp/doc/mastheads.py), on constructed documents: a masthead line cut by bars,
or a dateline's credit, then the body."""
from __future__ import annotations

from kg.nlp.doc.mastheads import masthead_fields, masthead_outlets
from tests.nlp.doc.test_datelines import doc_of


def outlets(lines):
    return [(s.text, s.label_) for s in masthead_outlets(doc_of(lines))]


BODY = ["Fustat", "AI", "raised", "$", "20", "million", "."]


def test_mastheads_a_field_ending_in_a_publication_word_is_an_outlet():
    lines = [["Fustat", "AI", "raises", "$", "20", "million"],
             ["Nile", "Startup", "Wire", "|", "Funding", "|", "CAIRO", ",", "29", "April", "2025"], BODY]
    assert outlets(lines) == [("Nile Startup Wire", "MediaOutlet")]


def test_mastheads_the_name_a_field_ends_with_after_a_date_and_by():
    lines = [["Kelong", "launches", "Sampan"],
             ["Published", "2026", "-", "03", "-", "04", "by", "AsiaTech", "Ledger", "|", "Launches"], BODY]
    assert outlets(lines) == [("AsiaTech Ledger", "MediaOutlet")]


def test_mastheads_a_place_word_may_close_the_name_and_connectors_stay_inside():
    lines = [["Fines", "rise"], ["Fintech", "Ledger", "Africa", "|", "Regulation"],
             ["Data", "&", "AI", "Brief", "|", "22", "May", "2024"], BODY]
    assert outlets(lines) == [("Fintech Ledger Africa", "MediaOutlet"), ("Data & AI Brief", "MediaOutlet")]


def test_mastheads_the_credit_of_a_dateline_names_the_outlet():
    lines = [["Sahm", "Labs", "raises", "$", "140", "million"],
             ["RIYADH", ",", "Feb.", "11", ",", "2025", "(", "Gulf", "Deal", "Wire", ")", "-", "Sahm", "Labs", "raised",
              "money", "."]]
    assert outlets(lines) == [("Gulf Deal Wire", "MediaOutlet")]


def test_mastheads_sections_places_and_one_word_fields_name_no_outlet():
    lines = [["KFTC", "fines", "Gureum"], ["Client", "Alert", "|", "Analysis", "|", "JOHANNESBURG", "|", "Review"],
             ["Press", "release", "|", "Regulatory", "Briefing"], BODY]
    assert outlets(lines) == []


def test_mastheads_only_the_opening_lines_and_lines_with_bars_are_read():
    lines = [["A", "title"], ["Nile", "Startup", "Wire"], ["x"], ["y"], ["z"], ["w"],
             ["Jozi", "Policy", "Brief", "|", "Funding"], BODY]
    doc = doc_of(lines)
    assert list(masthead_fields(doc)) == [] and masthead_outlets(doc) == []
