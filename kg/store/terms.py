"""Terms between rdflib and pyoxigraph, and SPARQL JSON results to rdflib."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

XSD_STRING = str(XSD.string)
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def from_ox(t: object) -> object:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        dt = t.datatype.value
        return Literal(t.value, datatype=None if dt == XSD_STRING else URIRef(dt))
    return Literal(str(t))


def to_ox(t: object):
    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    return ox.Literal(str(t))


def from_json(cell: dict | None) -> object:
    """One binding of SPARQL 1.1 JSON results."""
    if cell is None:
        return None
    kind, value = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if "xml:lang" in cell:
        return Literal(value, lang=cell["xml:lang"])
    dt = cell.get("datatype")
    return Literal(value, datatype=URIRef(dt) if dt and dt not in (XSD_STRING, RDF_LANG_STRING) else None)


def to_wire(t: object) -> tuple:
    """An rdflib term (or text, as a plain literal) as the plain tuple a query worker takes (see `ox_worker`)."""
    if isinstance(t, URIRef):
        return ("u", str(t))
    if isinstance(t, BNode):
        return ("b", str(t))
    if isinstance(t, Literal):
        return ("l", str(t), t.language or "", "" if t.language or not t.datatype else str(t.datatype))
    return ("l", str(t), "", "")


def from_wire(t: tuple | None) -> object:
    """A query worker's term tuple as an rdflib term, exactly as `from_ox` reads the term itself."""
    if t is None:
        return None
    kind, value = t[0], t[1]
    if kind == "u":
        return URIRef(value)
    if kind == "b":
        return BNode(value)
    if kind == "t":
        return Literal(value)
    if t[2]:
        return Literal(value, lang=t[2])
    return Literal(value, datatype=None if t[3] in ("", XSD_STRING) else URIRef(t[3]))
