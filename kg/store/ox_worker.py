"""One Oxigraph query worker: a child process that opens the store read-only under a memory limit
(RLIMIT_AS) and answers queries sent over a connection, so that the parent can kill a runaway query and
get its CPU and memory back. Run as a script, `python -I ox_worker.py FD PATH MEGABYTES`; it imports only
the standard library and pyoxigraph. Terms travel as plain tuples (`wire`)."""
from __future__ import annotations

import os
import resource
import sys
import threading
import time
from multiprocessing.connection import Connection

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
PARENT_POLL_SECONDS = 0.5
OPEN_ATTEMPTS = 10


def wire(t: object) -> tuple | None:
    """A pyoxigraph term as ("u", iri), ("b", id), ("l", value, language, datatype) or ("t", text)."""
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return ("u", t.value)
    if isinstance(t, ox.BlankNode):
        return ("b", t.value)
    if isinstance(t, ox.Literal):
        return ("l", t.value, t.language or "", "" if t.language else t.datatype.value)
    return ("t", str(t))


def unwire(t: tuple) -> object:
    """A wire tuple back to a pyoxigraph term (for substitutions)."""
    kind, value = t[0], t[1]
    if kind == "u":
        return ox.NamedNode(value)
    if kind == "b":
        return ox.BlankNode(value)
    if t[2]:
        return ox.Literal(value, language=t[2])
    return ox.Literal(value, datatype=ox.NamedNode(t[3] or XSD_STRING))


def run(store: ox.Store, text: str, substitutions: dict, cap: int, prefixes: dict) -> tuple:
    """One query: ("ask", bool), ("select", columns, rows, truncated) or ("graph", triples, truncated), with
    at most `cap` rows or triples."""
    subs = {ox.Variable(k): unwire(v) for k, v in substitutions.items()} or None
    res = store.query(text, use_default_graph_as_union=True, prefixes=prefixes, substitutions=subs)
    if isinstance(res, ox.QueryBoolean):
        return ("ask", bool(res))
    rows: list[tuple] = []
    truncated = False
    solutions = isinstance(res, ox.QuerySolutions)
    width = len(res.variables) if solutions else 3
    for item in res:
        if len(rows) >= cap:
            truncated = True
            break
        if solutions:
            rows.append(tuple(wire(item[i]) for i in range(width)))
        else:
            rows.append((wire(item.subject), wire(item.predicate), wire(item.object)))
    if solutions:
        return ("select", [v.value for v in res.variables], rows, truncated)
    return ("graph", rows, truncated)


def answer(store: ox.Store, request: tuple) -> tuple:
    try:
        return ("ok", run(store, *request[1:]))
    except SyntaxError as exc:
        return ("syntax", str(exc))
    except MemoryError:
        return ("memory", "")
    except Exception as exc:  # handed to the parent as E504  # noqa: BLE001
        return ("error", f"{type(exc).__name__}: {exc}")


def _die_with_parent() -> None:
    """Exit when the parent process is gone, even in the middle of a query. (Not PR_SET_PDEATHSIG: Linux
    sends it when the parent's *thread* that started the worker ends, and a server or the app starts
    workers from request threads that end after each answer.)"""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def open_read_only(path: str) -> ox.Store:
    """The store, read-only; retried a few times, as the writer may be compacting (deleting files) just then."""
    for attempt in range(OPEN_ATTEMPTS):
        try:
            return ox.Store.read_only(path)
        except (OSError, RuntimeError):
            if attempt == OPEN_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def serve(conn: Connection, path: str, megabytes: int) -> None:
    _die_with_parent()
    if megabytes > 0:
        resource.setrlimit(resource.RLIMIT_AS, (megabytes << 20, megabytes << 20))
    store = None
    while True:
        if store is None:  # first, and after the parent wrote: see its changes
            try:
                store = open_read_only(path)
            except (OSError, RuntimeError) as exc:
                conn.send(("error", f"cannot open {path} read-only ({exc})"))
                return
            conn.send(("ready",))
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request[0] == "reopen":
            store = None
        else:
            conn.send(answer(store, request))


if __name__ == "__main__":
    serve(Connection(int(sys.argv[1])), sys.argv[2], int(sys.argv[3]))
