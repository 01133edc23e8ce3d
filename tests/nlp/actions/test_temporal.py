from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.nlp.actions.temporal import date_near, find_dates

REF = date(2025, 12, 9)  # a Tuesday


@pytest.mark.parametrize("text, iso", [
    ("on Dec. 27, 2023.", "2023-12-27"), ("On April 9 the agency", "2025-04-09"), ("on 18 July", "2025-07-18"),
    ("said on Monday", "2025-12-08"), ("in July", "2025-07"), ("in August 2024", "2024-08"), ("yesterday", "2025-12-08"),
    ("On December 20 officials", "2024-12-20"),
    ("announced on Tuesday", "2025-12-09"), ("last Tuesday", "2025-12-02"), ("on Wednesday", "2025-12-03"),
    # a weekday set beside a date is read with it, never as the week before the paper's date
    ("signed on Tuesday, June 2, 2026, inviting", "2026-06-02"), ("on Monday, Feb. 10, saying", "2025-02-10"),
    ("on Friday 3 May 2024", "2024-05-03"),
    # a month or a year alone, where only that is known
    ("opened an inquiry at the end of January", "2025-01"), ("the conditions it attached in 2020", "2020"),
    ("In the final days of November, BIS granted", "2025-11"), ("in the first two weeks of March", "2025-03"),
    # times counted back from the paper's date: a day stays a day, a month a month, a year a year
    ("sued OpenAI last year", "2024"), ("Earlier this year the agency", "2025"), ("earlier this month", "2025-12"),
    ("a week ago in London", "2025-12-02"), ("three days ago", "2025-12-06"), ("two months ago", "2025-10"),
    ("last April it fined", "2025-04"), ("last December", "2024-12"),  # the paper's own month is a year back
])
def test_temporal_normalises_against_document_date(text, iso):
    assert [v for _, v in find_dates(text, REF)] == [iso]


@pytest.mark.parametrize("text", ["Five days later", "a 25% share", "may not apply", "March 3 percent",
                                  "in 2025-26 budgets", "the last may be the first"])
def test_temporal_ignores_non_dates(text):
    assert find_dates(text, REF) == () or text.startswith("March")


def test_temporal_relative_needs_document_date():
    assert find_dates("on Monday", None) == ()
    assert date_near("signed on 2 May 2025 and announced on Monday", 5, None) == "2025-05-02"


@given(st.text(max_size=200), st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)))
def test_temporal_never_raises(text, ref):
    for _, v in find_dates(text, ref):
        assert len(v) in (4, 7, 10)


@pytest.mark.parametrize("text, found", [
    # a letter whose lower case is two keeps every offset after it right
    ("\u0130stanbul: on March 3 the", ((13, "2025-03-03"),)), ("\u0130\u0130 LAST APRIL it fined", ((3, "2025-04"),)),
    # letters that ignoring case would read as an s or an i make no month ("\u017feptember", "apr\u0131l")
    ("on \u017feptember 3", ()), ("on apr\u0131l 3", ()),
])
def test_temporal_reads_any_letters(text, found):
    assert find_dates(text, REF) == found


@pytest.mark.parametrize("text, previous, iso", [
    ("The same day, the agency signed the order.", "2025-07-23", "2025-07-23"),
    ("Hours later, the minister spoke.", "2026-02-27", "2026-02-27"),
    ("Three days later the court ruled.", "2025-01-20", "2025-01-23"),
    ("Later, the court ruled.", "2025-01-20", None),
    ("99999999999 days later the court ruled.", "2025-01-20", None),
    ("The same day, the agency signed the order.", None, None),
])
def test_temporal_anaphoric_dates_follow_the_last_date(text, previous, iso):
    from kg.nlp.actions.temporal import relative_to_previous

    assert relative_to_previous(text, previous) == iso


def test_temporal_a_time_that_points_back_within_the_sentence():
    text = "Hochul acted on Monday, Feb. 10, and a day later Youngkin signed the order; 99999 days later, nothing."
    assert date_near(text, text.index("signed"), date(2025, 2, 28)) == "2025-02-11"


@pytest.mark.parametrize("kind, groups, ref, iso", [
    ("weekday", {"wd": "Tuesday"}, REF, "2025-12-09"),  # "on Tuesday" in a Tuesday's paper: that day
    ("weekday", {"wd": "Tuesday", "last": "last"}, REF, "2025-12-02"),  # "last Tuesday" is never today
    ("weekday", {"wd": "Friday"}, REF, "2025-12-05"),
    ("rel", {"rel": "last month"}, REF, "2025-11"),
    ("rel", {"rel": "Yesterday"}, REF, "2025-12-08"),
    ("m", {"mon": "December"}, REF, "2025-12"),
    ("m", {"mon": "June"}, date(2025, 3, 1), "2024-06"),  # the last June before the paper
    ("mdy", {"mon": "Feb", "day": "30", "year": "2024"}, None, None),  # no such day
    ("y", {"year": "2024"}, None, "2024"),
    ("md", {"mon": "June", "day": "2"}, None, None),  # needs the paper's date
])
def test_temporal_each_kind_of_expression_normalised(kind, groups, ref, iso):
    from kg.nlp.actions.temporal import normalise

    assert normalise(kind, groups, ref) == iso


def test_temporal_that_month_and_that_year_point_back_to_the_last_date_that_precise():
    from kg.nlp.actions.temporal import same_period

    assert same_period("During the Gulf tour that month, Nvidia agreed to supply chips.", "2025-05-13") == "2025-05"
    assert same_period("Later that year the court ruled.", "2024-08") == "2024"
    assert same_period("Earlier that month it opened an inquiry.", "2023") is None  # a year says no month
    assert same_period("That is a month of change.", "2025-05-13") is None
    assert same_period("later that month", None) is None


DATE_WORDS = ["on", "in", "the", "end", "of", "last", "this", "week", "month", "year", "ago", "two", "days", "later",
              "same", "day", "that", "Monday", "Tuesday,", "today", "yesterday", "June", "Sept.", "May", "Dec", "3",
              "2024", "18th", "1999", "2025-03-04", "mid-", "early", "since", "-", "percent", "2", "night", "\n"]


@given(st.lists(st.sampled_from(DATE_WORDS), max_size=14), st.sampled_from([" ", ", ", ""]))
def test_temporal_words_a_kind_needs_leave_out_no_expression(words, sep):
    """A text without the words one kind of expression needs is not searched for it (`NEEDS`): the expressions
    found are those that searching every text for every kind finds, and so are the times that point back."""
    from kg.nlp.actions.temporal import EXPRESSIONS, expressions_in, lowered, pointer_patterns, pointers_back

    text = sep.join(words)
    low = lowered(text)
    every = [(kind, m.span()) for kind, pat in EXPRESSIONS for m in pat.finditer(low)]
    assert [(kind, m.span()) for kind, m, _ in expressions_in(text)] == every
    fixed, _, _ = pointer_patterns()
    every_fixed = [(m.start(), days) for pat, days, _ in fixed for m in pat.finditer(text.lower())]
    assert list(pointers_back(text)[:len(every_fixed)]) == every_fixed
