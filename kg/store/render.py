"""The bytes of an endpoint answer: SPARQL results as JSON, XML, CSV (lines end in CRLF, as the format
says) or TSV; graphs in every RDF format of the registry, with the project's prefixes and no invented
ones (Turtle, TriG and RDF/XML are written by Oxigraph, which never makes up an `ns1:`; JSON-LD is
compacted with the project's context, `ontology/context.jsonld`)."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import Errors, QueryError
from kg.graph.jsonld import to_jsonld
from kg.graph.namespaces import PREFIXES, new_graph
from kg.graph.query import QueryResult, to_csv, to_json, to_tsv, to_xml
from kg.store.negotiate import GRAPH_FORMAT, RESULT_KIND
from kg.store.terms import to_ox

PREFIX_TEXT = {k: str(v) for k, v in PREFIXES.items()}
XML_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*$")  # RDF/XML writes a predicate as an element name


def render_results(res: QueryResult, media_type: str, limit: int | None) -> bytes:
    """A SELECT or ASK result in the SPARQL results format `media_type` names."""
    kind = RESULT_KIND[media_type]
    if kind == "json":
        data = json.loads(to_json(res))
        if res.truncated:
            data["kg"] = {"truncated": True, "rowCap": limit}
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    if kind == "xml":
        return to_xml(res).encode("utf-8")
    if kind == "csv":
        return to_csv(res, line_end="\r\n").encode("utf-8")
    return to_tsv(res).encode("utf-8")


def render_graph(triples: Iterable[tuple], media_type: str, prefixes: dict[str, str] | None = None) -> bytes:
    """Triples (rdflib terms) in the RDF format `media_type` names; `prefixes` adds to the project's."""
    fmt = GRAPH_FORMAT[media_type]
    try:
        if fmt.name == "jsonld":
            g = triples if isinstance(triples, Graph) else _graph(triples)
            return to_jsonld(g)
        data = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples]
        if fmt.name == "rdfxml":
            bad = next((t.predicate.value for t in data if not XML_LOCAL_NAME.search(t.predicate.value)), None)
            if bad:
                raise ValueError(f"the predicate <{bad}> does not end in an XML name")
        declared = PREFIX_TEXT | (prefixes or {}) if fmt.name in ("turtle", "trig", "rdfxml") else None
        return ox.serialize(data, format=getattr(ox.RdfFormat, fmt.oxigraph), prefixes=declared) or b""
    except (ValueError, TypeError, SyntaxError) as exc:
        raise QueryError(Errors.E535, format=fmt.label, detail=str(exc).splitlines()[0][:200]) from None


def _graph(triples: Iterable[tuple]) -> Graph:
    g = new_graph()
    for t in triples:
        g.add(t)
    return g
