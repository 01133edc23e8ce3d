"""The one registry of RDF formats: name, label, file suffixes, media type, rdflib's and Oxigraph's names.

Reading a graph file, `kg build -o`, `kg export`, the app's downloads and the endpoint's graph answers all
choose their format here, so a suffix means the same thing everywhere. The `datasets` formats (N-Quads,
TriG) keep one named graph per document; the others hold the union of the graph.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import Errors, GraphError


W3C = "http://www.w3.org/ns/formats/"


@dataclass(frozen=True)
class RdfFormat:
    name: str                    # the project's name, as given to --format and Store.dump
    label: str                   # what a person reads (the app's download choice)
    suffixes: tuple[str, ...]    # the first is the one written
    media_type: str
    rdflib: str                  # rdflib's parser and serializer name
    oxigraph: str                # the attribute of pyoxigraph.RdfFormat
    datasets: bool = False       # named graphs (one per document) rather than one graph
    aliases: tuple[str, ...] = ()  # other media types that ask for it (content negotiation)
    w3c: str = ""                # its IRI under http://www.w3.org/ns/formats/ (service descriptions)

    @property
    def suffix(self) -> str:
        return self.suffixes[0]


FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("turtle", "Turtle", (".ttl",), "text/turtle", "turtle", "TURTLE",
              aliases=("application/x-turtle", "application/turtle"), w3c=f"{W3C}Turtle"),
    RdfFormat("nt", "N-Triples", (".nt",), "application/n-triples", "nt", "N_TRIPLES", w3c=f"{W3C}N-Triples"),
    RdfFormat("jsonld", "JSON-LD", (".jsonld", ".json"), "application/ld+json", "json-ld", "JSON_LD",
              aliases=("application/x-json+ld",), w3c=f"{W3C}JSON-LD"),
    RdfFormat("rdfxml", "RDF/XML", (".rdf", ".owl", ".xml"), "application/rdf+xml", "xml", "RDF_XML",
              aliases=("application/xml", "text/xml"), w3c=f"{W3C}RDF_XML"),
    RdfFormat("nquads", "N-Quads", (".nq",), "application/n-quads", "nquads", "N_QUADS", datasets=True,
              w3c=f"{W3C}N-Quads"),
    RdfFormat("trig", "TriG", (".trig",), "application/trig", "trig", "TRIG", datasets=True, w3c=f"{W3C}TriG"),
)
BY_NAME = {f.name: f for f in FORMATS}
BY_SUFFIX = {s: f for f in FORMATS for s in f.suffixes}
BY_MEDIA_TYPE = {f.media_type: f for f in FORMATS}


def known_names() -> str:
    return ", ".join(BY_NAME)


def known_suffixes() -> str:
    return ", ".join(BY_SUFFIX)


def by_name(name: str) -> RdfFormat:
    """The format called `name` (also accepted: its label or rdflib's name, any case)."""
    key = name.strip().lower()
    for f in FORMATS:
        if key in (f.name, f.label.lower(), f.rdflib):
            return f
    raise GraphError(Errors.E401, given=name, known=known_names())


def by_suffix(path: str | Path) -> RdfFormat:
    """The format a file's suffix names; an unknown suffix is an error that lists the known ones."""
    suffix = Path(path).suffix.lower()
    if suffix not in BY_SUFFIX:
        raise GraphError(Errors.E405, path=path, suffix=suffix or "(none)", known=known_suffixes())
    return BY_SUFFIX[suffix]


def for_output(path: str | Path, given: str | None = None) -> RdfFormat:
    """The format to write `path` in: the one given, else the one its suffix names."""
    return by_name(given) if given else by_suffix(path)


def is_graph_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in BY_SUFFIX
