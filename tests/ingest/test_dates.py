from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.ingest.dates import find_date, parse_date


@pytest.mark.parametrize("text, expected", [
    ("Analysis | EU tech policy | 5 August 2025", date(2025, 8, 5)),
    ("Dec. 9, 2025 — Staff report", date(2025, 12, 9)),
    ("Published 2024-02-29 by staff", date(2024, 2, 29)),
    ("Explainer | December 2025", None),
    ("February 30, 2025", None),
])
def test_dates_find_date(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize("value, expected", [("2025-03-04", date(2025, 3, 4)), ("2025-03-04T10:00:00Z", date(2025, 3, 4)),
                                             (datetime(2025, 1, 2, 3, 4), date(2025, 1, 2)), ("", None), (None, None)])
def test_dates_parse_date(value, expected):
    assert parse_date(value) == expected


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)))
def test_dates_round_trip_written_forms(d):
    assert find_date(d.strftime("%B %d, %Y")) == d
    assert find_date(d.strftime("%d %B %Y")) == d
    assert parse_date(d.isoformat()) == d


@given(st.text(max_size=200))
def test_dates_never_raise(text):
    find_date(text)
    parse_date(text)


@pytest.mark.parametrize("text", ["\u017feptember 3, 2024", "APR\u0130L 3, 2024", "apr\u0131l 3, 2024"])
def test_dates_month_matched_by_case_twin_is_no_date(text):
    assert find_date(text) is None
