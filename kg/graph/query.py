"""Read-only SPARQL over a graph: parse with positions, refuse updates, tabulate results."""
from __future__ import annotations

import csv
import ctypes
import io
import itertools
import json
import re
import threading
import time
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.parser import parseUpdate

from kg.errors import Errors, QueryError
from kg.graph.namespaces import PREFIXES, new_graph
from kg.graph.service import check_services

def with_prefixes(text: str) -> str:
    """The query with the project's prefixes declared, for engines that do not predeclare them."""
    missing = [f"PREFIX {k}: <{v}>" for k, v in PREFIXES.items()
               if not re.search(rf"\bPREFIX\s+{k}:", text, re.IGNORECASE)]
    return "\n".join([*missing, text])


UPDATE_FORMS = "INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY"
DEFAULT_TIMEOUT = 30.0  # seconds
DEFAULT_LIMIT = 10_000  # rows


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[object]]  # rdflib terms, or None for unbound
    boolean: bool | None = None
    truncated: bool = False  # more rows existed than the row cap allowed
    seconds: float = 0.0
    graph: Graph | None = None  # CONSTRUCT/DESCRIBE results, for Turtle output


class QueryTimeout(Exception):
    """Raised inside a query's worker thread when its time is up."""


def read_query(text_or_path: str) -> str:
    """The query text: the file's content when given an existing `.rq`/`.sparql` path."""
    p = Path(text_or_path)
    if p.suffix.lower() in (".rq", ".sparql") and len(text_or_path) < 4096:
        if not p.is_file():
            raise QueryError(Errors.E501, path=p)
        return p.read_text(encoding="utf-8")
    return text_or_path


def _position(exc: Exception) -> str:
    line, col = getattr(exc, "lineno", None), getattr(exc, "col", None)
    return f"line {line}, column {col}" if line is not None else "unknown position"


@lru_cache(maxsize=256)
def _parse(query: str):
    try:
        return prepareQuery(query, initNs=PREFIXES)
    except Exception as exc:
        try:
            parseUpdate(query)
        except Exception:
            msg = str(getattr(exc, "msg", exc)).splitlines()[0][:160]
            raise QueryError(Errors.E502, where=f"at {_position(exc)}", detail=msg) from None
        raise QueryError(Errors.E503, forms=UPDATE_FORMS) from None


def prepare(query: str, allow_service: Collection[str] = ()):
    """A parsed query, or `QueryError`: updates are refused, syntax errors give their position, and a SERVICE
    clause is refused unless its host is in `allow_service` (E509, E510). Every backend calls this first."""
    prepared = _parse(query)
    check_services(prepared.algebra, allow_service)
    return prepared


def capped(items: Iterable, limit: int) -> tuple[list, bool]:
    """At most `limit` of `items`, and whether there were more (the row cap of every query)."""
    kept = list(itertools.islice(items, limit + 1))
    return kept[:limit], len(kept) > limit


def graph_result(triples: Iterable, limit: int) -> QueryResult:
    """A CONSTRUCT or DESCRIBE result under the row cap: the rows and the graph hold the same `limit`
    triples at most, so every output (table, CSV, Turtle) obeys the cap."""
    kept, truncated = capped(triples, limit)
    graph = new_graph()
    for t in kept:
        graph.add(tuple(t))
    return QueryResult(["subject", "predicate", "object"], [list(t) for t in kept], truncated=truncated, graph=graph)


