"""Versioned model names: a model family's name, a version and its edition words ("Suzuri 3 Mini", "Lattice 3
Deep", "Claude 3.5 Sonnet"). The NER model reads a piece of such a name ("Suzuri", "Deep") and the typer knows it
for a model; this grows the piece over the version and the edition words beside it, and then reads every other
version of that family the same document names ("Lattice 2" after "Lattice 3 Deep"). A family is a capitalised
word before a version, within a name already read as a model: nothing here starts from a number alone."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.ingest.dates import MONTHS, WEEKDAYS
from kg.nlp.doc.lines import doc_text
from kg.nlp.doc.token_filter import tokens_with

VERSION = re.compile(r"(?:v|V)?\d{1,3}(?:\.\d{1,2})?[a-z]?")  # "3", "3.5", "4o", "v2"; never a year ("2024")
CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)
# "Tern-3", "Halcyon-2", "Chaba-7B", "Lumo-4.5": a capitalised word (not an acronym), a hyphen and a version
HYPHENATED = re.compile(r"[A-Z][a-z][A-Za-z]+-\d{1,3}(?:\.\d{1,2})?[A-Za-z]{0,2}")
NOT_MODELS = frozenset({"covid"})  # "Covid-19"


def is_version(tok: Token) -> bool:
    return bool(VERSION.fullmatch(tok.text))


def is_word(tok: Token) -> bool:
    """A capitalised word that can be part of a model's name (a family or an edition: "Suzuri", "Mini"), not a
    day or a month ("Suzuri 3 Monday")."""
    return (tok.is_alpha and tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ")
            and tok.lower_.rstrip(".") not in CALENDAR)


def editions_end(doc: Doc, i: int, named: set[int]) -> int:
    """The end of the edition words from `i` on ("Pro", "Mini", "Deep Research"): not a word of another name
    (`named`), nor an acronym ("the Suzuri 2 API" is the model's interface)."""
    while i < len(doc) and i not in named and is_word(doc[i]) and not doc[i].text.isupper():
        i += 1
    return i


def edition(words: list[str]) -> str | None:
    """The edition words of a versioned model name ("Deep" of "Lattice 3 Deep"), by which a text may go on to
    name it; None when it has none."""
    at = next((k for k, w in enumerate(words) if VERSION.fullmatch(w)), None)
    return " ".join(words[at + 1:]) if at and at + 1 < len(words) else None


def fits(start: int, end: int, others: list[Span]) -> bool:
    """Whether a name over [start, end) leaves every other entity whole: inside it (the piece NER read, "Suzuri"
    as an organisation) or apart from it."""
    return all(o.end <= start or o.start >= end or (start <= o.start and o.end <= end) for o in others)


def grown(span: Span, named: set[int]) -> tuple[int, int]:
    """(start, end) of a model's name grown over a family and a version before it ("Lattice 3" before "Deep") and
    a version and edition words after it ("3 Mini" after "Suzuri")."""
    doc, start, end = span.doc, span.start, span.end
    if start >= 2 and is_version(doc[start - 1]) and is_word(doc[start - 2]):
        start -= 2
    if end < len(doc) and is_version(doc[end]) and not any(is_version(t) for t in span):
        end = editions_end(doc, end + 1, named)
    return start, end


def families(spans: list[Span]) -> set[str]:
    """The family words of the versioned model names: the capitalised word right before a version."""
    return {s[k].text for s in spans for k in range(len(s) - 1) if is_version(s[k + 1]) and is_word(s[k])}


def hyphenated(doc: Doc, kept: list[Span]) -> list[Span]:
    """Words shaped like a model's name and version in one ("Tern-3") that no entity covers (a year is no version:
    "Mid-2025"; on the project's corpora every such word was a model)."""
    if not HYPHENATED.search(doc_text(doc)):  # most documents have no such word: no pass over their tokens
        return []
    covered = {i for s in kept for i in range(s.start, s.end)}
    return [Span(doc, t.i, t.i + 1, label="AIModel") for t in doc if t.i not in covered
            and HYPHENATED.fullmatch(t.text) and t.text.split("-")[0].lower() not in NOT_MODELS]


def model_versions(doc: Doc, kept: list[Span]) -> list[Span]:
    """New AIModel spans: words shaped like a model's name and version ("Tern-3"), the document's model names
    grown over their versions, and the other versions of their families named apart from any model. Each covers
    what it grows; the caller keeps the longer (`filter_spans`)."""
    shaped = hyphenated(doc, kept)
    models = [s for s in kept if s.label_ == "AIModel"] + shaped
    if not models:
        return []
    others = [s for s in kept if s.label_ != "AIModel"]
    named = {i for s in others for i in range(s.start, s.end)}
    out = list(shaped)
    for s in models:
        start, end = grown(s, named)
        if (start, end) != (s.start, s.end) and fits(start, end, others):
            out.append(Span(doc, start, end, label="AIModel"))
    family = families(models + out)
    in_models = {i for s in models + out for i in range(s.start, s.end)}
    for tok in tokens_with(doc, {f.lower() for f in family}):  # the family words only, not every token
        if tok.text in family and tok.i + 1 < len(doc) and is_version(doc[tok.i + 1]) and is_word(tok):
            end = editions_end(doc, tok.i + 2, named)
            if not in_models & set(range(tok.i, end)) and fits(tok.i, end, others):
                out.append(Span(doc, tok.i, end, label="AIModel"))
    return out
