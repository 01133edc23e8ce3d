"""Name normalisation and guarded fuzzy matching, shared by in-document and cross-document resolution."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

US_PREFIX = re.compile(r"^(?:the\s+)?(?:u\.?s\.?a?\.?|united states(?: of america)?|us|american)\s+(?!government\b|military\b|constitution\b)", re.I)
DEPT_REORDER = re.compile(r"^(?P<x>[\w&.\- ]+?)\s+(?P<h>department|ministry)$", re.I)


def _fold_once(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    s = re.sub(r"[\"“”]", "", s).strip()
    s = re.sub(r"(?:'s|')$", "", s)
    s = re.sub(r"^the\s+", "", s, flags=re.I)
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", s).strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, accent-, quote- and space-insensitive form of a name (folding it again changes nothing)."""
    s = _fold_once(text)
    for _ in range(8):  # "'s's", "the the X": strip until nothing changes
        again = _fold_once(s)
        if again == s:
            break
        s = again
    return s


@lru_cache(maxsize=65536)
def name_words(name: str) -> set[str]:
    """The lower-case words of a name ("U.S. District Court": u, s, district, court)."""
    return set(re.findall(r"\w+", name.lower()))


def name_key(text: str, cls: str | None = None) -> str:
    """The key under which two names of one entity meet: folded, and for government bodies
    without a "U.S." prefix and with "Commerce Department" read as "department of commerce"."""
    s = fold(text)
    if cls in (None, "GovernmentBody"):
        s = US_PREFIX.sub("", s) if cls == "GovernmentBody" else s
        m = DEPT_REORDER.match(s)
        if m and cls == "GovernmentBody":
            s = f"{m['h'].lower()} of {m['x']}"
    return re.sub(r"[^\w ]+", "", s).strip() or s


SHORT_WORD = 5  # a word shorter than this is misspelt too rarely to tell from another word ("act" / "pact")


def alike(x: str, y: str) -> bool:
    """Two words of two names, aligned, that may be one word misspelt: the same first letter, and a short word
    the same word."""
    return x == y or (x[:1] == y[:1] and min(len(x), len(y)) >= SHORT_WORD)


def words_alike(fa: str, fb: str) -> bool:
    """Two folded names of as many words, each word `alike` the word in its place."""
    wa, wb = fa.split(), fb.split()
    return len(wa) == len(wb) and all(alike(x, y) for x, y in zip(wa, wb))


@lru_cache(maxsize=65536)
def close_spelling(a: str, b: str) -> bool:
    """True for a misspelling of the same name ("Antropic"/"Anthropic"), never for distinct names
    that differ in a number, a version letter or a short acronym (GPT-4/GPT-4o, FTC/FCC)."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if min(len(fa), len(fb)) < 6 or re.findall(r"\d+", fa) != re.findall(r"\d+", fb):
        return False
    if not words_alike(fa, fb):
        return False
    limit = 1 if max(len(fa), len(fb)) < 12 else 2
    return DamerauLevenshtein.distance(fa, fb) <= limit


def form_tokens(form: str) -> list[str]:
    """The tokens of a name as the tokenizer splits it: its words, a hyphen between two letters a token of its own
    ("Marsh-Oyelaran": "Marsh", "-", "Oyelaran")."""
    return re.findall(r"[^\s-]+|-", form)
