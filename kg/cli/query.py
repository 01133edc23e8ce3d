"""`kg query`, `kg validate`, `kg stats`: reading a graph file or a store."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from kg.cli import AllowServiceOption, StoreOption, app, err, fail, opened, out, say
from kg.errors import Errors, KGError
from kg.graph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT

GraphArg = Annotated[Optional[str], typer.Argument(
    help="A graph file (.ttl, .nt, .jsonld, .rdf, .nq, .trig) or a store (oxigraph:PATH, sparql:URL).", show_default=False)]


def on_graph(graph: str | None, store: str | None, use):
    """`use(target)` on the graph file or store named, closed afterwards; an error ends the command."""
    try:
        with opened(store or graph) as target:
            return use(target)
    except KGError as exc:
        fail(exc)


@app.command()
def query(
    graph: GraphArg = None,
    sparql: Annotated[Optional[str], typer.Argument(help="A SPARQL query, or the path of a .rq file.", show_default=False)] = None,
    store: StoreOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json (SPARQL JSON results).")] = "table",
    bind: Annotated[Optional[list[str]], typer.Option(
        "--bind", "-b", help="NAME=VALUE: bind ?NAME to the literal VALUE (repeatable); values are bound, never "
                             "pasted into the query text.")] = None,
    timeout: Annotated[float, typer.Option(help="Stop the query after this many seconds.")] = DEFAULT_TIMEOUT,
    limit: Annotated[int, typer.Option(help="Keep at most this many rows or triples (0: no cap).")] = DEFAULT_LIMIT,
    allow_service: AllowServiceOption = None,
) -> None:
    """Run a read-only SPARQL query on a graph file or a store and print the result.

    Examples:
      kg query seeds.ttl kg/graph/queries/actions-by-type.rq --format csv
      kg query seeds.ttl kg/graph/queries/restrictions-on-company.rq --bind name=Anthropic
      kg query --store oxigraph:kgdb "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    """
    from kg.graph.query import read_query, shorten, to_csv, to_json
    from kg.graph.query_library import bindings, parse_binds

    if store and sparql is None:
        graph, sparql = None, graph
    if fmt not in ("table", "csv", "json"):
        fail(KGError(Errors.E507, given=fmt))
    try:
        if not sparql:
            raise KGError(Errors.E514)
        values = bindings(parse_binds(bind or []))
        text = read_query(sparql)
        with opened(store or graph) as target:
            res = target.query(text, values, timeout=timeout, limit=limit or None, allow_service=allow_service or ())
    except KGError as exc:
        fail(exc)
        return
    if fmt == "csv":
        sys.stdout.write(to_csv(res))
    elif fmt == "json":
        sys.stdout.write(to_json(res) + "\n")
    else:
        from rich.text import Text

        from kg.graph.namespaces import new_graph
        from kg.ui.text import term_escape

        names = new_graph()
        table = Table(*res.columns, show_lines=False)
        for row in res.rows:
            table.add_row(*[Text(term_escape(shorten(t, names))) for t in row])  # values as text, never markup
        out.print(table)
        out.print(f"{len(res.rows)} row(s)")
    if res.truncated:
        err.print(f"kg query: stopped at the row cap of {limit:,} rows; raise --limit to see more.")


@app.command()
def validate(
    graph: GraphArg = None,
    store: StoreOption = None,
) -> None:
    """Check a graph against the SHACL shapes (ontology/shapes.ttl); exit 1 when it does not conform."""
    from kg.graph.validate import validate as shacl

    result, name = on_graph(graph, store, lambda target: (shacl(target.graph()), target.label))
    if result.conforms:
        say(f"{name}: conforms to the SHACL shapes.", out)
        return
    sys.stdout.write(result.text + "\n")
    say(f"kg: {name}: does not conform to the SHACL shapes (report above).")
    raise typer.Exit(1)


@app.command()
def stats(
    graph: GraphArg = None,
    store: StoreOption = None,
) -> None:
    """Count documents, entities by class, actions by type and triples in a graph file or store."""
    from kg.ui.summary import graph_stats

    on_graph(graph, store, lambda target: out.print(graph_stats(target)))
