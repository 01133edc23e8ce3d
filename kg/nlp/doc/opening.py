"""The opening lines of a document, where a dateline and a byline stand, and the people a byline names ("By Meera
Raghunathan, Senior Fellow, Institute for Digital Public Policy", "Authors: Marta Lindqvist, Partner, and Oliver
Brandt, Counsel", "Commentary by Beatriz Almeida, senior fellow").

A byline has a grammar of its own: after "by" (or "Author:", "Authors:"), a name, then after a comma the person's
role, then "and" and the next name; or, without a cue, a part of the line that is a name, a comma and a role
("Commentary | Mariana Ortega Luna, senior fellow, Centro Puente de Política Digital"). The tagger misses names
there, and the typer drops whatever stands on a line cut by "|" (a dateline, not prose). Only the document's opening
lines are read (`LINES`), and of those only a short one that ends without a full stop (`byline_shaped`). A run that
goes on in capitals ("by Kestrel Hale LLP", "by AI Infrastructure Weekly") or starts in lower case ("by the Policy
Desk") names an organisation, not an author. The entity typer reads the authors (kg/nlp/entities/typer.py) and the
relation patterns their organisation (kg/nlp/relations/byline_patterns.py)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.nlp.doc.index import OPENING_END, memo
from kg.nlp.doc.lines import glued_hyphen
from kg.nlp.doc.titles import is_title
from kg.nlp.lexicon import load_json

LINES = 5  # a dateline or a byline stands among the document's first lines (the title's included)
AUTHOR_WORDS = ("author", "authors")
CUE_WORDS = ("by", *AUTHOR_WORDS)
MAX_WORDS = 4  # words of one author's name
MAX_LINE = 30  # tokens of a byline


def line_starts(doc: Doc, lines: int = LINES) -> list[int]:
    """The first token of each of the document's first `lines` non-empty lines."""
    out, new_line = [], True
    for t in doc:
        if t.is_space:
            new_line = new_line or "\n" in t.text
            continue
        if new_line:
            out.append(t.i)
            if len(out) == lines:
                break
        new_line = "\n" in t.whitespace_
    return out


def below_opening(doc: Doc, i: int) -> bool:
    """Whether token `i` stands below the document's opening lines (`LINES`), on no line `line_starts` gives; the
    end of those lines is read once a document."""
    return i > memo(doc, OPENING_END, lambda: line_end(doc, s[-1]) if (s := line_starts(doc)) else -1)


def line_end(doc: Doc, start: int) -> int:
    """The end of the line that starts at token `start`."""
    i = start
    while i < len(doc) and not (doc[i].is_space and "\n" in doc[i].text):
        if "\n" in doc[i].whitespace_:
            return i + 1
        i += 1
    return i


def name_end(doc: Doc, i: int, end: int) -> int:
    """The end of a person's name from token `i`: title-case words, hyphens inside them ("Ji-won"); `i` when the run
    is no person's name (it goes on in capitals, or is too long)."""
    j = i
    while j < end and (doc[j].is_title and doc[j].is_alpha or hyphen_part(doc, j, i, end)):
        j += 1
    words = sum(1 for k in range(i, j) if doc[k].is_alpha and not hyphen_part(doc, k, i, end))
    closed = j == end or doc[j].text in (",", "|", "and", "&") or doc[j].is_space
    return j if 2 <= words <= MAX_WORDS and closed else i


def hyphen_part(doc: Doc, j: int, i: int, end: int) -> bool:
    """Whether token `j` is a hyphen inside a name, or the word after one ("Ji-won", "Clifton-Brown")."""
    if doc[j].text == "-":
        return j > i and j + 1 < end and glued_hyphen(doc, j) and doc[j + 1].is_alpha
    return j - 1 > i and doc[j].is_alpha and glued_hyphen(doc, j - 1)


