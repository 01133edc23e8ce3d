"""The one parser of store specs, the option that selects a store everywhere (`--store`, the app's box,
`KG_STORE`):

- `memory`: rdflib in memory;
- a graph file (`seeds.ttl`, `file:seeds.ttl`), its format from its suffix (kg.graph.formats);
- `oxigraph:PATH`: a persistent Oxigraph database on disk;
- `sparql:QUERY_URL[,UPDATE_URL]`: a SPARQL 1.1 endpoint.

Any other `scheme:` is an error, never a file of that name. Opening does not create a store unless the
caller builds into it (`create=True`), so a read-only command given a typo says so instead of making an
empty database.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import Errors, KGError
from kg.graph.formats import by_suffix

KINDS = "memory, a graph file (seeds.ttl), oxigraph:PATH or sparql:URL"
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):(?!\\)")  # 'C:\\...' is a Windows path, not a scheme
SCHEMES = ("file", "oxigraph", "sparql")


class StoreError(KGError):
    """A store could not be opened or written."""


@dataclass(frozen=True)
class StoreSpec:
    kind: str        # memory, file, oxigraph or sparql
    location: str    # the path, the folder or the endpoint URL(s); "" for memory
    text: str        # the spec as given, stripped

    @property
    def path(self) -> Path:
        return Path(self.location)

    def exists(self) -> bool:
        """Whether there is something to open (memory and endpoints always; files and folders when present)."""
        if self.kind == "file":
            return self.path.is_file()
        if self.kind == "oxigraph":
            return self.path.is_dir() and any(self.path.iterdir())
        return True


def parse_store_spec(spec: str | Path) -> StoreSpec:
    text = str(spec).strip()
    if text == "memory":
        return StoreSpec("memory", "", text)
    match = SCHEME.match(text)
    scheme = match.group(1).lower() if match else None
    if scheme is not None and scheme not in SCHEMES and not Path(text).exists():
        raise StoreError(Errors.E611, spec=text, scheme=scheme, kinds=KINDS)
    if scheme in ("oxigraph", "sparql"):
        location = text[match.end():].strip()
        if not location:
            raise StoreError(Errors.E601, spec=text, kinds=KINDS)
        return StoreSpec(scheme, location, text)
    location = text[match.end():] if scheme == "file" else text
    if not location:
        raise StoreError(Errors.E601, spec=text or "(empty)", kinds=KINDS)
    by_suffix(location)  # a graph file needs a suffix that names its format
    return StoreSpec("file", location, text)


def open_store(spec: str | Path | StoreSpec, create: bool = False):
    """The store `spec` names. Without `create`, a graph file or Oxigraph folder must already exist."""
    s = spec if isinstance(spec, StoreSpec) else parse_store_spec(spec)
    if not create and not s.exists():
        if s.kind == "file":
            raise StoreError(Errors.E403, path=s.location)
        raise StoreError(Errors.E612, spec=s.text)
    if s.kind == "memory":
        from kg.store.memory import MemoryStore

        return MemoryStore()
    if s.kind == "file":
        from kg.store.memory import MemoryStore

        return MemoryStore(path=s.path)
    if s.kind == "oxigraph":
        from kg.store.oxigraph import OxigraphStore

        return OxigraphStore(s.location)
    from kg.store.sparql import SparqlStore

    return SparqlStore(s.location)
