"""What extraction produces for one document: local entities, relations and actions (plain data)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class LocalEntity:
    """One real-world thing as seen in one document: a cluster of mentions."""

    key: str  # unique within the document
    type: str
    name: str  # the best name the document gives
    surface_forms: set[str] = field(default_factory=set)
    gaz_id: str | None = None
    strength: int = 0
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token (start, end) of each mention
    votes: dict[str, int] = field(default_factory=dict)  # class -> summed evidence strength
    peaks: dict[str, int] = field(default_factory=dict)  # class -> the strongest evidence of any one mention for it
    best: int = 0  # the strongest evidence of any one mention
    scoped: bool = False  # named only by a description ("the May 13 preservation order"): one node per document
    countries: set[str] = field(default_factory=set)  # a body's or a law's countries (ISO codes), where the text tells

    @property
    def first(self) -> int:
        return min(s for s, _ in self.mentions) if self.mentions else 0


@dataclass
class RelationRecord:
    subject: str  # LocalEntity.key
    predicate: str  # a contract relation name, e.g. "develops"
    object: str
    evidence: str
    role: str | None = None
    confidence: float = 0.7
    extractor: str = "kg.relations.v1"


@dataclass
class ActionRecord:
    type: str  # a contract action type, e.g. "Ban"
    evidence: str
    agent: str | None = None
    targets: list[str] = field(default_factory=list)
    instruments: list[str] = field(default_factory=list)
    negated: bool = False
    date: str | None = None  # ISO date, YYYY-MM or YYYY
    confidence: float = 0.6
    extractor: str = "kg.actions.v1"
    trigger: int = 0  # token index of the trigger, for stable identifiers
    own_instruments: list[str] = field(default_factory=list)  # named in the action's own clause, not just nearby
    direct_targets: list[str] = field(default_factory=list)  # objects of the trigger itself, not of a preposition