def cue_ends(doc: Doc, start: int, end: int) -> list[int]:
    """The token after each of the line's byline cues ("By", "Commentary by", "Authors:"), and the start of each
    part of the line that is a name and a role ("Commentary | Mariana Ortega Luna, senior fellow, ...")."""
    out = []
    for i in range(start, end):
        if doc[i].lower_ == "by":
            out.append(i + 1)
        elif doc[i].lower_ in AUTHOR_WORDS and i + 1 < end and doc[i + 1].text == ":":
            out.append(i + 2)
    parts = ([start] if start > 0 else []) + [i + 1 for i in range(start, end) if doc[i].text == "|"]
    return out + [j for j in parts if j < end and doc[j].lower_ not in CUE_WORDS and named_with_role(doc, j, end)]


def named_with_role(doc: Doc, j: int, end: int) -> bool:
    """Whether a name and, after its comma, a role ("senior fellow", "Partner") start at token `j`."""
    stop = name_end(doc, j, end)
    role = role_after(doc, stop, end) if stop > j else None
    return role is not None and any(t.lower_ in role_words() for t in role)


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """The head words of a person's role (data/relation_cues.json: "fellow", "partner", "director")."""
    return frozenset(load_json("relation_cues.json")["role_heads"])


def next_name(doc: Doc, k: int, end: int) -> int | None:
    """Where the next author's name starts after a name that ends at `k`: right after "and" ("Jane Doe and John
    Smith"), or after the role, at ", and" ("Marta Lindqvist, Partner, and Oliver Brandt"); None when no name
    follows (an "and" inside a role, "Technology and Trade Program", joins no name)."""
    if k < end and doc[k].lower_ in ("and", "&"):
        return k + 1
    if k >= end or doc[k].text != ",":
        return None
    while k + 1 < end and doc[k].text != "|":
        if doc[k].text == "," and doc[k + 1].lower_ in ("and", "&"):
            return k + 2
        k += 1
    return None


def byline_shaped(doc: Doc, start: int, end: int) -> bool:
    """A byline is a short line that ends without a sentence's full stop (a lede sentence that says "signed by
    Senator X, who ..." is prose)."""
    words = [t for t in doc[start:end] if not t.is_space]
    return 0 < len(words) <= MAX_LINE and words[-1].text not in (".", "!", "?")


def byline_people(doc: Doc) -> list[Span]:
    """Every author the document's byline names (read once a document: the typer and the relation patterns ask)."""
    return memo(doc, "kg_byline_people", lambda: read_byline_people(doc))


def read_byline_people(doc: Doc) -> list[Span]:
    out: list[Span] = []
    for start in line_starts(doc):
        end = line_end(doc, start)
        if not byline_shaped(doc, start, end):
            continue
        for j in cue_ends(doc, start, end):
            while j is not None and j < end and is_title(doc[j]):
                j += 1  # "By Dr Jane Doe"
            while j is not None and j < end:
                stop = name_end(doc, j, end)
                if stop == j:
                    break
                out.append(Span(doc, j, stop, label="PERSON"))
                j = next_name(doc, stop, end)
    return out


def line_start(doc: Doc, i: int) -> int:
    """The first token of the line that holds token `i`."""
    while i > 0 and not (doc[i - 1].is_space and "\n" in doc[i - 1].text) and "\n" not in doc[i - 1].whitespace_:
        i -= 1
    return i


def on_byline(span: Span) -> bool:
    """Whether the span stands on a byline, after its cue ("Published ... | By Meera Raghunathan, Senior Fellow,
    Institute for Digital Public Policy"): the author's organisation, not a dateline's words."""
    doc = span.doc
    if below_opening(doc, span.start):
        return False
    start = line_start(doc, span.start)
    if start not in line_starts(doc):
        return False
    end = line_end(doc, start)
    return byline_shaped(doc, start, end) and any(c <= span.start for c in cue_ends(doc, start, end))


def role_after(doc: Doc, i: int, end: int) -> Span | None:
    """The role after an author's name that ends at token `i` (", Senior Fellow,"), or None."""
    if i >= end or doc[i].text != ",":
        return None
    j = i + 1
    while j < end and doc[j].text not in (",", "|") and doc[j].lower_ not in ("and", "&"):
        j += 1
    return doc[i + 1:j] if j > i + 1 else None
