"""Linked data: `kg serve` answers for the graph's own IRIs. A request for /resource/PATH describes the IRI
BASE + PATH (BASE is `--base`, by default the contract's https://w3id.org/aipolicy-kg/resource/): what it
says (its outbound triples) and what points to it (inbound), as an HTML page for browsers or in any RDF
format by content negotiation (Turtle or JSON-LD, say).

The IRI is bound into fixed queries, never pasted into one. The page escapes every value, links only
http(s) IRIs (the graph's own ones to their local pages), and loads nothing from anywhere: its style is
inline, and the server sends it with a Content-Security-Policy that allows no other source."""
from __future__ import annotations

import html
import urllib.parse
from collections import defaultdict

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, DCTERMS

from kg.graph.bind import IRI_FORBIDDEN
from kg.graph.namespaces import PREFIXES, new_graph
from kg.store.base import Store

RESOURCE_PATH = "/resource/"
OUTBOUND = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
INBOUND = "CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }"
OUT_LABELS = "CONSTRUCT { ?n <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?s ?p ?n . " \
             "?n <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
IN_LABELS = "CONSTRUCT { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?x ?p ?o . " \
            "?x <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
LABELS = (RDFS.label, SKOS.prefLabel, DCTERMS.title)
HREF_SAFE = "/:@!$&'()*+,;=-._~%"
CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
STYLE = """body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:64rem;padding:0 1rem;color:#1b1b1b}
h1{margin-bottom:.2rem}.iri{color:#555;word-break:break-all;margin-top:0}table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #ddd}th{width:14rem}
.dt{color:#777;font-size:.8em}pre{background:#f5f5f5;padding:1rem;overflow:auto}textarea{width:100%}"""


def iri_for(path: str, base: str) -> list[URIRef]:
    """The IRIs a request path under /resource/ may name (as sent, and percent-decoded); none when a
    character no IRI may hold is in it."""
    rest = path[len(RESOURCE_PATH):]
    out = []
    for cand in dict.fromkeys((rest, urllib.parse.unquote(rest))):
        if cand and not IRI_FORBIDDEN.search(cand):
            out.append(URIRef(base + cand))
    return out


def local_href(iri: str, base: str) -> str | None:
    """Where a page links an IRI: the local page of one of the graph's own IRIs, an http(s) IRI as it is,
    nothing for any other scheme (javascript:, data:)."""
    if iri.startswith(base) and len(iri) > len(base):
        return RESOURCE_PATH + urllib.parse.quote(iri[len(base):], safe=HREF_SAFE)
    if iri.lower().startswith(("http://", "https://")):
        return urllib.parse.quote(iri, safe=HREF_SAFE + "#?")
    return None


def describe(store: Store, iri: URIRef, timeout: float | None, limit: int | None) -> tuple[Graph, Graph]:
    """(the description: outbound and inbound triples; labels of the IRIs it links), under the row cap."""
    desc, labels = new_graph(), new_graph()
    for query, var, into in ((OUTBOUND, "s", desc), (INBOUND, "o", desc), (OUT_LABELS, "s", labels),
                             (IN_LABELS, "o", labels)):
        res = store.query(query, bindings={var: iri}, timeout=timeout, limit=limit)
        for t in res.graph or ():
            into.add(t)
    return desc, labels


