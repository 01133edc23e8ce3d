"""Instruments named by a kind and a code: "Bill C-27", "Opinion 28/2024", "Resolution 23.732/2024", "Consumer
Financial Protection Circular 2022-03", "Government Regulation No. 71 of 2019", "NIST Special Publication
800-218A", "Directive (EU) 2019/790".

Legislatures, courts, agencies and standards bodies everywhere number what they issue, and the shape is the same
in every jurisdiction: a capitalised kind word (`coded_heads` of data/instrument_cues.json), an optional "No." or
"(EU)", then a code that holds a digit, with the year it was made ("of 2019") where one follows. The title words
before the kind word belong to the name. The tagger reads such names as a person ("Bill C-27"), a company
("Consumer Financial Protection Circular") or nothing; the `kg_instruments` component puts these names in place of
what it made of them, except an instrument's own name (a gazetteer's, or one the tagger or a pattern already read
as a law)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.ingest.dates import MONTHS
from kg.nlp.doc.lines import glued_hyphen
from kg.nlp.doc.token_filter import tokens_with
from kg.nlp.entities.nesting import is_year
from kg.nlp.entities.titled import MAX_WORDS, title_start
from kg.nlp.lexicon import load_json

CODE = re.compile(r"^[A-Z]{0,4}-?\d[\w,./:-]*$")  # "C-27", "28/2024", "23.732/2024", "11,401", "2019/790", "M-25"
PART = re.compile(r"^[A-Z]{0,4}\d*[A-Z]?$|^\d[\w]*$")  # a code's part after a hyphen: "03", "218A", "21"
NUMBER_WORDS = ("no", "no.", "nr", "nr.", "number")
LAW_LABELS = ("PolicyInstrument", "LAW")


@lru_cache(maxsize=1)
def coded_heads() -> frozenset[str]:
    return frozenset(load_json("instrument_cues.json")["coded_heads"])


def code_end(doc: Doc, i: int, end: int) -> int | None:
    """The end of the code that starts at token `i` ("No." and "(EU)" before it, its hyphenated parts, "of 2019"
    after it), or None when no code starts there."""
    i = after_number_word(doc, after_region(doc, i, end), end)
    if i >= end or not CODE.match(doc[i].text) or doc[i].ent_type_ in ("PERCENT", "MONEY", "TIME"):
        return None
    i += 1
    while i + 1 < end and glued_hyphen(doc, i) and PART.match(doc[i + 1].text):
        i += 2  # "2022 - 03", "800 - 218A": one code the tokenizer cut
    return after_year(doc, i, end)


def after_region(doc: Doc, i: int, end: int) -> int:
    """Past "(EU)" in "Directive (EU) 2019/790"."""
    if i + 2 < end and doc[i].text == "(" and doc[i + 1].text.isupper() and doc[i + 2].text == ")":
        return i + 3
    return i


def after_number_word(doc: Doc, i: int, end: int) -> int:
    """Past "No." (or "Nr", "number") before a code."""
    if i < end and doc[i].lower_ in NUMBER_WORDS:
        i += 1
        if i < end and doc[i].text == ".":
            i += 1
    return i


def after_year(doc: Doc, i: int, end: int) -> int:
    """Past "of 2019" or "of 23 September 2025" after a code."""
    if i + 1 < end and doc[i].lower_ == "of":
        year = next((j for j in range(i + 1, min(i + 5, end)) if is_year(doc[j].text)), None)
        if year is not None and all(date_word(doc[j]) for j in range(i + 1, year)):
            return year + 1
    return i


def date_word(t: Token) -> bool:
    """A day or a month of a date before its year ("23 September", "September 23 ,")."""
    return t.lower_.rstrip(".") in MONTHS or (t.like_num and len(t.text) <= 2) or t.text == ","


def coded_name(tok: Token, floor: int, end: int) -> Span | None:
    """The instrument a capitalised kind word names with the code after it, its title words before it included."""
    if tok.lower_ not in coded_heads() or not tok.text[:1].isupper():
        return None
    stop = code_end(tok.doc, tok.i + 1, end)
    if stop is None or (stop == tok.i + 2 and is_year(tok.doc[tok.i + 1].text)):
        return None  # a year alone is the title rules' ("Online Safety Act 2021")
    start = title_start(tok.doc, tok.i, floor)
    while start < tok.i and tok.doc[start].is_sent_start and tok.doc[start].pos_ in ("ADP", "DET", "ADV", "SCONJ"):
        start += 1  # "Under Government Regulation ...": the sentence's first word is no title word
    if stop - start > MAX_WORDS:
        return None
    return Span(tok.doc, start, stop, label="PolicyInstrument")


def coded_names(doc: Doc) -> list[Span]:
    """Every instrument of the document named by a kind word and a code."""
    out: list[Span] = []
    for tok in tokens_with(doc, coded_heads()):  # only the kind words become tokens
        sent = tok.sent
        span = coded_name(tok, sent.start, sent.end)
        if span is not None and not (out and out[-1].end > span.start):
            out.append(span)
    return out


def in_code(e: Span, c: Span) -> bool:
    """Whether `e` lies in the code of the coded name `c`, after its kind word ("EU" in "Directive (EU) 2019/790")."""
    head = next(t.i for t in c if t.lower_ in coded_heads() and t.text[:1].isupper())
    return e.start > head and e.end <= c.end and e.label_ not in LAW_LABELS


def issuer_or_code(e: Span, c: Span) -> bool:
    """A known name inside a coded name that the code's designation holds: its issuer before the kind word ("NIST" in
    "NIST Special Publication 800-218A") or a part of its code ("EU")."""
    return e.start >= c.start and e.end <= c.end and e.label_ not in LAW_LABELS


def piece_of(e: Span, c: Span) -> bool:
    """Whether `e` lies inside the coded name `c` and ends before it."""
    return c.start <= e.start and e.end < c.end


def place_coded(ents: list[Span], coded: list[Span]) -> list[Span]:
    """`ents` with each coded name in place of what overlaps it, unless an instrument's own name does (a gazetteer's
    name, or one read as a law: "Executive Order 14110", "Senate Bill 2"); a law's name the coded name holds and
    goes on from ("Public Act" of "Public Act 23-16") is a piece of it."""
    out = list(ents)
    for c in coded:
        inside = [e for e in out if e.start < c.end and e.end > c.start]
        if any(e.label_ in LAW_LABELS and not (in_code(e, c) or piece_of(e, c))
               or e.ent_id_ and not issuer_or_code(e, c) for e in inside):
            continue
        out = [e for e in out if not any(e is x for x in inside)] + [c]
    return sorted(out, key=lambda e: e.start)
