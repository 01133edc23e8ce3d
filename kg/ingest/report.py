"""What an ingestion run read, skipped and could not read, for the build summary."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Warn = Callable[[str, str], None]


@dataclass
class IngestReport:
    """Counts and reasons; `problems` are worth a line on stderr, `skipped` only a note."""

    files_seen: int = 0
    documents: int = 0
    duplicates: int = 0
    already: int = 0  # documents skipped because the target already holds them
    skipped: list[tuple[str, str]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    listeners: list[Warn] = field(default_factory=list, repr=False)
    note_listeners: list[Warn] = field(default_factory=list, repr=False)  # told of skips (hidden files aside)

    def skip(self, origin: str, reason: str, tell: bool = True) -> None:
        """A skipped input; `note_listeners` hear of it unless `tell` is off (hidden files, known documents)."""
        self.skipped.append((origin, reason))
        if tell and reason != "hidden":
            for listener in self.note_listeners:
                listener(origin, reason)

    def problem(self, origin: str, reason: str) -> None:
        self.problems.append((origin, reason))
        for listener in self.listeners:
            listener(origin, reason)
