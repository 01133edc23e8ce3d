"""A place's government named by its adjective or its name: "the Italian government", "the Quebec government",
"the Australian Government", with its level ("the Nagoya city government"), are government bodies, as the
annotators of every corpus name them. Read off the place names and adjectives the resolver knows
(kg/nlp/entities/qualified.py: place_names), so that no list is written twice; a set lookup at each "government",
not ruler patterns (a thousand place words as patterns made the ruler seventy times slower)."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.doc.token_filter import tokens_with
from kg.nlp.entities.qualified import place_names
from kg.nlp.names import fold

GOVERNMENT = ("government",)
LONGEST_PLACE = 3  # words: "South Korean", "United Arab Emirates"
LEVELS = ("city", "state", "provincial", "regional", "municipal", "county", "metropolitan")  # "Lagos state ..."


def government_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each "<place> government" whose place words are capitalised words (no possessive: "California's
    Government Operations Agency"), the longest place first; not the start of a longer name ("... Government
    Operations Agency")."""
    names = place_names()
    out = []
    for tok in tokens_with(doc, GOVERNMENT):
        if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title:
            continue
        end = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ in LEVELS else tok.i  # "the Nagoya city government"
        for n in range(min(LONGEST_PLACE, end), 0, -1):
            start = end - n
            if doc[start].lower_ != "the" and all(t.is_alpha and t.is_title for t in doc[start:end]) \
                    and fold(doc[start:end].text) in names:
                out.append((start, tok.i + 1))
                break
    return out
