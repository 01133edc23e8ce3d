"""Loaders for the NLP data files in `kg/nlp/data/` (lexicons and patterns, never literals in code)."""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from kg.assets import nlp_data
from kg.errors import Errors, KGError


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    path = nlp_data(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KGError(Errors.E205, path=path, detail=exc) from None


@lru_cache(maxsize=None)
def load_jsonl(name: str) -> tuple[dict, ...]:
    path = nlp_data(name)
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("//"):
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                raise KGError(Errors.E204, path=path, line=n, detail=exc) from None
    return tuple(rows)


@lru_cache(maxsize=None)
def words(name: str, key: str) -> frozenset[str]:
    """One word list of a JSON data file (`words("clause_words.json", "say_verbs")`), as a set."""
    try:
        return frozenset(load_json(name)[key])
    except (KeyError, TypeError) as exc:
        raise KGError(Errors.E205, path=nlp_data(name), detail=f"no word list {exc}") from None


def is_person_noun(tok) -> bool:
    """A noun whose first WordNet sense is a person ("analyst", "lawyer", "official"; data/person_nouns.json, made by
    tools/wordnet_person_nouns.py)."""
    nouns = words("person_nouns.json", "nouns")
    return tok.lemma_.lower() in nouns or tok.lower_ in nouns
