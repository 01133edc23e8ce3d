"""SHACL validation of a graph against `ontology/shapes.ttl` (pySHACL)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph

from kg.assets import ontology_file


@dataclass(frozen=True)
class Validation:
    conforms: bool
    text: str


@lru_cache(maxsize=1)
def shapes() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


def validate(g: Graph) -> Validation:
    from pyshacl import validate as shacl_validate

    conforms, _report, text = shacl_validate(g, shacl_graph=shapes(), advanced=True, allow_warnings=True)
    return Validation(bool(conforms), str(text))
