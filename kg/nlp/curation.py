"""Hand-made identity decisions (a JSON Lines file users edit); they win over the automatic ones on every build.

    {"merge": ["Anthropic", "Anthropic PBC", "Antropic"], "label": "Anthropic", "type": "Company"}
    {"split": "Meta AI"}                 # a name of its own, never folded into another entity
    {"type": "GenAI.mil", "as": "AIModel"}
    {"drop": "Library Genesis"}          # never an entity

Names are compared case- and punctuation-insensitively (`kg.nlp.names.fold`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import Errors, KGError
from kg.nlp.gazetteer import CLASSES
from kg.nlp.names import fold


@dataclass(frozen=True)
class Merge:
    names: tuple[str, ...]
    label: str
    type: str | None = None


@dataclass
class Curation:
    merges: list[Merge] = field(default_factory=list)
    splits: set[str] = field(default_factory=set)  # folded names
    types: dict[str, str] = field(default_factory=dict)  # folded name -> class
    drops: set[str] = field(default_factory=set)  # folded names
    raw_names: dict[str, str] = field(default_factory=dict)  # folded -> as written, for the ruler
    path: str | None = None

    def merge_of(self, names: set[str]) -> Merge | None:
        folded = {fold(n) for n in names}
        return next((m for m in self.merges if folded & {fold(n) for n in m.names}), None)

    def is_split(self, name: str) -> bool:
        return fold(name) in self.splits

    def is_dropped(self, name: str) -> bool:
        return fold(name) in self.drops

    def patterns(self) -> list[dict]:
        """EntityRuler patterns, so that every curated name is found as written (longest match wins:
        a split "Meta AI" beats the gazetteer's "Meta")."""
        out = [{"label": m.type or "ORG", "pattern": n} for m in self.merges for n in m.names]
        out += [{"label": self.types.get(f, "ORG"), "pattern": raw} for f, raw in self.raw_names.items()
                if f in self.splits or f in self.types]
        return out

    def type_of(self, names: set[str]) -> str | None:
        return next((self.types[fold(n)] for n in sorted(names) if fold(n) in self.types), None)


def _class(value: object, where: str) -> str:
    if value not in CLASSES:
        raise KGError(Errors.E221, where=where, value=value, classes=", ".join(CLASSES))
    return str(value)


def read_curation(path: Path) -> Curation:
    """Parse a curation file; a bad line raises `KGError` naming the file, the line and what to write."""
    cur = Curation(path=str(path))
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KGError(Errors.E220, path=path, detail=exc.strerror or exc) from None
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        where = f"{path}:{n}"
        add_decision(cur, parse_decision(line, where), where)
    return cur


def parse_decision(line: str, where: str) -> dict:
    try:
        rec = json.loads(line)
    except ValueError as exc:
        raise KGError(Errors.E222, where=where, detail=exc) from None
    if not isinstance(rec, dict):
        raise KGError(Errors.E223, where=where)
    return rec


def is_merge(rec: dict) -> bool:
    return isinstance(rec.get("merge"), list) and len(rec["merge"]) >= 2 and all(isinstance(x, str) for x in rec["merge"])


def add_decision(cur: Curation, rec: dict, where: str) -> None:
    """One decision: merge names, split a name off, type a name, drop a name."""
    if is_merge(rec):
        t = _class(rec["type"], where) if rec.get("type") is not None else None
        cur.merges.append(Merge(tuple(rec["merge"]), str(rec.get("label") or rec["merge"][0]), t))
    elif isinstance(rec.get("split"), str):
        cur.splits.add(fold(rec["split"]))
        cur.raw_names[fold(rec["split"])] = rec["split"]
    elif isinstance(rec.get("type"), str) and "as" in rec:
        cur.types[fold(rec["type"])] = _class(rec["as"], where)
        cur.raw_names[fold(rec["type"])] = rec["type"]
    elif isinstance(rec.get("drop"), str):
        cur.drops.add(fold(rec["drop"]))
    else:
        raise KGError(Errors.E223, where=where)


@lru_cache(maxsize=8)
def load_curation(path: str | None) -> Curation:
    return read_curation(Path(path)) if path else Curation()


DEFAULT_FILE = "curation.jsonl"


def default_curation() -> Path | None:
    """`./curation.jsonl` when it exists: every build (the CLI, the app's first start, its uploads) uses it."""
    path = Path(DEFAULT_FILE)
    return path if path.is_file() else None
