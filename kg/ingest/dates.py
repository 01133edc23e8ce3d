"""Dates in news copy: datelines, ISO strings and feed timestamps to `datetime.date`.

The pieces of a written date (month names, day, year, the ISO form, a date that may not exist) are defined
here once; `kg.nlp.actions.temporal` builds its date expressions from them."""
from __future__ import annotations

import re
from datetime import date, datetime

MONTHS = {
    m: i
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for m in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]  # in date.weekday() order
# Regex pieces, with the group names every reader of their matches uses: mon, day, year (m and d in ISO dates).
MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
ISO_DATE = re.compile(rf"\b{YEAR}-(?P<m>\d\d)-(?P<d>\d\d)\b")
PATTERNS = [
    ISO_DATE,
    re.compile(rf"\b{MONTH}\s+{DAY},?\s+{YEAR}\b", re.I),
    re.compile(rf"\b{DAY}\s+{MONTH},?\s+{YEAR}\b", re.I),
]


def month_number(name: str) -> int | None:
    """1-12 for a month name or abbreviation as MONTH matches it ("Sept.", "june"), else None."""
    return MONTHS.get(name.lower().rstrip("."))


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None where it does not exist (February 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> date | None:
    """The first full calendar date written in `text`, or None."""
    best: tuple[int, date] | None = None
    for pat in PATTERNS:
        for m in pat.finditer(text):
            g = m.groupdict()
            month = int(g["m"]) if g.get("m") else month_number(g["mon"])
            day = int(g["d"]) if g.get("d") else int(g["day"])
            d = make_date(int(g["year"]), month, day) if month else None  # "ſeptember": matched, no month
            if d and (best is None or m.start() < best[0]):
                best = (m.start(), d)
            break
    return best[1] if best else None


def parse_date(value: object) -> date | None:
    """A date from an ISO string, a datetime, a struct_time or free text; None if unknown."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if hasattr(value, "tm_year"):
        return make_date(value.tm_year, value.tm_mon, value.tm_mday)  # type: ignore[attr-defined]
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return find_date(text)
