"""Dates of actions: explicit dates normalised, relative ones resolved against the document's date."""
from __future__ import annotations

from functools import lru_cache

import re
from collections.abc import Iterator
from datetime import date, timedelta

from kg.ingest.dates import DAY, ISO_DATE, MONTH, WEEKDAYS, YEAR, make_date, month_number

# "Tuesday, June 2": a weekday set beside a date names that date; it is read with the date, never on its own.
_WD = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?)?"
EXPRESSIONS = [  # most specific first; in lower case, as `expressions_in` matches them
    ("mdy", re.compile(rf"\b{_WD}{MONTH}\s+{DAY}(?:,\s*|\s+){YEAR}\b")),
    ("dmy", re.compile(rf"\b{_WD}{DAY}\s+{MONTH},?\s+{YEAR}\b")),
    ("iso", ISO_DATE),
    ("md", re.compile(rf"\b{_WD}{MONTH}\s+{DAY}\b(?!\s*(?:%|percent|million|billion))")),
    ("dm", re.compile(rf"\b{_WD}{DAY}\s+{MONTH}\b")),
    ("my", re.compile(rf"\b{MONTH}\s+(?:of\s+)?{YEAR}\b")),
    ("weekday", re.compile(r"\b(?:on\s+|(?P<last>last)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")),
    ("rel", re.compile(r"\b(?P<rel>yesterday|today|earlier today|(?:earlier )?this (?:week|month|year)|last (?:week|month|year))\b")),
    ("ago", re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|\d{1,3})\s+(?P<unit>day|week|month|year)s?\s+ago\b")),
    ("lastmon", re.compile(rf"\blast\s+{MONTH}\b(?!\s+\d)")),
    ("m", re.compile(rf"\b(?:in|since|during|by|from|(?:at\s+|in\s+)?the\s+(?:end|start|beginning|middle|"
                     rf"(?:first|last|final|closing|opening)\s+(?:(?:few|two|three)\s+)?(?:days?|weeks?))\s+of)\s+"
                     rf"(?:early\s+|mid-|late\s+)?{MONTH}\b(?!\s+\d)")),
    ("y", re.compile(rf"\b(?:in|since|during|from)\s+(?:early\s+|mid-|late\s+)?{YEAR}\b(?![-/]\d)")),
]
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# For each kind, words of which an expression of it holds one at least (in lower case): a text that holds none is
# not searched for that kind (a necessary condition, so the expressions found are the same; most sentences hold no
# month and no year, and twelve searches of every text were a hundredth of a build).
NEEDS = {"mdy": _MONTHS, "dmy": _MONTHS, "iso": ("-",), "md": _MONTHS, "dm": _MONTHS, "my": _MONTHS,
         "weekday": ("day",), "rel": ("day", "week", "month", "year"), "ago": ("ago",), "lastmon": ("last",),
         "m": _MONTHS, "y": ("19", "20")}


def _year_for(month: int, day: int, ref: date) -> int:
    """The year that puts month/day on or before the reference date (news reports the past)."""
    cand = make_date(ref.year, month, min(day, 28)) or ref
    return ref.year if cand <= ref + timedelta(days=7) else ref.year - 1


def iso_or_none(d: date | None) -> str | None:
    return d.isoformat() if d else None


def full_date(g: dict, mon: int | None, ref: date | None) -> str | None:
    """"June 2, 2025", "2 June 2025"."""
    return iso_or_none(make_date(int(g["year"]), mon, int(g["day"])))


def iso_date(g: dict, mon: int | None, ref: date | None) -> str | None:
    return iso_or_none(make_date(int(g["year"]), int(g["m"]), int(g["d"])))


def month_year(g: dict, mon: int | None, ref: date | None) -> str | None:
    return f"{int(g['year']):04d}-{mon:02d}"


def year_only(g: dict, mon: int | None, ref: date | None) -> str | None:
    return f"{int(g['year']):04d}"


def month_day(g: dict, mon: int | None, ref: date) -> str | None:
    """"June 2": in the year that puts it on or before the document's date."""
    return iso_or_none(make_date(_year_for(mon, int(g["day"]), ref), mon, int(g["day"])))


