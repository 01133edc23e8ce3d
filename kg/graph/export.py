"""Reading and writing graph files in the formats of kg.graph.formats; writes are atomic."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import Errors, GraphError
from kg.graph.formats import RdfFormat, by_name, by_suffix, for_output
from kg.graph.jsonld import to_jsonld
from kg.graph.namespaces import new_graph

__all__ = ["for_output", "read_graph", "serialize", "write_bytes", "write_graph"]


def serialize(g: Graph, fmt: str | RdfFormat) -> bytes:
    """`g` in one of the graph (not dataset) formats; stores write N-Quads and TriG (`Store.dump`)."""
    f = fmt if isinstance(fmt, RdfFormat) else by_name(fmt)
    if f.datasets:
        raise ValueError(f"{f.label} keeps named graphs: write it with Store.dump")
    if f.name == "jsonld":  # compact, under the published context (ontology/context.jsonld)
        return to_jsonld(g)
    return g.serialize(format=f.rdflib, encoding="utf-8")


def write_graph(g: Graph, path: Path, fmt: str | RdfFormat = "turtle") -> int:
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
        raise GraphError(Errors.E402, path=path, folder=folder)
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
    """Parse a graph file, its format from its suffix; N-Quads and TriG are read as the union of their graphs."""
    path = Path(path)
    fmt = by_suffix(path)
    if not path.is_file():
        raise GraphError(Errors.E403, path=path)
    g = new_graph()
    try:
        if fmt.datasets:
            ds = Dataset()
            ds.parse(path, format=fmt.rdflib)
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
        else:
            g.parse(path, format=fmt.rdflib)
    except Exception as exc:  # rdflib raises many kinds of parser errors
        detail = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}"
        raise GraphError(Errors.E404, path=path, format=fmt.label, detail=detail) from None
    return g
