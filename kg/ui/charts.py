"""Charts that do not mislead: time axes tick by day, month or year as the span needs and always show the
year; counts are whole numbers."""
from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd


def time_axis(dates, title: str = "date") -> alt.Axis:
    """An axis for these dates: days under two months, months under two years, years beyond; never hours."""
    days = [d for d in dates if d is not None and d == d]
    span = (max(days) - min(days)).days if days else 0
    if span > 730:
        interval, fmt = "year", "%Y"
    elif span > 60:
        interval, fmt = "month", "%b %Y"
    else:
        interval, fmt = "day", "%d %b %Y"
    return alt.Axis(title=title, format=fmt, tickCount={"interval": interval, "step": 1}, labelOverlap=True)


def count_axis(title: str) -> alt.Axis:
    return alt.Axis(title=title, format="d", tickMinStep=1)


def _as_timestamps(dates) -> list[pd.Timestamp]:
    return [pd.Timestamp(d) for d in dates]


def timeline(acts: pd.DataFrame) -> alt.Chart | None:
    """An entity's dated actions: one dot each, by type, coloured by its role."""
    dated = acts[acts["when"].notna()]
    if dated.empty:
        return None
    data = dated.assign(when=_as_timestamps(dated["when"]))[["when", "date", "type", "role", "counterpart"]]
    pad = dt.timedelta(days=3)
    lo, hi = min(dated["when"]) - pad, max(dated["when"]) + pad
    return alt.Chart(data).mark_circle(size=90).encode(
        x=alt.X("when:T", axis=time_axis([lo, hi]), scale=alt.Scale(domain=[lo.isoformat(), hi.isoformat()])),
        y=alt.Y("type:N", title="action"), color=alt.Color("role:N"),
        tooltip=["date", "type", "role", "counterpart"])


def monthly(by_month: pd.DataFrame) -> alt.Chart | None:
    """Actions per month, stacked by type."""
    if by_month.empty:
        return None
    months = list(by_month["month"])
    return alt.Chart(by_month).mark_bar().encode(
        x=alt.X("yearmonth(month):T", axis=time_axis([min(months), max(months)], "month")),
        y=alt.Y("actions:Q", stack=True, axis=count_axis("actions")),
        color=alt.Color("type:N"), tooltip=[alt.Tooltip("yearmonth(month):T", title="month", format="%b %Y"),
                                            "type", alt.Tooltip("actions:Q", format="d")])
