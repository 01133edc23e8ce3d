"""A built graph split into named graphs, each triple in exactly one of them, so that a store whose default
graph is the union of its named graphs gives one answer per fact: a document's own triples (the document,
its actions and statements, and the event links from its actions) in the graph named by the document's IRI;
entity descriptions (types, labels, aliases, sameAs), the direct relations between entities and the
extractors in one graph of their own. A relation stays while a statement of some document supports it."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF
from rdflib.plugins.serializers.nt import _nt_row

from kg.graph.namespaces import AIP, AIPR, RELATIONS

ENTITIES_GRAPH = AIPR["graph/entities"]
RELATION_PREDICATES = {AIP[r] for r in RELATIONS}
# updates to remote stores: at most this many triples, and about this many bytes, per INSERT DATA
CHUNK_TRIPLES = 500
CHUNK_BYTES = 256 * 1024

Quad = tuple  # (s, p, o, graph IRI)


def partition(g: Graph) -> dict[URIRef, list[tuple]]:
    """Graph name -> its triples."""
    docs = set(g.subjects(RDF.type, AIP.Document))
    derived = {s: d for s, d in g.subject_objects(PROV.wasDerivedFrom) if d in docs}
    out: dict[URIRef, list[tuple]] = defaultdict(list)
    for s, p, o in g:
        if s in docs:
            out[s].append((s, p, o))
        elif s in derived:
            out[derived[s]].append((s, p, o))
        elif p == AIP.sameEventAs and o in derived:  # an earlier report's link to this batch's action
            out[derived[o]].append((s, p, o))
        else:
            out[ENTITIES_GRAPH].append((s, p, o))
    return dict(out)


def quads(g: Graph) -> Iterator[Quad]:
    for name, triples in partition(g).items():
        for s, p, o in triples:
            yield s, p, o, name


def _nq_row(s, p, o, name) -> str:
    row = _nt_row((s, p, o))  # "s p o .\n", literals escaped as N-Triples requires
    return row[: row.rstrip().rfind(".")].rstrip() + f" <{name}> .\n"


def to_nquads(g: Graph) -> str:
    """N-Quads text of the partitioned graph."""
    return "".join(_nq_row(*q) for q in quads(g))


def write_order(g: Graph) -> list[Quad]:
    """The quads of `g` in the order a store written in several requests takes them: entity descriptions
    first, each document's triples next, and last the sha256 of each document, which is what marks a
    document as stored; a write cut short leaves no document that a rebuild would skip."""
    first, last = [], []
    for q in quads(g):
        (last if q[1] == AIP.sha256 and q[0] == q[3] else first).append(q)
    first.sort(key=lambda q: q[3] != ENTITIES_GRAPH)  # stable: documents keep their triples together
    return first + last


def insert_data(part: Graph | list[Quad]) -> str:
    """A SPARQL 1.1 `INSERT DATA` of a graph (partitioned) or of quads."""
    by_graph: dict[URIRef, list[str]] = defaultdict(list)
    for s, p, o, name in (quads(part) if isinstance(part, Graph) else part):
        by_graph[name].append(_nt_row((s, p, o)))
    body = "".join(f"GRAPH <{name}> {{\n{''.join(rows)}}}\n" for name, rows in by_graph.items())
    return f"INSERT DATA {{\n{body}}}\n"


def chunk(qs: list[Quad], start: int, size: int, max_bytes: int = CHUNK_BYTES) -> list[Quad]:
    """At most `size` quads of `qs` from `start`, and no more than about `max_bytes` of N-Triples (one at least)."""
    out, total = [], 0
    for q in qs[start:start + size]:
        total += len(_nt_row(q[:3]).encode("utf-8"))
        if out and total > max_bytes:
            break
        out.append(q)
    return out


def supported_relations(g: Graph) -> set[tuple]:
    """The (s, p, o) of every direct relation that a statement in `g` supports."""
    return {(g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))
            for st in g.subjects(RDF.type, RDF.Statement)}
