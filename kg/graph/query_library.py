"""The example queries shipped in `kg/graph/queries/`: each `.rq` file has a title, a description and
optional parameters (`# param: name = default`) that are bound as literals, never pasted into the text."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, Variable

from kg.errors import Errors, QueryError

LIBRARY = Path(__file__).with_name("queries")


@dataclass(frozen=True)
class ExampleQuery:
    name: str           # the file's stem
    title: str
    description: str
    text: str
    params: dict[str, str] = field(default_factory=dict)  # variable name -> default value


def parse_example(path: Path) -> ExampleQuery:
    text = path.read_text(encoding="utf-8")
    head: dict[str, str] = {}
    params: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        key, _, value = line[1:].partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "param":
            name, _, default = value.partition("=")
            params[name.strip().lstrip("?")] = default.strip()
        elif key in ("title", "description"):
            head[key] = value
    return ExampleQuery(path.stem, head.get("title", path.stem), head.get("description", ""), text, params)


def examples(folder: Path = LIBRARY) -> list[ExampleQuery]:
    """Every example query, by title."""
    return sorted((parse_example(p) for p in folder.glob("*.rq")), key=lambda q: q.title.lower())


def bindings(values: dict[str, str]) -> dict[Variable, Literal]:
    """User-typed values as SPARQL bindings (plain literals)."""
    return {Variable(k): Literal(v) for k, v in values.items()}


def parse_binds(pairs: list[str]) -> dict[str, str]:
    """`name=value` pairs from the command line."""
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryError(Errors.E506, pair=pair)
        out[name.strip().lstrip("?")] = value
    return out
