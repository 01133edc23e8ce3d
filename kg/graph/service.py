"""SERVICE clauses of a read-only query: found in the parsed algebra (so comments and strings cannot hide or
fake one) and refused unless the operator allowed the endpoint's host (`--allow-service HOST`)."""
from __future__ import annotations

import urllib.parse
from collections.abc import Collection, Iterator

from rdflib import URIRef, Variable
from rdflib.plugins.sparql.parserutils import CompValue

from kg.errors import Errors, QueryError

DEFAULT_PORTS = {"http": 80, "https": 443}


def services(algebra: object) -> Iterator[object]:
    """The endpoint (an IRI or a variable) of every SERVICE clause anywhere in a query's algebra: nested
    groups, subqueries, EXISTS in filters, BIND or ORDER BY expressions."""
    stack, seen = [algebra], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, CompValue) and node.name == "ServiceGraphPattern":
            yield node.get("term")
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, set, frozenset)):
            stack.extend(node)


def _host_port(text: str, default: int | None) -> tuple[str, int | None]:
    """Host (lower case, no IPv6 brackets) and port of `HOST`, `HOST:PORT` or a URL's authority."""
    parts = urllib.parse.urlsplit(text if "//" in text else "//" + text)
    try:
        port = parts.port
    except ValueError:
        port = None
    return (parts.hostname or "").lower(), port if port is not None else default


def allowed(iri: str, allow: Collection[str]) -> bool:
    """Whether an http(s) endpoint IRI is on the allow-list: an entry `HOST` allows any port of that host,
    `HOST:PORT` that port only (80 and 443 are implied by http and https)."""
    scheme = urllib.parse.urlsplit(iri).scheme.lower()
    if scheme not in DEFAULT_PORTS:
        return False
    host, port = _host_port(iri, DEFAULT_PORTS[scheme])
    for entry in allow:
        want_host, want_port = _host_port(entry.strip(), None)
        if host and want_host == host and want_port in (None, port):
            return True
    return False


def check_services(algebra: object, allow: Collection[str] = ()) -> None:
    """Refuse (E509, E510) any SERVICE clause whose endpoint is not an allowed http(s) host."""
    for term in services(algebra):
        if isinstance(term, Variable) or not isinstance(term, URIRef):
            raise QueryError(Errors.E510, variable=term)
        if not allowed(str(term), allow):
            host = _host_port(str(term), None)[0] or str(term)
            raise QueryError(Errors.E509, endpoint=term, host=host)
