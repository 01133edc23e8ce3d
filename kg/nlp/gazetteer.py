"""The curated gazetteer (`ontology/gazetteer.jsonl`): known entities, their names and Wikidata ids."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.assets import ontology_file
from kg.contract import ENTITY_CLASSES, RELATIONS
from kg.errors import Errors, KGError
from kg.nlp.lexicon import words
from kg.nlp.names import fold, name_key

CLASSES = ENTITY_CLASSES  # the contract's, under the name the nlp stage has always used


@dataclass(frozen=True)
class GazEntry:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = field(default_factory=tuple)
    wikidata: str | None = None
    facts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # relation -> gazetteer ids

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def read_gazetteer(path: Path) -> dict[str, GazEntry]:
    """Entries by id; a malformed line raises `KGError` naming the line."""
    entries: dict[str, GazEntry] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            facts = {p: tuple(v) for p, v in rec.get("facts", {}).items()}
            entry = GazEntry(rec["id"], rec["name"], rec["type"], tuple(rec.get("aliases", [])), rec.get("wikidata"), facts)
        except (ValueError, KeyError, TypeError) as exc:
            raise KGError(Errors.E201, path=path, line=n, detail=exc) from None
        if entry.type not in CLASSES:
            raise KGError(Errors.E202, path=path, line=n, type=entry.type, classes=", ".join(CLASSES))
        entries[entry.id] = entry
    for e in entries.values():
        for p, objects in e.facts.items():
            bad = [o for o in objects if o not in entries]
            if p not in RELATIONS or bad:
                raise KGError(Errors.E203, path=path, id=e.id, fact=f"{p} {bad or objects}",
                              relations=", ".join(RELATIONS))
    return entries


@lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> dict[str, GazEntry]:
    return read_gazetteer(Path(path) if path else ontology_file("gazetteer.jsonl"))


def ruler_patterns(entries: dict[str, GazEntry]) -> list[dict]:
    """EntityRuler phrase patterns: every name and alias, labelled with the class, id = gazetteer id."""
    return [{"label": e.type, "pattern": name, "id": e.id} for e in entries.values() for name in e.names]


Shape = tuple[str, int, int]  # a folded name's first letter, number of spaces and length


def shape(folded: str) -> Shape:
    return folded[:1], folded.count(" "), len(folded)


@lru_cache(maxsize=1)
def gazetteer_index() -> tuple[dict[str, str], dict[Shape, list[tuple[str, str]]]]:
    """(name key -> gazetteer id, shape of the folded name -> [(name, id)]) for exact and fuzzy look-up: a misspelling
    is looked for among the names of its first letter and number of words whose length is near its own."""
    exact: dict[str, str] = {}
    by_shape: dict[Shape, list[tuple[str, str]]] = defaultdict(list)
    for e in load_gazetteer().values():
        for n in e.names:
            f = fold(n)
            exact.setdefault(name_key(n, e.type), e.id)
            exact.setdefault(f, e.id)
            by_shape[shape(f)].append((n, e.id))
    for e in load_gazetteer().values():  # after every name as written, so that no short form shadows one
        for n in e.names:
            if initialled(n) != n:
                exact.setdefault(name_key(initialled(n), e.type), e.id)
                exact.setdefault(fold(initialled(n)), e.id)
    return exact, by_shape


def initialled(name: str) -> str:
    """The name with each phrase it spells out given as initials ("U.S. Artificial Intelligence Safety Institute":
    "U.S. AI Safety Institute"; data/entity_words.json: spelled_out), so that both forms meet one entry."""
    for pattern, initials in spelled_out():
        name = pattern.sub(initials, name)
    return name


@lru_cache(maxsize=1)
def spelled_out() -> tuple[tuple[re.Pattern, str], ...]:
    """Each spelled-out phrase as a pattern (its words apart by a space or a hyphen) and its initials."""
    return tuple((re.compile(r"\b" + "[ -]".join(map(re.escape, p.split())) + r"\b", re.I),
                  "".join(w[0].upper() for w in p.split())) for p in sorted(words("entity_words.json", "spelled_out")))


def exact_match(text: str, cls: str) -> str | None:
    """The id of the gazetteer entry this name is, written as the gazetteer writes it (or with what it spells out
    given as initials: `initialled`)."""
    exact, _ = gazetteer_index()
    for form in dict.fromkeys((text, initialled(text))):
        gid = exact.get(name_key(form, cls)) or exact.get(fold(form))
        if gid is not None:
            return gid
    return None
