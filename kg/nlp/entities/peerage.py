"""A peer's name, title and all: "Baroness Stowell of Beeston", "Lord Holmes of Richmond", "Lord Clement-Jones".

In British (and Commonwealth) usage a peer is named by the rank, the title's name and, often, its territorial
designation ("of Beeston"); the rank is part of the name, unlike "Senator" or "Chair". The tagger misses such names
or keeps only the middle ("Holmes of Richmond"). A rank (`peer_ranks` of data/person_titles.json) followed by a
capitalised word that is no title and no office (`peer_offices`: "Lord Chancellor", "Lord Justice Arnold" are
offices, not a peerage) names a person, with "of" and the capitalised place words after it."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.nlp.doc.lines import glued_hyphen
from kg.nlp.doc.titles import is_title
from kg.nlp.doc.token_filter import tokens_with
from kg.nlp.lexicon import load_json


@lru_cache(maxsize=1)
def peer_ranks() -> frozenset[str]:
    return frozenset(load_json("person_titles.json")["peer_ranks"])


@lru_cache(maxsize=1)
def not_title_names() -> frozenset[str]:
    """The ranks and the offices ("Chancellor", "Speaker"): words that are no peerage's own name."""
    return peer_ranks() | frozenset(load_json("person_titles.json")["peer_offices"])


def title_name(tok: Token) -> bool:
    """A peerage's own name: a capitalised word that is no title ("Justice") and no office ("Chancellor")."""
    return tok.text[:1].isupper() and tok.is_alpha and not is_title(tok) and tok.lower_ not in not_title_names()


def peer_at(doc: Doc, i: int) -> Span | None:
    """The peer named from token `i` (a rank), or None."""
    if doc[i].lower_ not in peer_ranks() or not doc[i].text[:1].isupper() or i + 1 >= len(doc):
        return None
    j = i + 1
    while j < len(doc) and j - i <= 3 and (title_name(doc[j]) or joined(doc, j)):
        j += 1
    return Span(doc, i, seat_end(doc, j), label="Person") if j > i + 1 else None


def seat_end(doc: Doc, j: int) -> int:
    """Past the peer's seat ("of Beeston", "of Richmond") where one follows the name that ends at `j`."""
    if j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha:
        j += 2
        while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j += 1
    return j


def joined(doc: Doc, j: int) -> bool:
    """A hyphen inside a name ("Clement-Jones")."""
    return glued_hyphen(doc, j) and title_name(doc[j + 1])


def peer_spans(doc: Doc) -> list[Span]:
    """Every peer's name in the document."""
    out: list[Span] = []
    for tok in tokens_with(doc, peer_ranks()):
        if out and tok.i < out[-1].end:
            continue
        span = peer_at(doc, tok.i)
        if span is not None:
            out.append(span)
    return out
