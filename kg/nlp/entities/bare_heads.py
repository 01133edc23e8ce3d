"""A body called by its head word alone, capitalised as a name ("the Authority", "the Commission", "the Council"):
not a body of its own but one the document names in full. It is read as the description "the authority" is
(kg/nlp/doc/anaphors.py, data/anaphora.json): the last body before it whose name holds the word, or, for a word
that does not need the name to hold it, the nearest body of the description's classes before it."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.doc.anaphors import ORGANISATIONS, anaphora
from kg.nlp.names import name_words
from kg.nlp.pieces import merge_entity
from kg.nlp.records import LocalEntity


@lru_cache(maxsize=1)
def head_words() -> dict[str, frozenset[str]]:
    """Head word -> the classes it may stand for: the descriptions of data/anaphora.json that a body's name holds
    ("commission", "authority", "committee"), organisations only."""
    a = anaphora()
    return {w: frozenset(a["descriptions"][w]) & ORGANISATIONS for w in a["prefer_name_word"]
            if w in a["descriptions"] and set(a["descriptions"][w]) & ORGANISATIONS}


def bare_head(e: LocalEntity) -> str | None:
    """The head word a document's own entity is named by alone ("Authority" for "the Authority"), or None."""
    if e.gaz_id:
        return None
    words = {re.sub(r"^the\s+", "", f.strip().lower()) for f in e.surface_forms}
    word = words.pop() if len(words) == 1 else None
    return word if word in head_words() else None


def holds(e: LocalEntity, word: str) -> bool:
    """Whether one of the entity's names holds the word as a word."""
    return any(word in name_words(n) for n in {e.name, *e.surface_forms})


def body_meant(e: LocalEntity, word: str, entities: dict[str, LocalEntity]) -> str | None:
    """The key of the body "the <word>" stands for: named before its first mention with the word in its name (the
    last such), else, unless the word is strict, the last body of its classes named before it; None otherwise."""
    classes, first = head_words()[word], e.first
    before = sorted((o.first, k) for k, o in entities.items()
                    if o is not e and o.type in classes and o.mentions and o.first < first and not bare_head(o))
    named = [k for _, k in before if holds(entities[k], word)]
    if named:
        return named[-1]
    if word in anaphora()["strict_name_words"] or not before:
        return None
    return before[-1][1]


def join_bare_heads(entities: dict[str, LocalEntity], mention: dict[tuple[int, int], str]) -> None:
    """Each body named by its head word alone joins the body it stands for (`body_meant`), where there is one."""
    for key in list(entities):
        e = entities[key]
        word = bare_head(e)
        into = body_meant(e, word, entities) if word else None
        if into is None:
            continue
        forms = set(entities[into].surface_forms)
        merge_entity(entities[into], e, 0)
        entities[into].surface_forms = forms
        del entities[key]
        for span in e.mentions:
            mention[span] = into
