"""Instruments named in title case that NER missed or cut: a run of capitalised words that ends in an
instrument's head word ("the Anti-Monopoly Law", "the Data (Use and Access) Bill", "the EuroHPC Regulation"),
with the year or number that belongs to the name ("Online Safety Act 2021", "Copyright Act, 1957").

The grammar is that of a title, not a list of titles: capitalised words, hyphens, parenthesised title words,
and minor words ("of", "on", "and") only between capitalised ones. A run that holds a date or a possessive,
that names a body ("Center for AI Policy"), or that stands in a title-case headline is not an instrument's title.
The `kg_instruments` component puts these names in place of what NER made of them (`merge`)."""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from kg.ingest.dates import MONTHS, WEEKDAYS
from kg.nlp.doc.lines import MINOR, title_case_line
from kg.nlp.doc.token_filter import tokens_with
from kg.nlp.entities.entity_types import cues
from kg.nlp.entities.name_runs import inner_hyphen
from kg.nlp.entities.nesting import BODY_HEADS, LAW_HEADS, comma_year, is_year

MAX_WORDS = 12


def capitalised(t: Token) -> bool:
    """A title word: capitalised or holding capitals or digits ("EuroHPC", "AI", "C-27"), not a month, a weekday or
    a date."""
    return (t.text[:1].isupper() or (t.text[:1].isdigit() and any(c.isupper() for c in t.text))) \
        and t.lower_.rstrip(".") not in MONTHS and t.lower_ not in WEEKDAYS and t.ent_type_ not in ("DATE", "TIME")


def title_start(doc: Doc, head: int, floor: int) -> int:
    """The first word of the title that ends at `head`: back over title words, hyphens, parenthesised title
    words, and minor words that stand between two title words."""
    i = head
    while i - 1 >= floor:
        t = doc[i - 1]
        if capitalised(t) or (inner_hyphen(doc, i - 1) and i - 2 >= floor and capitalised(doc[i - 2])):
            i -= 1
        elif t.text == ")":
            j = opening(doc, i - 1, floor)
            if j is None:
                break
            i = j
        elif t.lower_ in MINOR and t.lower_ not in ("a", "an", "the") and i - 2 >= floor and capitalised(doc[i - 2]):
            i -= 1
        else:
            break
    while i < head and (doc[i].lower_ in MINOR or doc[i].is_punct):  # a title starts with a title word
        i += 1
    return i


def opening(doc: Doc, close: int, floor: int) -> int | None:
    """The "(" of a parenthesis of title words ending at `close`, when a title word stands before it."""
    j = close - 1
    while j >= floor and j > close - 6 and doc[j].text != "(":
        if not (capitalised(doc[j]) or doc[j].lower_ in MINOR):
            return None
        j -= 1
    return j if j - 1 >= floor and doc[j].text == "(" and capitalised(doc[j - 1]) else None


def topic_end(doc: Doc, head: int, end: int) -> int:
    """The last word of a topic in title case after the head word: "Law on Artificial Intelligence", "Directive on
    Copyright in the Digital Single Market" (minor words only between title words); the head word when none."""
    last, i = head, head + 1
    if i >= end or doc[i].lower_ not in ("on", "of", "for"):
        return head
    while i < end and (capitalised(doc[i]) or inner_hyphen(doc, i) or doc[i].lower_ in MINOR):
        if capitalised(doc[i]):
            last = i
        i += 1
    return head if doc[last].lower_ in BODY_HEADS else last  # "an Order of the Court" is the court's, no title


def number_after(doc: Doc, head: int, end: int) -> int:
    """The end of the name with its year ("Act 2021", "Act, 1957": nesting's rule) or number ("Circular 2023-03")."""
    i = head + 1
    if i + 1 < end and comma_year(doc, i):
        return i + 2
    if i < end and (is_year(doc[i].text) or re.match(r"^(19|20)\d\d-\d\d$", doc[i].text)):
        return i + 1
    return i


def names_a_body(span: Span) -> bool:
    """"Center for AI Policy", "Institute for AI Policy and Strategy": a body's head word before "for"/"of"/"on"."""
    return any(t.lower_ in BODY_HEADS and t.i + 1 < span.end and t.nbor().lower_ in ("for", "of", "on") for t in span)


def titled_names(doc: Doc) -> list[Span]:
    """Every title-case instrument name of the document: a head word after title words ("Anti-Monopoly Law") or
    before a title-case topic ("Law on Artificial Intelligence")."""
    out = []
    heads = tokens_with(doc, LAW_HEADS)
    for sent in sentences(doc):
        here = heads[bisect.bisect_left(heads, sent.start, key=lambda t: t.i):
                     bisect.bisect_left(heads, sent.end, key=lambda t: t.i)]
        if not here or title_case_line(sent):
            continue
        for tok in here:
            if not tok.text[:1].isupper():
                continue
            start = title_start(doc, tok.i, sent.start)
            # "AI" alone names nothing ("AI Policy Week"): a title needs a word of its own or a topic
            words_before = [t for t in doc[start:tok.i] if capitalised(t) and t.lower_ not in cues().stop_names]
            last = topic_end(doc, tok.i, sent.end)
            span = doc[start:number_after(doc, last, sent.end)]
            if not (words_before or last > tok.i) or len(span) > MAX_WORDS or names_a_body(span) \
                    or any(t.text == "'s" for t in span):
                continue
            out.append(Span(doc, span.start, span.end, label="PolicyInstrument"))
    return out


def sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, each joined to the next where it ends without a stop or a line break (the parser
    cuts at a title's parenthesis: "the Data (Use and Access) | Bill")."""
    out: list[Span] = []
    for sent in doc.sents:
        if out and out[-1].end == sent.start and doc[sent.start - 1].text not in ".!?:;" \
                and "\n" not in doc[sent.start - 1].text_with_ws and not doc[sent.start - 1].is_space:
            out[-1] = doc[out[-1].start:sent.end]
        else:
            out.append(sent)
    return out


def merge(ents: list[Span], titles: list[Span]) -> list[Span]:
    """`ents` with each title in place of the names it holds: a title that a longer name holds, or that holds a
    gazetteer's name of another class ("OECD" in "OECD AI Principles"), leaves the names as they are."""
    out = list(ents)
    for t in titles:
        inside = [e for e in out if e.start < t.end and e.end > t.start]
        if any(e.start < t.start or e.end > t.end or (e.ent_id_ and e.label_ != t.label_) for e in inside):
            continue
        out = [e for e in out if not any(e is x for x in inside)] + [t]
    return sorted(out, key=lambda e: e.start)
