"""The `kg` command: thin Typer commands that parse arguments and call the library."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from kg.errors import KGError
from kg.graph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT

app = typer.Typer(
    name="kg",
    help="Build and query knowledge graphs of AI-policy news.\n\n"
         "Typical use:  kg build seeds -o seeds.ttl   then   kg query seeds.ttl 'SELECT ...'",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(exc: KGError) -> None:
    err.print(f"kg: {exc}", markup=False)
    raise typer.Exit(1)


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively) of .txt, .md, .html, .jsonl, .xml/.rss/.atom.", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="Graph file to write (atomically).")],
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="turtle, nt or jsonld; default from OUT's suffix, else turtle.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    curation: Annotated[Optional[Path], typer.Option(
        "--curation", "-c", help="Merge/split decisions (JSON Lines; see ontology/curation.example.jsonl). "
                                 "Default: ./curation.jsonl when it exists.")] = None,
) -> None:
    """Read news documents, extract entities, relations and actions, and write the graph.

    Exits 0 when the graph was written (bad inputs are reported on stderr and skipped),
    1 when no document could be built.

    Example:  kg build seeds/ -o seeds.ttl
    """
    from kg.graph.export import format_for, write_graph
    from kg.graph.pipeline import build_graph
    from kg.ingest import IngestReport

    try:
        fmt = format_for(output, fmt)
        if curation is None and Path("curation.jsonl").is_file():
            curation = Path("curation.jsonl")
        if curation is not None and not curation.is_file():
            raise KGError("E600", f"{curation}: no such curation file; see ontology/curation.example.jsonl for the format.")
        report = IngestReport(listeners=[lambda origin, reason: err.print(f"kg: {origin}: {reason}", markup=False)])
        show = not quiet and sys.stderr.isatty()
        if show:
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} docs"),
                          TimeElapsedColumn(), console=err, transient=True) as bar:
                task = bar.add_task("loading spaCy", total=None)
                result = build_graph(inputs, progress=lambda o: bar.update(task, advance=1, description=Path(o.split('#')[0]).name[:40]),
                                     report=report, curation=curation)
        else:
            result = build_graph(inputs, report=report, curation=curation)
        if result.documents == 0:
            err.print("kg: no document could be built from the inputs given; nothing written.", markup=False)
            raise typer.Exit(1)
        size = write_graph(result.graph, output, fmt)
    except KGError as exc:
        fail(exc)
        return
    if not quiet:
        from kg.ui.summary import build_summary

        out.print(build_summary(result, output, size))


@app.command()
def query(
    graph: Annotated[Path, typer.Argument(help="A graph file (.ttl, .nt, .jsonld).", show_default=False)],
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or the path of a .rq file.", show_default=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json (SPARQL JSON results).")] = "table",
    bind: Annotated[Optional[list[str]], typer.Option(
        "--bind", "-b", help="NAME=VALUE: bind ?NAME to the literal VALUE (repeatable); values are never pasted "
                             "into the query text.")] = None,
    timeout: Annotated[float, typer.Option(help="Stop the query after this many seconds.")] = DEFAULT_TIMEOUT,
    limit: Annotated[int, typer.Option(help="Keep at most this many rows (0: no cap).")] = DEFAULT_LIMIT,
) -> None:
    """Run a read-only SPARQL query on a graph and print the result.

    Examples:
      kg query seeds.ttl kg/graph/queries/actions-by-type.rq --format csv
      kg query seeds.ttl kg/graph/queries/restrictions-on-company.rq --bind name=Anthropic
    """
    from kg.graph.export import read_graph
    from kg.graph.query import read_query, run_query, shorten, to_csv, to_json
    from kg.graph.query_library import bindings, parse_binds

    if fmt not in ("table", "csv", "json"):
        fail(KGError("E507", f"unknown --format {fmt!r}; use table, csv or json."))
    try:
        values = bindings(parse_binds(bind or []))
        text = read_query(sparql)
        g = read_graph(graph)
        res = run_query(g, text, values, timeout=timeout, limit=limit or None)
    except KGError as exc:
        fail(exc)
        return
    if fmt == "csv":
        sys.stdout.write(to_csv(res))
    elif fmt == "json":
        sys.stdout.write(to_json(res) + "\n")
    else:
        table = Table(*res.columns, show_lines=False)
        for row in res.rows:
            table.add_row(*[shorten(t, g) for t in row])
        out.print(table)
        out.print(f"{len(res.rows)} row(s)")
    if res.truncated:
        err.print(f"kg query: stopped at the row cap of {limit:,} rows; raise --limit to see more.")


@app.command()
def validate(
    graph: Annotated[Path, typer.Argument(help="A graph file to check against ontology/shapes.ttl.", show_default=False)],
) -> None:
    """Check a graph against the SHACL shapes; exit 1 when it does not conform."""
    from kg.graph.export import read_graph
    from kg.graph.validate import validate as shacl

    try:
        result = shacl(read_graph(graph))
    except KGError as exc:
        fail(exc)
        return
    if result.conforms:
        out.print(f"{graph}: conforms to the SHACL shapes.")
        return
    sys.stdout.write(result.text + "\n")
    err.print(f"kg: {graph}: does not conform to the SHACL shapes (report above).", markup=False)
    raise typer.Exit(1)


@app.command()
def stats(
    graph: Annotated[Path, typer.Argument(help="A graph file.", show_default=False)],
) -> None:
    """Count documents, entities by class, actions by type and triples in a graph."""
    from kg.graph.export import read_graph
    from kg.ui.summary import graph_stats

    try:
        out.print(graph_stats(read_graph(graph)))
    except KGError as exc:
        fail(exc)




if __name__ == "__main__":  # pragma: no cover
    app()
