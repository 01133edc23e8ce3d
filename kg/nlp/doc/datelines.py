"""The place of a dateline: wire copy, court reports and press releases open with the city they were filed from,
in capitals, then the region where the city is not a capital the reader knows, then the date or a dash:

    SÃO PAULO, July 18, 2024 (Wire) -
    FORT WORTH, Texas, Aug. 26, 2025 (Wire) --
    THE HAGUE, 3 September 2024 - ...
    SALT LAKE CITY - New consumer protections ...
    SEOUL (Wire) - The ministry said ...

Both are places whether or not a list of places knows them: the convention itself says so. The tagger misses a
name in capitals or reads it as an organisation. Only the opening lines of a document are read (`LINES` of
kg/nlp/doc/opening.py), and a line only where its capitals are followed by a date, by a wire's credit in brackets
and a dash, or by a dash below the first line (a headline in capitals is no dateline)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.ingest.dates import MONTHS
from kg.nlp.doc.index import CREDIT, memo
from kg.nlp.doc.opening import line_end, line_starts

DASHES = ("-", "--", "—", "–")
JOINERS = ("'", "-", ".")


def capitals_end(doc: Doc, i: int) -> int:
    """The end of the run of words in capitals from token `i` ("THE HAGUE", "SÃO PAULO"), `i` when none."""
    j = i
    while j < len(doc) and (doc[j].is_upper and doc[j].is_alpha or j > i and doc[j].text in JOINERS
                            and j + 1 < len(doc) and doc[j + 1].is_upper):
        j += 1
    return j if sum(len(t.text) for t in doc[i:j] if t.is_alpha) >= 3 else i


def region_end(doc: Doc, i: int) -> int:
    """After "CITY ,": the end of a title-case region ("Texas", "Md.", "Germany") followed by a comma, else `i`."""
    j = i
    while j < len(doc) and doc[j].text[:1].isupper() and not doc[j].is_upper and not dated(doc[j]):
        j += 1
    return j if j > i and j < len(doc) and doc[j].text == "," else i


def dated(t: Token) -> bool:
    return t.lower_.rstrip(".") in MONTHS or t.like_num


def credit_then_dash(doc: Doc, i: int) -> bool:
    """Whether a wire's credit in brackets and a dash follow token `i` ("(Reuters) -", "(AP) --"): a dateline with no
    date, which no headline is."""
    return credit_close(doc, i) is not None


def credit_close(doc: Doc, i: int) -> int | None:
    """The closing bracket of a wire's credit that opens at token `i` and is followed by a dash, else None."""
    if doc[i].text != "(":
        return None
    close = next((j for j in range(i + 1, min(i + 5, len(doc))) if doc[j].text == ")"), None)
    return close if close is not None and close + 1 < len(doc) and doc[close + 1].text in DASHES else None


def dateline_at(doc: Doc, i: int) -> list[Span]:
    """The city, and the region if one is given, of a dateline that starts at token `i`."""
    end = capitals_end(doc, i)
    if end == i or end + 1 >= len(doc):
        return []
    if credit_then_dash(doc, end):  # "SEOUL (Wire) -", "WASHINGTON (Reuters) -": on any line
        return [Span(doc, i, end, label="Jurisdiction")]
    if doc[end].text in DASHES:  # not on the first line, which may be a headline in capitals
        return [Span(doc, i, end, label="Jurisdiction")] if i > 0 else []
    if doc[end].text != ",":
        return []
    region = region_end(doc, end + 1)
    after = region + 1 if region > end + 1 else end + 1
    if after >= len(doc) or not dated(doc[after]):
        return []
    spans = [Span(doc, i, end, label="Jurisdiction")]
    return spans + ([Span(doc, end + 1, region, label="Jurisdiction")] if region > end + 1 else [])


def dateline_tokens(doc: Doc) -> set[int]:
    """The token indices of the dateline's places (the parser makes "LONDON" the subject of the story's first verb)."""
    return {t.i for span in dateline_places(doc) for t in span}


def dateline_places(doc: Doc) -> list[Span]:
    """The places of the document's dateline, if it has one (the first line that reads as one, at its start or after
    a bar that parts a masthead's fields: "Feature | By Jane Doe | GENEVA, 10 July 2024")."""
    for i in line_starts(doc):
        for start in [i] + fields_after_bars(doc, i):
            spans = dateline_at(doc, start)
            if spans:
                return spans
    return []


def credit_tokens(doc: Doc) -> set[int]:
    """The token indices inside the brackets of the dateline's credit ("LONDON, 3 March 2025 (Court report) -",
    "SEOUL (Wire) -"): who filed the story or what kind of copy it is, no party to it. Read once per document."""
    return memo(doc, CREDIT, lambda: read_credit(doc))


def read_credit(doc: Doc) -> set[int]:
    places = dateline_places(doc)
    if not places:
        return set()
    for i in range(places[-1].end, min(line_end(doc, places[0].start), len(doc))):
        close = credit_close(doc, i)
        if close is not None:
            return set(range(i + 1, close))
    return set()


def fields_after_bars(doc: Doc, start: int) -> list[int]:
    """The first token of each field after a bar on the line that starts at token `start`."""
    return [j + 1 for j in range(start, line_end(doc, start) - 1) if doc[j].text == "|"]
