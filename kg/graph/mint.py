"""Minting IRIs: deterministic, valid for any name, the same on every rebuild."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from kg.graph.namespaces import AIPR

MAX_SLUG = 80


def slug(name: str) -> str:
    """A readable, IRI-safe slug: letters and digits of any script, joined by hyphens.

    Long names are cut and given a short hash so that distinct names keep distinct slugs;
    a name with no letter or digit becomes its hash."""
    s = unicodedata.normalize("NFKC", name).casefold()
    s = re.sub(r"[^\w]+|_", "-", s).strip("-")
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    if not s:
        return f"h-{digest}"
    if len(s) > MAX_SLUG:
        return f"{s[:MAX_SLUG].rstrip('-')}-{digest}"
    return s


def entity_iri(key: str) -> URIRef:
    return AIPR[f"entity/{slug(key)}"]


def document_iri(sha256: str) -> URIRef:
    return AIPR[f"doc/{sha256[:20]}"]


def action_iri(sha256: str, index: int, trigger: int) -> URIRef:
    return AIPR[f"action/{sha256[:12]}-{trigger}-{index}"]


def statement_iri(sha256: str, s: str, p: str, o: str) -> URIRef:
    h = hashlib.sha1(f"{s}|{p}|{o}".encode("utf-8")).hexdigest()[:12]
    return AIPR[f"statement/{sha256[:12]}-{h}"]
