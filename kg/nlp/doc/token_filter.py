"""Finding the few tokens a component cares about without creating a Python object for every token:
word hashes looked up in a whole-document array (numpy), then only the hits become `Token`s."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

COLUMNS = [LOWER, LEMMA, POS]


def hashes(words: Iterable[str]) -> np.ndarray:
    """The string hashes of `words` (lower-case and capitalised forms), as spaCy's arrays hold them;
    computed once per word list."""
    return _hashes(tuple(sorted(set(words))))


@lru_cache(maxsize=32)
def _hashes(words: tuple[str, ...]) -> np.ndarray:
    return np.array(sorted({get_string_id(v) for w in words for v in (w, w.lower(), w.capitalize())}),
                    dtype=np.uint64)


def columns(doc: Doc) -> np.ndarray:
    """LOWER, LEMMA and POS of every token (cached on the document for the components after the parse; a cache of
    the document index's `SCRATCH`, kg/nlp/doc/index.py, dropped with the others)."""
    cached = doc.user_data.get("kg_columns")
    if cached is None or len(cached) != len(doc):
        cached = doc.to_array(COLUMNS)
        doc.user_data["kg_columns"] = cached
    return cached


def tokens_with(doc: Doc, words: Iterable[str]) -> list[Token]:
    """The tokens whose lower-case form is one of `words`, in text order: only those become `Token` objects (a
    component that looks for a few words need not build one per word of the document). The hashes are sorted:
    each token's is looked up by bisection (`np.isin` would sort the document's column again at every call)."""
    wanted, column = hashes(words), columns(doc)[:, 0]
    if not len(wanted):
        return []
    at = np.minimum(np.searchsorted(wanted, column), len(wanted) - 1)
    return [doc[int(i)] for i in np.flatnonzero(wanted[at] == column)]


def tagged(doc: Doc, pos: str) -> list[Token]:
    """The tokens of one part of speech ("PROPN"), in text order, found in the document's array."""
    return [doc[int(i)] for i in np.flatnonzero(columns(doc)[:, 2] == pos_id(doc, pos))]


def pos_id(doc: Doc, tag: str) -> int:
    return doc.vocab.strings[tag]
