"""What the app's "Graph file or store" box may open: graph files and Oxigraph folders under the configured
data roots (`KG_DATA_DIRS`, default the working directory), `sparql:` endpoints on the allow-list
(`KG_SPARQL_ALLOW`, default none), and the store the operator configured (`KG_STORE`). Anything else is
refused in one line, before a file is read or created or a request is sent."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import Errors, KGError
from kg.store.spec import parse_store_spec


@dataclass(frozen=True)
class Access:
    """The app's limits: data roots (resolved folders), allowed SPARQL URLs, the operator's own store."""

    roots: tuple[Path, ...]
    sparql: frozenset[str] = field(default_factory=frozenset)
    configured: str | None = None

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Access:
        env = dict(os.environ) if env is None else env
        dirs = [d for d in env.get("KG_DATA_DIRS", "").split(os.pathsep) if d.strip()] or [os.getcwd()]
        return cls(roots=tuple(Path(d).resolve() for d in dirs),
                   sparql=frozenset(env.get("KG_SPARQL_ALLOW", "").split()), configured=env.get("KG_STORE"))


def _under(path: Path, roots: tuple[Path, ...]) -> bool:
    return any(path == root or root in path.parents for root in roots)


def check_store(spec: str, access: Access) -> str:
    """`spec` (stripped) when the app may open it; else `KGError` saying why and how to allow it."""
    spec = spec.strip()
    if access.configured is not None and spec == access.configured.strip():
        return spec
    parsed = parse_store_spec(spec)  # an unknown scheme or a suffix that is no graph format is refused here
    if parsed.kind == "memory":
        return spec
    if parsed.kind == "sparql":
        refused = [u for u in (u.strip() for u in parsed.location.split(",")) if u not in access.sparql]
        if refused:
            raise KGError(Errors.E801, url=refused[0])
        return spec
    if not _under(parsed.path.resolve(), access.roots):
        raise KGError(Errors.E803, path=parsed.location)
    return spec
