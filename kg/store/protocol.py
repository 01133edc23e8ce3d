"""The pieces of the SPARQL 1.1 Protocol that `kg serve` (kg.store.endpoint) works with: its settings, a
request as the endpoint reads it, an answer, and the HTTP status of each error code."""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from rdflib import URIRef

from kg.errors import Errors, KGError
from kg.graph.bind import IRI_FORBIDDEN
from kg.graph.namespaces import AIPR
from kg.graph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT

DEFAULT_BASE = str(AIPR)
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$")
STATUS = {"E502": 400, "E503": 403, "E504": 500, "E505": 503, "E506": 400, "E508": 400, "E509": 403, "E510": 403,
          "E511": 503, "E512": 400, "E515": 400, "E520": 400, "E521": 406, "E522": 415, "E523": 400, "E524": 400,
          "E525": 404, "E526": 400, "E527": 405, "E528": 404, "E529": 400, "E530": 404, "E533": 413, "E534": 503,
          "E535": 406, "E605": 502, "E606": 502}


@dataclass
class Settings:
    timeout: float | None = DEFAULT_TIMEOUT
    limit: int | None = DEFAULT_LIMIT
    allow_updates: bool = False
    allow_service: Collection[str] = ()
    cors: Collection[str] = ()      # origins allowed to read answers from a browser; "*" for any
    base: str = DEFAULT_BASE        # the prefix of the graph's own IRIs, served under /resource/
    license: str | None = None      # what VoID states as the dataset's licence


@dataclass
class Request:
    method: str
    path: str
    params: dict[str, list[str]]
    headers: dict[str, str]
    public: str                     # http://host:port, as the client reached the server

    @property
    def formats(self) -> list[str]:
        return [v for k in ("format", "output", "results") for v in self.params.get(k, [])]

    @property
    def accept(self) -> str:
        return self.headers.get("accept", "")


@dataclass
class Answer:
    status: int
    body: bytes
    mime: str = "text/plain"
    headers: dict[str, str] = field(default_factory=dict)


def error_answer(exc: KGError) -> Answer:
    return Answer(STATUS.get(exc.code, 500), f"{exc}\n".encode("utf-8"))


def graph_iri(param: str, value: str) -> URIRef:
    if not ABSOLUTE_IRI.match(value) or IRI_FORBIDDEN.search(value):
        raise KGError(Errors.E524, param=param, value=value[:200], example=f"{DEFAULT_BASE}graph/entities")
    return URIRef(value)


ORIGIN = re.compile(r"^https?://(?:[A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$")
BASE = re.compile(r"^https?://[^/\s]+/\S*[/#]$|^https?://[^/\s]+/$")


def checked(settings: Settings) -> Settings:
    """The settings, or E531 (a CORS origin that is not one), E532 (a base that is not an http(s) IRI) or
    E536 (a licence that is not an IRI)."""
    for origin in settings.cors:
        if origin != "*" and not ORIGIN.match(origin):
            raise KGError(Errors.E531, origin=origin)
    if not BASE.match(settings.base) or IRI_FORBIDDEN.search(settings.base):
        raise KGError(Errors.E532, base=settings.base)
    if settings.license is not None and (not ABSOLUTE_IRI.match(settings.license)
                                         or IRI_FORBIDDEN.search(settings.license)):
        raise KGError(Errors.E536, value=settings.license)
    return settings
