"""Content negotiation for `kg serve` (RFC 9110, section 12.5.1): what each kind of answer can be sent as,
and which of those a request asks for.

A request names its format by a `format` (or `output`, `results`) parameter, as SPARQLWrapper and browsers
do, or else by its Accept header, whose media ranges are weighed by their q-values: the most specific
range that matches an offer gives that offer its quality, q=0 refuses it, and among equal qualities the
server's order decides. No Accept header means the first offer; an Accept header that matches nothing is
a 406 (E521). RDF media types come from the one registry of formats, `kg.graph.formats`."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kg.errors import Errors, KGError
from kg.graph.formats import FORMATS, BY_NAME, by_name

SPARQL_JSON = "application/sparql-results+json"
SPARQL_XML = "application/sparql-results+xml"
CSV = "text/csv"
TSV = "text/tab-separated-values"
HTML = "text/html"
PLAIN = "text/plain"

# SELECT and ASK: the SPARQL results formats, then the generic types that also ask for them.
RESULT_OFFERS: tuple[str, ...] = (SPARQL_JSON, SPARQL_XML, CSV, TSV, "application/json", "application/xml",
                                  "text/xml")
RESULT_KIND = {SPARQL_JSON: "json", "application/json": "json", SPARQL_XML: "xml", "application/xml": "xml",
               "text/xml": "xml", CSV: "csv", TSV: "tsv"}
RESULT_NAMES = {"json": SPARQL_JSON, "xml": SPARQL_XML, "csv": CSV, "tsv": TSV, "srj": SPARQL_JSON,
                "srx": SPARQL_XML}

# CONSTRUCT, DESCRIBE, graph store reads, VoID and the service description: every RDF format of the
# registry (canonical media types first, in the registry's order, then their aliases).
GRAPH_OFFERS: tuple[str, ...] = (tuple(f.media_type for f in FORMATS)
                                 + tuple(a for f in FORMATS for a in f.aliases))
GRAPH_FORMAT = {f.media_type: f for f in FORMATS} | {a: f for f in FORMATS for a in f.aliases}
GRAPH_NAMES = {"rdf": "rdfxml", "rdf+xml": "rdfxml", "n3": "turtle", "ttl": "turtle", "json": "jsonld",
               "ntriples": "nt", "n-quads": "nquads", "nq": "nquads"}


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    q: float

    def specificity(self, media_type: str) -> int:
        """2 for an exact match, 1 for type/*, 0 for */*, -1 when the range does not cover `media_type`."""
        kind, _, sub = media_type.partition("/")
        if self.type == "*":
            return 0 if self.subtype == "*" else -1
        if self.type != kind:
            return -1
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == sub else -1


def parse_accept(header: str) -> list[MediaRange]:
    """The media ranges of an Accept header, with their q-values (1 where none is given; a bad q is 0)."""
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        kind, _, sub = fields[0].lower().partition("/")
        if not kind or not sub:
            continue
        q = 1.0
        for field in fields[1:]:
            name, _, value = field.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append(MediaRange(kind, sub, q))
    return ranges


def quality(ranges: Sequence[MediaRange], media_type: str) -> float:
    """The q-value the most specific matching range gives `media_type` (0 when none matches)."""
    best, q = -1, 0.0
    for r in ranges:
        s = r.specificity(media_type)
        if s > best:
            best, q = s, r.q
    return q


def best(accept: str | None, offers: Sequence[str]) -> str | None:
    """The offer the Accept header prefers; the first offer when there is no header; None when it refuses all."""
    ranges = parse_accept(accept or "")
    if not ranges:
        return offers[0]
    scored = [(quality(ranges, o), -i, o) for i, o in enumerate(offers)]
    q, _, chosen = max(scored)
    return chosen if q > 0 else None


def _named(values: Iterable[str], offers: Sequence[str], graph: bool) -> str | None:
    """The media type a `format` parameter names, among `offers` (None when no value names one of them)."""
    for value in values:
        key = value.strip().lower()
        if key in offers:
            return key
        if graph:
            try:
                fmt = BY_NAME.get(GRAPH_NAMES.get(key, "")) or by_name(key)
            except KGError:
                continue
            if fmt.media_type in offers:
                return fmt.media_type
        elif RESULT_NAMES.get(key) in offers:
            return RESULT_NAMES[key]
    return None


def choose(offers: Sequence[str], accept: str | None, formats: Iterable[str] = (), what: str = "this answer",
           graph: bool = False) -> str:
    """The media type to send: the one a `format` parameter names, else the Accept header's choice, else E521."""
    chosen = _named(formats, offers, graph) or best(accept, offers)
    if chosen is None:
        raise KGError(Errors.E521, accept=(accept or "")[:200], what=what, offers=", ".join(dict.fromkeys(offers)))
    return chosen
