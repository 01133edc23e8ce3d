"""A place's government named by its adjective or its name: "the Italian government", "the Quebec government",
"the Australian Government" are government bodies, as the annotators of every corpus name them. Ruler patterns built
from the place names and adjectives the resolver knows (kg/nlp/entities/qualified.py: place_names), so that no list
is written twice."""
from __future__ import annotations

from functools import lru_cache

from kg.nlp.entities.qualified import place_names

GOVERNMENT = {"LOWER": "government"}


@lru_cache(maxsize=1)
def place_words() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """(one-word place adjectives and names, the longer ones of up to three words as word tuples), folded."""
    names = place_names()
    one = frozenset(n for n in names if " " not in n)
    more = tuple(sorted(tuple(n.split()) for n in names if " " in n and len(n.split()) <= 3))
    return one, more


def government_patterns() -> list[dict]:
    """EntityRuler token patterns: a capitalised place adjective or name, then "government"."""
    one, more = place_words()
    pats = [{"label": "GovernmentBody", "pattern": [{"LOWER": {"IN": sorted(one)}, "IS_TITLE": True}, GOVERNMENT]}]
    for words in more:
        first, *rest = words
        pats.append({"label": "GovernmentBody", "pattern": [{"LOWER": first, "IS_TITLE": True},
                                                            *({"LOWER": w} for w in rest), GOVERNMENT]})
    return pats