def compact(iri: str) -> str:
    """A prefixed name when one of the project's prefixes fits, else the IRI."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(str(ns)) and len(iri) > len(str(ns)) and "/" not in iri[len(str(ns)):]:
            return f"{prefix}:{iri[len(str(ns)):]}"
    return iri


def label_of(iri: URIRef, *graphs: Graph) -> str | None:
    for g in graphs:
        for p in LABELS:
            value = g.value(iri, p)
            if value is not None:
                return str(value)
    return None


def term_html(term: object, base: str, *graphs: Graph) -> str:
    """One term, escaped: a link with its label for an IRI, the text and its language or datatype for a literal."""
    if isinstance(term, Literal):
        note = f"@{term.language}" if term.language else (compact(str(term.datatype)) if term.datatype else "")
        extra = f' <span class="dt">{html.escape(note)}</span>' if note else ""
        return html.escape(str(term)) + extra
    if isinstance(term, BNode):
        return html.escape(f"_:{term}")
    text = html.escape(label_of(term, *graphs) or compact(str(term)))
    href = local_href(str(term), base)
    if href is None:
        return text
    return f'<a href="{html.escape(href)}" title="{html.escape(str(term))}">{text}</a>'


def page(title: str, body: str) -> bytes:
    """A whole HTML page: inline style, nothing loaded from anywhere."""
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>\n<body>\n{body}\n"
            f'<footer><p><a href="/sparql">SPARQL endpoint</a> · <a href="/void">dataset description</a>'
            f"</p></footer>\n</body></html>\n").encode("utf-8")


def _rows(pairs: list[tuple[str, str]]) -> str:
    return "\n".join(f"<tr><th>{p}</th><td>{v}</td></tr>" for p, v in pairs)


def resource_page(iri: URIRef, desc: Graph, labels: Graph, base: str) -> bytes:
    """The HTML page of one resource: what it says, then what points to it."""
    graphs = (desc, labels)
    name = label_of(iri, *graphs) or compact(str(iri))
    types = ", ".join(term_html(t, base, *graphs) for t in sorted(desc.objects(iri, RDF.type)))
    formats = " · ".join(f'<a href="?format={f}">{label}</a>' for f, label in
                         (("turtle", "Turtle"), ("jsonld", "JSON-LD"), ("nt", "N-Triples"), ("rdfxml", "RDF/XML")))
    out_rows = _outbound_rows(iri, desc, base, graphs)
    body = [f"<header><h1>{html.escape(name)}</h1>", f'<p class="iri">{html.escape(str(iri))}</p>',
            f"<p>{types}</p>" if types else "", f"<p>As data: {formats}</p></header>",
            "<main><h2>About</h2>", f"<table>{_rows(out_rows)}</table>" if out_rows else "<p>Nothing stated.</p>",
            _inbound_table(iri, desc, base, graphs), "</main>"]
    return page(name, "\n".join(b for b in body if b))


def _outbound_rows(iri: URIRef, desc: Graph, base: str, graphs: tuple) -> list[tuple[str, str]]:
    """(property, values) rows of what the resource says, its types aside."""
    outbound: dict[URIRef, list] = defaultdict(list)
    for p, o in desc.predicate_objects(iri):
        if p != RDF.type:
            outbound[p].append(o)
    return [(html.escape(compact(str(p))), "<br>".join(term_html(o, base, *graphs) for o in sorted(os)))
            for p, os in sorted(outbound.items())]


def _inbound_table(iri: URIRef, desc: Graph, base: str, graphs: tuple) -> str:
    """The "Referred to by" section, or "" when nothing points to the resource."""
    rows = [(term_html(s, base, *graphs), html.escape(compact(str(p))))
            for s, p in sorted(desc.subject_predicates(iri)) if s != iri]
    if not rows:
        return ""
    return ("<h2>Referred to by</h2><table>" + "\n".join(f"<tr><td>{s}</td><td>{p}</td></tr>" for s, p in rows)
            + "</table>")


def service_page(endpoint: str, description: str) -> bytes:
    """The endpoint's page for browsers: a query form and the service description (escaped Turtle)."""
    body = (f"<h1>SPARQL endpoint</h1><p class=\"iri\">{html.escape(endpoint)}</p>"
            '<form method="get" action="/sparql"><p><textarea name="query" rows="8" cols="80">'
            "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10</textarea></p><p><select name=\"format\">"
            '<option value="json">JSON</option><option value="xml">XML</option><option value="csv">CSV</option>'
            '<option value="tsv">TSV</option></select> <button type="submit">Run</button></p></form>'
            f"<h2>Service description</h2><pre>{html.escape(description)}</pre>")
    return page("aipolicy-kg SPARQL endpoint", body)
