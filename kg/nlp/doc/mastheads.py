"""The publication a document's masthead names: a field of a line cut by bars among its opening lines ("Nile
Startup Wire | Funding | CAIRO, 29 April 2025", "Friday 18 October 2024 | JOHANNESBURG | Jozi Policy Brief",
"Published 2026-03-04 by AsiaTech Ledger | Launches") or the credit of its dateline ("RIYADH, Feb. 11, 2025 (Gulf
Deal Desk) -"), where the name's own last word names a publication ("Wire", "Ledger", "Review", "Weekly":
`publication_words` of data/entity_words.json; or the word before a last place-like word, "Fintech Ledger Africa").
The tagger reads such names as anything or nothing; the bar that cuts the line leaves it no sentence to read them
in. A section's word ("Analysis", "Client Alert", "Press release") names no publication."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.nlp.doc.datelines import credit_tokens
from kg.nlp.doc.opening import line_end, line_starts
from kg.nlp.lexicon import words

INSIDE = ("of", "and", "the", "&")  # words inside a publication's name ("Data & AI Brief")
MAX_WORDS = 6


@lru_cache(maxsize=1)
def publication_words() -> frozenset[str]:
    return frozenset(words("entity_words.json", "publication_words"))


def masthead_outlets(doc: Doc) -> list[Span]:
    """The publications the masthead and the dateline's credit name, as MediaOutlet spans."""
    out = []
    for start, end in masthead_fields(doc):
        found = trailing_name(doc, start, end)
        if found is not None and names_publication(doc[found[0]:found[1]]):
            out.append(Span(doc, found[0], found[1], label="MediaOutlet"))
    return out


def masthead_fields(doc: Doc) -> Iterator[tuple[int, int]]:
    """(start, end) of each field of the opening lines cut by a bar, and of the dateline's credit."""
    for i in line_starts(doc):
        end = line_end(doc, i)
        bars = [j for j in range(i, end) if doc[j].text == "|"]
        if bars:
            yield from zip([i] + [j + 1 for j in bars], bars + [end])
    credit = sorted(credit_tokens(doc))
    if credit:
        yield credit[0], credit[-1] + 1


def trailing_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The run of capitalised words a field ends with ("AsiaTech Ledger" of "Published 2026-03-04 by AsiaTech
    Ledger"), without the words of `INSIDE` it starts with; None for none."""
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text != "&"):
        end -= 1
    j = end
    while j > start and (titled(doc[j - 1]) or doc[j - 1].lower_ in INSIDE):
        j -= 1
    while j < end and doc[j].lower_ in INSIDE:
        j += 1
    return (j, end) if j < end else None


def titled(tok: Token) -> bool:
    """A word of a name in a masthead: capitalised and not in capitals alone (a dateline's "JOHANNESBURG")."""
    return tok.text[:1].isupper() and tok.is_alpha and not (tok.is_upper and len(tok) > 3)


def names_publication(span: Span) -> bool:
    """Two to `MAX_WORDS` words, the last a publication's word, or the one before the last with the last
    capitalised ("Fintech Ledger Africa")."""
    names = [t.lower_ for t in span if t.lower_ not in INSIDE]
    if not 2 <= len(span) <= MAX_WORDS or len(names) < 2:
        return False
    pubs = publication_words()
    return names[-1] in pubs or len(names) >= 3 and names[-2] in pubs