def weekday(g: dict, mon: int | None, ref: date) -> str | None:
    back = (ref.weekday() - WEEKDAYS.index(g["wd"].lower())) % 7  # "on Thursday" in a Thursday's paper: that day
    if g.get("last"):
        back = back or 7  # "last Thursday" never means today
    return (ref - timedelta(days=back)).isoformat()


def month_of(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


RELATIVE_WORDS = {  # a relative word -> what it names, from the document's date
    "today": date.isoformat, "earlier today": date.isoformat,
    "yesterday": lambda ref: (ref - timedelta(days=1)).isoformat(),
    "this week": month_of, "earlier this week": month_of, "this month": month_of, "earlier this month": month_of,
    "last week": lambda ref: month_of(ref - timedelta(days=7)),
    "last month": lambda ref: month_of(ref.replace(day=1) - timedelta(days=1)),
    "this year": lambda ref: f"{ref.year:04d}", "earlier this year": lambda ref: f"{ref.year:04d}",
    "last year": lambda ref: f"{ref.year - 1:04d}",
}


def relative_word(g: dict, mon: int | None, ref: date) -> str | None:
    """"yesterday", "earlier today", "this week", "last month", "last year": a day, a month or a year."""
    return RELATIVE_WORDS[" ".join(g["rel"].lower().split())](ref)


AGO_UNITS = {"day": 1, "week": 7, "month": 30, "year": 365}
AGO_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def ago(g: dict, mon: int | None, ref: date) -> str | None:
    """"a week ago", "three days ago": that day; "two months ago": that month; "a year ago": that year."""
    n = AGO_NUMBERS.get(g["n"].lower()) or int(g["n"])
    then = ref - timedelta(days=n * AGO_UNITS[g["unit"].lower()])
    return {"month": month_of(then), "year": f"{then.year:04d}"}.get(g["unit"].lower(), then.isoformat())


def last_month_named(g: dict, mon: int | None, ref: date) -> str | None:
    """"last April": the last April before the document's month; a lower-case "last may" is no date."""
    if not g["mon"][0].isupper():
        return None
    return f"{ref.year if mon < ref.month else ref.year - 1:04d}-{mon:02d}"


def month_only(g: dict, mon: int | None, ref: date) -> str | None:
    """"in June": the last June on or before the document's date."""
    year = ref.year if mon <= ref.month else ref.year - 1
    return f"{year:04d}-{mon:02d}"


ABSOLUTE = {"mdy": full_date, "dmy": full_date, "iso": iso_date, "my": month_year, "y": year_only}
RELATIVE = {"md": month_day, "dm": month_day, "weekday": weekday, "rel": relative_word, "m": month_only, "ago": ago,
            "lastmon": last_month_named}  # need a ref


def normalise(kind: str, g: dict, ref: date | None) -> str | None:
    """The ISO date (or year-month, year) of a matched expression of that kind; None when it needs the document's
    date and there is none."""
    mon = month_number(g["mon"]) if g.get("mon") else None
    if kind in ABSOLUTE:
        return ABSOLUTE[kind](g, mon, ref)
    if ref is None or kind not in RELATIVE:
        return None
    return RELATIVE[kind](g, mon, ref)


@lru_cache(maxsize=2048)
def find_dates(text: str, ref: date | None) -> tuple[tuple[int, str], ...]:
    """(character offset, ISO date / year-month) of each date expression in a sentence, without overlaps;
    cached, as every action of a sentence asks about the same sentence."""
    return find_dates_in(text, ref)


def lowered(text: str) -> str:
    """The text in lower case, letter for letter (a letter whose lower case is two, "İ", stays as it is), so that
    offsets hold."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def expressions_in(text: str) -> Iterator[tuple[str, re.Match, dict]]:
    """(kind, match, its words) of every expression in the text, kind by kind: matched on the lower-cased text (in
    less than half the time of ignoring case, and "ſeptember" is no September), the words read back from the text
    itself ("last April" keeps the capital that `lastmon` asks for)."""
    low = lowered(text)
    for kind, pat in EXPRESSIONS:
        if not any(w in low for w in NEEDS[kind]):
            continue
        for m in pat.finditer(low):
            yield kind, m, {k: text[m.start(k):m.end(k)] if m.start(k) >= 0 else None for k in m.groupdict()}


def find_dates_in(text: str, ref: date | None) -> tuple[tuple[int, str], ...]:
    """`find_dates` for any text (a whole document: not cached)."""
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, str]] = []
    for kind, m, groups in expressions_in(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        value = normalise(kind, groups, ref)
        if value:
            taken.append((m.start(), m.end()))
            out.append((m.start(), value))
    return tuple(sorted(out + shifted_in(text, sorted(out))))


@lru_cache(maxsize=1)
def pointer_patterns() -> tuple[list[tuple[re.Pattern, int, str]], re.Pattern, dict]:
    """The compiled phrases of data/temporal.json that point back (each with its days and its last word, which a text
    must hold for the phrase to be looked for), "N days later", the numbers."""
    from kg.nlp.lexicon import load_json

    t = load_json("temporal.json")
    fixed = [(pat, days, last) for phrases, days in ((t["same_day"], 0), (t["next_day"], 1))
             for pat, last in map(phrase, phrases)]
    return fixed, re.compile(t["days_later"]), t["numbers"]


def phrase(words: str) -> tuple[re.Pattern, str]:
    """A phrase of data/temporal.json as a whole-word pattern, with its last word (a text without that word is not
    searched for the phrase)."""
    return re.compile(rf"\b{re.escape(words)}\b"), words.split()[-1]


@lru_cache(maxsize=4096)
def pointers_back(text: str) -> tuple[tuple[int, int], ...]:
    """(character offset, days) of each time in `text` that points back to a date given before it: "the same
    day" (0), "a day later" (1), "three days later" (3); in that order of kind (data/temporal.json). Cached: every
    action of a sentence asks about the same sentence."""
    fixed, later, numbers = pointer_patterns()
    low = text.lower()
    out = [(m.start(), days) for pat, days, last in fixed if last in low for m in pat.finditer(low)]
    for m in later.finditer(low):
        n = numbers.get(m["n"]) or int(m["n"][:4])
        if n <= 366:  # "99999 days later" is no date
            out.append((m.start(), n))
    return tuple(out)


def shifted(base: str, days: int) -> str:
    return (date.fromisoformat(base) + timedelta(days=days)).isoformat()


def shifted_in(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """"..., on Monday, Feb. 10, and a day later Virginia signed": a time that points back to the last full date
    written before it in the same text, shifted."""
    full = [(at, v) for at, v in found if len(v) == 10]
    if not full:
        return []
    out = []
    for at, days in pointers_back(text):
        before = [v for where, v in full if where < at]
        if before:
            out.append((at, shifted(before[-1], days)))
    return out


def date_near(text: str, offset: int, ref: date | None) -> str | None:
    """The date expression closest to `offset` in `text` (a sentence), or None."""
    found = find_dates(text, ref)
    if not found:
        return None
    return min(found, key=lambda f: (abs(f[0] - offset), f[0]))[1]


def relative_to_previous(text: str, previous: str | None) -> str | None:
    """"The same day", "Hours later", "Three days later": the last full date the text gave, shifted."""
    if previous is None or len(previous) != 10:
        return None
    found = pointers_back(text)
    return shifted(previous, found[0][1]) if found else None


@lru_cache(maxsize=1)
def period_patterns() -> tuple[tuple[re.Pattern, int, str], ...]:
    """The phrases of data/temporal.json that point back to a month (7: the length of "2025-05") or a year (4), each
    with its last word (a text without it is not searched for the phrase)."""
    from kg.nlp.lexicon import load_json

    t = load_json("temporal.json")
    return tuple((pat, n, last) for key, n in (("same_month", 7), ("same_year", 4))
                 for pat, last in map(phrase, t[key]))


def same_period(text: str, previous: str | None) -> str | None:
    """"During the tour that month", "later that year": the month or the year of the last date the text gave (one
    at least that precise), or None."""
    if previous is None:
        return None
    low = text.lower()
    n = next((n for pat, n, last in period_patterns() if last in low and pat.search(low)), None)
    return previous[:n] if n is not None and len(previous) >= n else None
