"""Downloads: the whole graph, or the subgraph a filtered view shows, in the contract's formats."""
from __future__ import annotations

import io

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.graph.export import serialize
from kg.graph.formats import FORMATS
from kg.graph.namespaces import AIPR, new_graph
from kg.store.base import Store
from kg.ui.filters import View

NETWORK_FORMATS = ("GraphML", "GEXF")  # the current view for Gephi (networkx writes both)

ENTITY_PREFIX = str(AIPR) + "entity/"
DOWNLOADS = {f.label: f for f in FORMATS if not f.datasets}  # the contract's graph formats, from the registry


def subgraph(g: Graph, view: View) -> Graph:
    """The shown entities, the filtered actions and their documents, and the relations (with their
    reified statements) between shown entities: a graph that still meets the contract."""
    out = new_graph()
    entities = {URIRef(i) for i in view.entities["iri"]}
    actions = {URIRef(i) for i in view.actions["iri"]}
    docs = {URIRef(d) for d in view.actions["doc"] if isinstance(d, str)}
    for e in entities:  # no edges to entities left out
        add_described(out, g, e, lambda o: o in entities or not is_entity(o))
    described = set(entities)
    for a in actions:
        for p, o in g.predicate_objects(a):
            out.add((a, p, o))
            if is_entity(o) and o not in described:  # an agent, target or instrument outside the view:
                described.add(o)                     # described, without its own edges
                add_described(out, g, o, lambda o2: not is_entity(o2))
    for d in docs:
        add_described(out, g, d, lambda o: o in entities, keep_if=lambda p: not p.endswith("#mentions"))
    for st in set(g.subjects(RDF.type, RDF.Statement)):
        if g.value(st, RDF.subject) in entities and g.value(st, RDF.object) in entities:
            add_described(out, g, st, lambda o: True)
    return out


def is_entity(term: object) -> bool:
    return str(term).startswith(ENTITY_PREFIX)


def add_described(out: Graph, g: Graph, subject: URIRef, object_ok, keep_if=lambda p: False) -> None:
    """`subject`'s triples in `g` whose object passes `object_ok`, or whose predicate passes `keep_if`."""
    for p, o in g.predicate_objects(subject):
        if keep_if(p) or object_ok(o):
            out.add((subject, p, o))


def download(g: Graph, label: str) -> tuple[bytes, str, str]:
    """(bytes, file suffix, MIME type) of `g` in the format `label` names (a key of DOWNLOADS)."""
    f = DOWNLOADS[label]
    return serialize(g, f), f.suffix.lstrip("."), f.media_type


def download_store(store: Store, label: str) -> tuple[bytes, str, str]:
    """The same for a whole store, written by the store itself (Oxigraph writes natively)."""
    f = DOWNLOADS[label]
    return store.dump(f.name), f.suffix.lstrip("."), f.media_type


def view_graph(view: View, model_label) -> nx.DiGraph:
    """The view as networkx: one node per shown entity (and "unknown"), one edge per ordered pair, with the
    kinds, the number of reports and the first sentence as attributes (GraphML and GEXF take scalars)."""
    g = nx.DiGraph()
    for r in view.entities.to_dict("records"):
        g.add_node(r["iri"], label=r["label"], cls=r["cls"], degree=int(r["degree"]))
    for e in view.edges:
        first = e.items[0] if e.items else {}
        g.add_edge(e.source, e.target, label=e.label(), kinds="; ".join(e.kinds()), reports=e.weight,
                   actions=e.weight - len(e.relations), relations=len(e.relations), weight=e.weight,
                   evidence=str(first.get("evidence") or ""), document=str(model_label(first.get("doc")) or ""))
    return g


def network_download(view: View, model_label, fmt: str) -> tuple[bytes, str, str]:
    """(bytes, file suffix, MIME type) of the view for Gephi: "GraphML" or "GEXF"."""
    g = view_graph(view, model_label)
    buf = io.BytesIO()
    if fmt == "GraphML":
        nx.write_graphml(g, buf)
        return buf.getvalue(), "graphml", "application/graphml+xml"
    nx.write_gexf(g, buf)
    return buf.getvalue(), "gexf", "application/gexf+xml"
