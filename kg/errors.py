"""The one exception family of the project and the one catalogue of its error codes, after spaCy's errors.py.

Every code is an attribute of `Errors`, a message with {placeholders}; a code written twice stops the
import, so codes are unique by construction. `docs/errors.md` says what to do about each one (a test
checks that every code is there). Raise with the code and the values of its placeholders:

    raise GraphError(Errors.E403, path=path)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

CODE = re.compile(r"E\d{3}$")


@dataclass(frozen=True)
class Code:
    code: str
    template: str

    def format(self, **values: object) -> str:
        return self.template.format(**values)

    def __str__(self) -> str:
        return self.code


class _OnceEach(dict):
    def __setitem__(self, key: str, value: object) -> None:
        if CODE.match(key) and key in self:
            raise TypeError(f"error code {key} is defined twice in kg/errors.py; give the new one a free code")
        super().__setitem__(key, value)


class _Catalogue(type):
    @classmethod
    def __prepare__(mcs, name, bases):  # noqa: N804 - a metaclass hook
        return _OnceEach()

    def __new__(mcs, name, bases, namespace):  # noqa: N804
        body = {k: Code(k, v) if CODE.match(k) else v for k, v in namespace.items()}
        return super().__new__(mcs, name, bases, body)


def codes() -> dict[str, Code]:
    """Every code of the catalogue, in order."""
    return {k: v for k, v in vars(Errors).items() if isinstance(v, Code)}


class KGError(Exception):
    """Base error: the message names the input and says what to do; `code` (``E403``) can be searched for
    in docs/errors.md."""

    def __init__(self, code: Code, message: str | None = None, **values: object) -> None:
        if isinstance(code, Code):
            text = message if message is not None else code.format(**values)
            code = code.code
        else:
            text = message or ""
        super().__init__(f"[{code}] {text}")
        self.code = code
        self.message = text


class IngestError(KGError):
    """A source could not be read into documents."""


class QueryError(KGError):
    """A SPARQL query could not be parsed or run."""


class GraphError(KGError):
    """A graph file could not be read or written."""


class Errors(metaclass=_Catalogue):
    # -- graph files and formats (E4xx)
    E401 = "unknown format {given!r}; use one of {known}."
    E402 = "{path}: folder {folder} does not exist; create it or choose another output."
    E403 = "{path}: no such graph file; build one with 'kg build INPUT -o {path}'."
    E404 = "{path}: not a readable {format} graph ({detail})."
    E405 = "{path}: {suffix} is not the suffix of a graph file; use one of {known}."
    # -- stores (E6xx)
    E601 = "{spec}: say where the store is; use {kinds}."
    E611 = "{spec}: unknown store scheme {scheme!r}; use {kinds}."
    E607 = "say where the graph goes: -o OUT.ttl, or --store oxigraph:PATH (or a graph file)."
    E608 = "name a graph file or a store (e.g. seeds.ttl or --store oxigraph:kgdb)."
    E612 = "{spec}: no such store; build one first with 'kg build INPUT --store {spec}'."
    E613 = "name the store: --store oxigraph:PATH, sparql:URL or a graph file."
    E614 = "{path}: no such curation file; see ontology/curation.example.jsonl for the format."