def algebra_has(node: object, test) -> bool:
    """Whether any node of a parsed query's algebra passes `test`."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, CompValue):
            if test(n):
                return True
            stack.extend(n.values())
        elif isinstance(n, (list, tuple)):
            stack.extend(n)
    return False


def groups(algebra: CompValue) -> bool:
    """Whether a query has a GROUP BY (rdflib answers one over no solutions with one empty row, not none)."""
    return algebra_has(algebra, lambda n: n.name == "Group" and n.get("expr") is not None)


def collect(g: Graph, prepared, bindings: dict, limit: int) -> QueryResult:
    """Run a prepared query on an rdflib graph or dataset: at most `limit` rows or triples, and every
    solution a row, even one that binds none of the projected variables (rdflib's row iterator skips those)."""
    res = g.query(prepared, initBindings=bindings)
    if res.type == "ASK":
        return QueryResult(["ask"], [[Literal(bool(res.askAnswer))]], bool(res.askAnswer))
    if res.type in ("CONSTRUCT", "DESCRIBE"):
        return graph_result(res.graph, limit)
    variables = list(res.vars or [])
    keep_empty = not groups(prepared.algebra)
    rows = ([solution.get(v) for v in variables] for solution in res.bindings)
    kept, truncated = capped((row for row in rows if keep_empty or any(t is not None for t in row)), limit)
    return QueryResult([str(v) for v in variables], kept, truncated=truncated)


def _interrupt(thread: threading.Thread) -> None:
    """Raise `QueryTimeout` inside `thread` at its next bytecode (rdflib evaluates in Python)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident), ctypes.py_object(QueryTimeout))


def run_limited(work, timeout: float | None) -> QueryResult:
    """Run `work()` (which returns a `QueryResult`) in a worker thread for at most `timeout` seconds.

    On time-out the worker is interrupted (rdflib evaluates in Python and stops at its next bytecode) and
    E505 is raised; any other failure becomes E504 (a `QueryError` passes through as it is). Oxigraph,
    which cannot be interrupted so, runs its queries in killable processes instead (`kg.store.ox_pool`)."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["result"] = work()
        except QueryTimeout:
            box["timeout"] = True
        except BaseException as exc:  # handed to the caller below  # noqa: BLE001
            box["error"] = exc

    start = time.perf_counter()
    worker = threading.Thread(target=run, name="kg-query", daemon=True)
    worker.start()
    worker.join(timeout if timeout and timeout > 0 else None)
    if worker.is_alive() or box.get("timeout"):
        if worker.is_alive():
            _interrupt(worker)
            worker.join(5.0)
        raise QueryError(Errors.E505, seconds=timeout)
    if "error" in box:
        err = box["error"]
        if isinstance(err, QueryError):
            raise err
        raise QueryError(Errors.E504, detail=err) from None
    result = box["result"]
    assert isinstance(result, QueryResult)
    result.seconds = time.perf_counter() - start
    return result


def run_query(g: Graph, query: str, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              limit: int | None = DEFAULT_LIMIT, allow_service: Collection[str] = ()) -> QueryResult:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query; user values go in `bindings` (rdflib's
    `initBindings`), never in the text; SERVICE only to the hosts in `allow_service`.

    The query runs in a worker thread that is stopped after `timeout` seconds (E505); at most
    `limit` rows (or triples) are kept and `truncated` says whether there were more."""
    prepared = prepare(query, allow_service)
    cap = limit if limit and limit > 0 else 10**12
    return run_limited(lambda: collect(g, prepared, bindings or {}, cap), timeout)


def term_text(term: object) -> str:
    return "" if term is None else str(term)


def to_csv(r: QueryResult, line_end: str = "\n") -> str:
    """CSV of the result; the SPARQL 1.1 CSV results format (the endpoint's) ends lines with "\r\n"."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=line_end)
    w.writerow(r.columns)
    for row in r.rows:
        w.writerow([term_text(t) for t in row])
    return buf.getvalue()


TSV_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def tsv_term(t: object) -> str:
    """One RDF term as SPARQL 1.1 TSV writes it (Turtle syntax, escaped so that no tab or line break is left)."""
    if t is None:
        return ""
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, BNode):
        return f"_:{t}"
    text = '"' + "".join(TSV_ESCAPES.get(ch, ch) for ch in str(t)) + '"'
    if isinstance(t, Literal) and t.language:
        return f"{text}@{t.language}"
    if isinstance(t, Literal) and t.datatype:
        return f"{text}^^<{t.datatype}>"
    return text


def to_tsv(r: QueryResult) -> str:
    """SPARQL 1.1 TSV results: a header of ?variables, then one line of terms per row (ASK: true or false)."""
    lines = ["\t".join(f"?{c}" for c in r.columns)]
    if r.boolean is not None:
        lines.append("true" if r.boolean else "false")
    else:
        lines += ["\t".join(tsv_term(t) for t in row) for row in r.rows]
    return "\n".join(lines) + "\n"


def to_json(r: QueryResult) -> str:
    """SPARQL 1.1 JSON results."""
    def cell(t: object) -> dict | None:
        if t is None:
            return None
        if isinstance(t, URIRef):
            return {"type": "uri", "value": str(t)}
        if isinstance(t, BNode):
            return {"type": "bnode", "value": str(t)}
        out: dict = {"type": "literal", "value": str(t)}
        if isinstance(t, Literal) and t.language:
            out["xml:lang"] = t.language
        elif isinstance(t, Literal) and t.datatype:
            out["datatype"] = str(t.datatype)
        return out

    if r.boolean is not None:
        return json.dumps({"head": {}, "boolean": r.boolean}, indent=2)
    bindings = [{c: cell(t) for c, t in zip(r.columns, row) if t is not None} for row in r.rows]
    return json.dumps({"head": {"vars": r.columns}, "results": {"bindings": bindings}}, indent=2, ensure_ascii=False)


def to_xml(r: QueryResult) -> str:
    """SPARQL Query Results XML Format."""
    from xml.sax.saxutils import escape, quoteattr

    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    out += [f"<variable name={quoteattr(c)}/>" for c in ([] if r.boolean is not None else r.columns)]
    out.append("</head>")
    if r.boolean is not None:
        out.append(f"<boolean>{'true' if r.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in r.rows:
            out.append("<result>")
            for c, t in zip(r.columns, row, strict=False):
                if t is None:
                    continue
                if isinstance(t, URIRef):
                    cell = f"<uri>{escape(str(t))}</uri>"
                elif isinstance(t, BNode):
                    cell = f"<bnode>{escape(str(t))}</bnode>"
                elif isinstance(t, Literal) and t.language:
                    cell = f"<literal xml:lang={quoteattr(t.language)}>{escape(str(t))}</literal>"
                elif isinstance(t, Literal) and t.datatype:
                    cell = f"<literal datatype={quoteattr(str(t.datatype))}>{escape(str(t))}</literal>"
                else:
                    cell = f"<literal>{escape(str(t))}</literal>"
                out.append(f"<binding name={quoteattr(c)}>{cell}</binding>")
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


def shorten(term: object, g: Graph | None = None) -> str:
    """A prefixed name where a bound prefix fits (for tables), else the plain text."""
    if isinstance(term, URIRef) and g is not None:
        try:
            return g.namespace_manager.normalizeUri(term)
        except Exception:
            return str(term)
    return term_text(term)
