"""One search box for names and aliases (rdfs:label and skos:altLabel), tolerant of small misspellings.

Every entity of the graph is searched, whatever the filters show. Exact names (case, accents and spacing
folded) come first, then names that contain what was typed, then close spellings by rapidfuzz."""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from kg.nlp.names import fold
from kg.ui.model import GraphModel

CUTOFF = 80  # rapidfuzz WRatio (0-100) a close spelling needs; "Antrhopic" scores 89 against "Anthropic"


@dataclass(frozen=True)
class Match:
    iri: str
    label: str     # the entity's canonical name
    name: str      # the name or alias that matched
    cls: str
    score: float   # 100 for an exact name, less for partial and close matches

    def text(self) -> str:
        """One line for a list of results: the entity, and the alias that matched when it is another name."""
        via = f" (as \u201c{self.name}\u201d)" if self.name != self.label else ""
        return f"{self.label}{via} \u00b7 {self.cls}"


def _close(a: str, b: str, **kw) -> float:
    """A misspelt whole name (WRatio) or a misspelt part of one ("Lutnik" in "Howard Lutnick"); a name shorter
    than what was typed is not searched inside it (the alias "Department" is not "Comerce Departmnt")."""
    whole = fuzz.WRatio(a, b, **kw)
    return whole if len(a) > len(b) else max(whole, fuzz.partial_ratio(a, b, **kw))


class NameIndex:
    """Every name and alias of a model's entities, folded once."""

    def __init__(self, model: GraphModel) -> None:
        self.names: list[str] = []
        self.folded: list[str] = []
        self.owner: list[int] = []
        self.rows = model.entities[["iri", "label", "cls", "degree"]].to_dict("records")
        for i, (label, aliases) in enumerate(zip(model.entities["label"], model.entities["aliases"], strict=True)):
            for name in dict.fromkeys([label, *aliases]):
                self.names.append(name)
                self.folded.append(fold(name))
                self.owner.append(i)

    def _match(self, k: int, score: float) -> Match:
        r = self.rows[self.owner[k]]
        return Match(r["iri"], r["label"], self.names[k], r["cls"], score)

    def find(self, query: str, limit: int = 8) -> list[Match]:
        """The entities whose names best match `query`, best first, one entry per entity."""
        needle = fold(query or "")
        if not needle:
            return []
        scored: dict[int, tuple[float, int]] = {}  # entity row -> (score, name index)

        def offer(k: int, score: float) -> None:
            row = self.owner[k]
            if row not in scored or score > scored[row][0]:
                scored[row] = (score, k)

        for k, name in enumerate(self.folded):
            if name == needle:
                offer(k, 100.0)
            elif needle in name:
                offer(k, 90.0 + 9.0 * len(needle) / max(1, len(name)))
        scorer = _close if len(needle) >= 5 else fuzz.WRatio  # a short query matches too much inside names
        for _, score, k in process.extract(needle, self.folded, scorer=scorer, limit=limit * 3, score_cutoff=CUTOFF):
            offer(k, 0.89 * float(score))  # a close spelling never outranks a real containment, keeps its order
        rows = self.rows
        ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], -rows[kv[0]]["degree"], rows[kv[0]]["label"]))
        return [self._match(k, score) for _, (score, k) in ranked[:limit]]

    def best(self, query: str) -> Match | None:
        found = self.find(query, limit=1)
        return found[0] if found else None
