"""The project's published JSON-LD context (`ontology/context.jsonld`) and compact JSON-LD written with it.

The context names every class and property of the contract with a short term, says which properties
hold IRIs (`"@type": "@id"`) and which literals carry a datatype (dates, confidence, negation), and
declares only the contract's eleven prefixes. Output embeds the context, so that reading it back needs
no network."""
from __future__ import annotations

import copy
import json
from functools import lru_cache

from rdflib import Graph

from kg.assets import ontology_file

CONTEXT_FILE = "context.jsonld"


@lru_cache(maxsize=1)
def _context() -> dict:
    return json.loads(ontology_file(CONTEXT_FILE).read_text(encoding="utf-8"))["@context"]


def jsonld_context() -> dict:
    """The value of `@context` in ontology/context.jsonld (a fresh copy: callers may change it)."""
    return copy.deepcopy(_context())


def to_jsonld(g: Graph) -> bytes:
    """`g` as compact JSON-LD under the project's context: short terms, IRIs as strings, typed dates."""
    return g.serialize(format="json-ld", context=jsonld_context(), auto_compact=True).encode("utf-8")
