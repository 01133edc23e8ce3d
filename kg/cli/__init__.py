"""The `kg` command: thin Typer commands that parse arguments and call the library.

One option selects the store everywhere (`--store`): `memory` (default), a graph file, `oxigraph:PATH`
or `sparql:URL`. Errors are one line on stderr and exit status 1. Every message goes through `say`, which
escapes control characters, so a file name or value can neither drive the terminal nor forge a line."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Optional

import typer
from rich.console import Console

from kg.errors import Code, Errors, KGError
from kg.ui.text import term_escape

app = typer.Typer(
    name="kg",
    help="Build, store, query and serve knowledge graphs of AI-policy news.\n\n"
         "Typical use:  kg build seeds -o seeds.ttl   then   kg query seeds.ttl 'SELECT ...'\n\n"
         "With a database:  kg build seeds --store oxigraph:kgdb   then   kg serve --store oxigraph:kgdb",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True, highlight=False, soft_wrap=True)

StoreOption = Annotated[Optional[str], typer.Option(
    "--store", "-s", help="Where the graph lives: memory (default), a graph file, oxigraph:PATH (on-disk "
                          "database) or sparql:QUERY_URL[,UPDATE_URL] (a SPARQL 1.1 endpoint).")]
AllowServiceOption = Annotated[Optional[list[str]], typer.Option(
    "--allow-service", metavar="HOST[:PORT]", help="Let SERVICE clauses reach this endpoint host (repeatable); "
                                                   "without it every SERVICE clause is refused (E509).")]


def say(message: object, console: Console = err) -> None:
    """One message line (stderr unless `console` says otherwise), control characters escaped, no markup."""
    console.print(term_escape(message), markup=False, highlight=False, emoji=False, soft_wrap=True)


def fail(exc: KGError) -> None:
    say(f"kg: {exc}")
    raise typer.Exit(1)


def open_spec(spec: str | None, missing: Code = Errors.E608, create: bool = False):
    """The graph file or store `spec` names (kg.store.spec); only a build passes `create`."""
    from kg.store import open_store

    if not spec:
        raise KGError(missing)
    return open_store(spec, create=create)


@contextmanager
def opened(spec: str | None, missing: Code = Errors.E608, create: bool = False) -> Iterator:
    """`open_spec`, closed when the block ends."""
    target = open_spec(spec, missing, create)
    try:
        yield target
    finally:
        target.close()


from kg.cli import build as _build  # noqa: E402,F401  (registers the commands)
from kg.cli import query as _query  # noqa: E402,F401
from kg.cli import store as _store  # noqa: E402,F401
from kg.cli import evaluate as _evaluate  # noqa: E402,F401
from kg.cli import train as _train  # noqa: E402,F401
