"""A built graph split into named graphs: each document's own triples in the graph named by the
document's IRI, entity descriptions (types, labels, aliases, sameAs) and extractors in one graph of
their own. A direct relation goes into the graph of every document whose statement supports it."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF
from rdflib.plugins.serializers.nt import _nt_row

from kg.graph.namespaces import AIP, AIPR, RELATIONS

ENTITIES_GRAPH = AIPR["graph/entities"]
RELATION_PREDICATES = {AIP[r] for r in RELATIONS}

Quad = tuple  # (s, p, o, graph IRI)


def partition(g: Graph) -> dict[URIRef, list[tuple]]:
    """Graph name -> its triples."""
    docs = set(g.subjects(RDF.type, AIP.Document))
    derived = {s: d for s, d in g.subject_objects(PROV.wasDerivedFrom) if d in docs}
    support: dict[tuple, set] = defaultdict(set)
    for st in g.subjects(RDF.type, RDF.Statement):
        key = (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))
        if st in derived:
            support[key].add(derived[st])
    out: dict[URIRef, list[tuple]] = defaultdict(list)
    for s, p, o in g:
        if s in docs:
            out[s].append((s, p, o))
        elif s in derived:
            out[derived[s]].append((s, p, o))
        elif p in RELATION_PREDICATES and support.get((s, p, o)):
            for d in support[(s, p, o)]:
                out[d].append((s, p, o))
        else:
            out[ENTITIES_GRAPH].append((s, p, o))
    return dict(out)


def quads(g: Graph) -> Iterator[Quad]:
    for name, triples in partition(g).items():
        for s, p, o in triples:
            yield s, p, o, name


def to_nquads(g: Graph) -> str:
    """N-Quads text of the partitioned graph (literals escaped as N-Triples requires)."""
    lines = []
    for s, p, o, name in quads(g):
        row = _nt_row((s, p, o))  # "s p o .\n"
        lines.append(row[: row.rstrip().rfind(".")].rstrip() + f" <{name}> .\n")
    return "".join(lines)


def insert_data(g: Graph) -> str:
    """A SPARQL 1.1 `INSERT DATA` of the partitioned graph (for remote stores)."""
    parts = ["INSERT DATA {\n"]
    for name, triples in partition(g).items():
        parts.append(f"GRAPH <{name}> {{\n")
        parts.extend(_nt_row(t) for t in triples)
        parts.append("}\n")
    parts.append("}\n")
    return "".join(parts)
