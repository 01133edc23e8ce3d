"""Reading and writing graph files: Turtle, N-Triples, JSON-LD; writes are atomic."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Graph

from kg.errors import GraphError
from kg.graph.namespaces import new_graph

FORMATS = {"turtle": ".ttl", "nt": ".nt", "jsonld": ".jsonld"}
BY_SUFFIX = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".nq": "nquads",
             ".trig": "trig", ".rdf": "xml", ".owl": "xml", ".xml": "xml"}
RDFLIB_NAME = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}


def format_for(path: Path, given: str | None = None) -> str:
    """The format to write: the one given, else the one the suffix names, else Turtle."""
    if given:
        if given not in FORMATS:
            raise GraphError("E401", f"unknown format {given!r}; use one of {', '.join(FORMATS)}.")
        return given
    return {".nt": "nt", ".jsonld": "jsonld", ".json": "jsonld"}.get(path.suffix.lower(), "turtle")


def serialize(g: Graph, fmt: str) -> bytes:
    if fmt == "jsonld":
        return g.serialize(format="json-ld", auto_compact=True).encode("utf-8")
    return g.serialize(format=RDFLIB_NAME[fmt], encoding="utf-8")


def write_graph(g: Graph, path: Path, fmt: str = "turtle") -> int:
    """Write atomically (see `write_bytes`). Returns the bytes written."""
    return write_bytes(serialize(g, fmt), path)


def current_umask() -> int:
    """The process's umask, read without changing it where the system tells it (Linux), since setting it
    to read it back is not safe while other threads (the app's) create files."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            return next(int(line.split()[1], 8) for line in fh if line.startswith("Umask:"))
    except (OSError, StopIteration, ValueError, IndexError):
        mask = os.umask(0o022)
        os.umask(mask)
        return mask


def write_bytes(data: bytes, path: Path) -> int:
    """Write atomically: a temporary file beside `path`, synced, then renamed over it, so a crash at any
    moment leaves either the old file or the new one. The file gets the mode the umask gives a new file
    (0644 under umask 022), as any other program's output would. Returns the bytes written."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise GraphError("E402", f"{path}: folder {folder} does not exist; create it or choose another output.")
    for stale in folder.glob(f".{path.name}.*.tmp"):  # left by a write that was killed before its rename
        stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, 0o666 & ~current_umask())  # mkstemp makes 0600, and the rename would keep it
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(data)


def read_graph(path: str | Path) -> Graph:
    """Parse a graph file, its format from its suffix (Turtle when unknown)."""
    path = Path(path)
    if not path.is_file():
        raise GraphError("E403", f"{path}: no such graph file; build one with 'kg build INPUT -o {path}'.")
    g = new_graph()
    try:
        g.parse(path, format=BY_SUFFIX.get(path.suffix.lower(), "turtle"))
    except Exception as exc:  # rdflib raises many kinds of parser errors
        raise GraphError("E404", f"{path}: not a readable RDF graph ({type(exc).__name__}: {str(exc).splitlines()[0][:200]}).") from None
    return g
