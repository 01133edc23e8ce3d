"""Long documents in bounded pieces: split at paragraph, line, sentence or word boundaries (never more
than `PIECE_CHARS` characters each), extracted piece by piece, and merged back into one `Extraction`."""
from __future__ import annotations

import re

from kg.nlp.records import LocalEntity

PIECE_CHARS = 50_000
BREAKS = [re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+")]


def split_text(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """Pieces of at most `limit` characters that concatenate back to `text`, cut at the strongest
    boundary found in the second half of each window (a hard cut when there is none)."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = None
        for pattern in BREAKS:
            ends = [m.end() for m in pattern.finditer(window, limit // 2)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def merge_entity(into: LocalEntity, other: LocalEntity, offset: int) -> None:
    into.surface_forms |= other.surface_forms
    into.mentions += [(s + offset, e + offset) for s, e in other.mentions]
    for cls, n in other.votes.items():
        into.votes[cls] = into.votes.get(cls, 0) + n
    for cls, n in other.peaks.items():
        into.peaks[cls] = max(into.peaks.get(cls, 0), n)
    into.strength = max(into.strength, other.strength)
    into.best = max(into.best, other.best)
    into.scoped = into.scoped and other.scoped
    into.countries |= other.countries
    if not into.gaz_id:
        into.gaz_id = other.gaz_id
