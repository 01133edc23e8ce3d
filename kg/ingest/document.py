"""The `Document`: one news item, whatever source it came from."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date


def sha256_hex(raw: bytes) -> str:
    """Lower-case hex SHA-256 of raw bytes, as the contract defines `aip:sha256`."""
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class Document:
    """Text plus what is known about where it came from."""

    text: str
    sha256: str
    origin: str  # the file path, with "#line N" or "#entry N" for records inside a file
    title: str | None = None
    url: str | None = None
    published: date | None = None
    source: str | None = None  # publisher or site name

    @classmethod
    def from_bytes(cls, raw: bytes, text: str, origin: str, **meta: object) -> Document:
        return cls(text=text, sha256=sha256_hex(raw), origin=origin, **meta)  # type: ignore[arg-type]
