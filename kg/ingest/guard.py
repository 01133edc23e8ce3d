"""What text the builder accepts, whatever a file claims to be: bytes to clean text (encodings detected,
binary refused), and per-document checks (size, language) with one clear reason each."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from kg.errors import Errors, IngestError
from kg.ingest.report import Warn

DEFAULT_MAX_MB = 5.0
BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
REPLACEMENT_SHARE = 0.02  # more invalid UTF-8 than this (share of bytes): another encoding, not damage
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
SURROGATE = re.compile(r"[\ud800-\udfff]")
STOPWORDS = frozenset("the of and to in a is that for on with as by was said it its at from be has have are "
                      "an will which this or not were their would been they after more than also who".split())
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class IngestOptions:
    """Limits a build applies to every document."""

    max_mb: float = DEFAULT_MAX_MB  # of text, per document
    any_language: bool = False      # build documents that do not look English
    follow_links: bool = False      # follow links that leave an input folder
    names: dict[str, str] = field(default_factory=dict)  # file path -> the name to record as its origin


def looks_binary(raw: bytes) -> bool:
    head = raw[:8192]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return len(head) > 0 and controls / len(head) > 0.05


def decode(raw: bytes, origin: str, warn: Warn | None = None) -> str:
    """Text from bytes: a BOM decides, then UTF-8; a few invalid bytes are replaced (with a warning);
    text in Windows-1252/Latin-1 is decoded as such (with a warning); binary raises `IngestError`."""
    if not raw.strip():
        raise IngestError(Errors.E101, origin=origin, what="the file is empty")
    for bom, codec in BOMS:
        if raw.startswith(bom):
            try:
                return clean(raw.decode(codec))
            except UnicodeDecodeError:
                raise IngestError(Errors.E103, origin=origin, codec=codec) from None
    if looks_binary(raw):
        raise IngestError(Errors.E102, origin=origin)
    try:
        return clean(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        first = exc.start
    text = raw.decode("utf-8", errors="replace")
    valid = raw.decode("utf-8", errors="ignore")
    bad = text.count("\ufffd") - valid.count("\ufffd")
    multibyte = sum(1 for ch in valid if ord(ch) > 127)  # real UTF-8 elsewhere: the bad bytes are damage
    if multibyte and bad <= max(1, REPLACEMENT_SHARE * len(raw)):
        if warn:
            warn(origin, f"{bad} invalid UTF-8 byte sequence(s) (first at byte {first}) replaced with U+FFFD")
        return clean(text)
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    if warn:
        warn(origin, "not UTF-8; decoded as Windows-1252 (Latin-1); re-save it as UTF-8 to be sure")
    return clean(text)


def clean(text: str) -> str:
    """No control characters (tabs and line breaks kept) and no lone surrogates: every string that
    reaches the graph can be written in Turtle, N-Triples, JSON-LD and XML."""
    return SURROGATE.sub("\ufffd", CONTROL.sub(" ", text))


def english_share(text: str, sample: int = 20000) -> tuple[int, float]:
    """(words sampled, share of them that are common English function words)."""
    words = WORD.findall(text[:sample].lower())
    if not words:
        return 0, 0.0
    return len(words), sum(1 for w in words if w in STOPWORDS) / len(words)


def check(text: str, origin: str, options: IngestOptions) -> None:
    """Raise `IngestError` when a document should not be built: blank, too large, or not English."""
    if not text.strip():
        raise IngestError(Errors.E101, origin=origin, what="no text once control characters are removed")
    size = len(text.encode("utf-8", errors="replace"))
    if size > options.max_mb * 1_000_000:
        raise IngestError(Errors.E105, origin=origin, mb=size / 1e6, limit=options.max_mb)
    if not options.any_language:
        n, share = english_share(text)
        if n >= 40 and share < 0.12:
            raise IngestError(Errors.E106, origin=origin, share=share)
