"""`kg build`: news in, graph out (a file, or incrementally into a store)."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli import StoreOption, app, err, fail, open_spec, out, say
from kg.errors import Errors, KGError


@contextmanager
def progress_bar(show: bool):
    """A progress callback: a rich bar on a terminal, nothing otherwise."""
    if not show:
        yield None
        return
    from rich.markup import escape
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from kg.ui.text import term_escape

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} docs"),
                  TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task("loading spaCy", total=None)
        yield lambda o: bar.update(task, advance=1, description=escape(term_escape(Path(o.split("#")[0]).name[:40])))


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively) of .txt, .md, .html, .jsonl, .xml/.rss/.atom.", show_default=False)],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Graph file to write (atomically). Required with the memory store.")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="turtle, nt, jsonld, rdfxml, nquads or trig; default: the one OUT's suffix names (.ttl, .nt, .jsonld, .rdf, .nq, .trig).")] = None,
    store: StoreOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extraction worker processes (each loads spaCy once).")] = 1,
    dask: Annotated[Optional[str], typer.Option(help="Run extraction on a Dask cluster: its scheduler, e.g. tcp://10.0.0.5:8786.")] = None,
    batch: Annotated[int, typer.Option("--batch", min=1, help="Documents per store transaction (stores only).")] = 200,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Skip a document with more text than this (MB).")] = 5.0,
    any_language: Annotated[bool, typer.Option("--any-language", help="Build documents that do not look English too.")] = False,
    follow_links: Annotated[bool, typer.Option(
        "--follow-links", help="Also read files that links inside an input folder point to outside it (by "
                               "default such a link is reported and not followed, so a folder of scraped files "
                               "cannot pull in /etc/passwd). FIFOs, devices and sockets are never read.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", min=0.0, max=1.0,
        help="Keep only actions at least this likely to be right (aip:confidence is calibrated: of the actions "
             "at 0.8, about 8 in 10 are right). Default 0: keep all.")] = 0.0,
    curation: Annotated[Optional[Path], typer.Option(
        "--curation", "-c", help="Merge/split decisions (JSON Lines; see ontology/curation.example.jsonl). "
                                 "Default: ./curation.jsonl when it exists.")] = None,
) -> None:
    """Read news documents, extract entities, relations and actions, and write the graph.

    Into a store (--store oxigraph:PATH, a graph file, sparql:URL) the build is incremental: documents
    already there are skipped, a changed document at the same url or path replaces the old one.
    Exits 0 when the graph was written (bad inputs are reported on stderr and skipped), 1 when no
    document could be built.

    Examples:
      kg build seeds/ -o seeds.ttl
      kg build news/ --store oxigraph:kgdb --jobs 2
    """
    from kg.graph.export import for_output, write_bytes
    from kg.ingest import IngestOptions
    from kg.store import parse_store_spec
    from kg.store.build import BuildOptions, BuildResult

    options = BuildOptions(curation=curation, jobs=jobs, dask=dask, batch_docs=batch, min_confidence=min_confidence,
                           ingest=IngestOptions(max_mb=max_mb, any_language=any_language, follow_links=follow_links))
    committed, opened_store = BuildResult(), []
    try:
        if curation is not None and not curation.is_file():
            raise KGError(Errors.E224, path=curation)
        spec = parse_store_spec(store or "memory")
        if spec.kind == "memory" and output is None:
            raise KGError(Errors.E607)
        out_format = for_output(output, fmt) if output is not None else None
        target = open_spec(spec, create=True)
        opened_store.append(target)
        try:
            res = _run(inputs, target, options, committed, show=not quiet and sys.stderr.isatty())
            if res.added == 0 and res.report.already == 0:
                _nothing_built(target, spec.kind == "memory")
            size = write_bytes(target.dump(out_format.name), output) if output is not None else 0
            if not quiet:
                _summary(res, target, spec.kind == "memory", output, size)
        finally:
            target.close()
    except KGError as exc:
        fail(exc)
    except KeyboardInterrupt:
        _interrupted(opened_store[0] if opened_store else None, committed, output)


def _run(inputs, target, options, committed, show: bool):
    """The build, each problem a line on stderr, with a progress bar on a terminal."""
    from kg.ingest import IngestReport
    from kg.store.build import build as run_build

    tell = lambda origin, reason: say(f"kg: {origin}: {reason}")  # noqa: E731
    report = IngestReport(listeners=[tell], note_listeners=[lambda o, r: tell(o, f"skipped: {r}")])
    with progress_bar(show) as tick:
        return run_build(inputs, target, options, progress=tick, report=report, result=committed)


def _nothing_built(target, in_memory: bool) -> None:
    say(f"kg: no document could be built from the inputs given; "
        f"{'nothing written' if in_memory else f'{target.label} is unchanged'}.")
    raise typer.Exit(1)


def _summary(res, target, in_memory: bool, output: Path | None, size: int) -> None:
    from kg.ui.summary import build_summary, store_build_summary

    out.print(build_summary(res, target, output, size) if in_memory else store_build_summary(res, target))


def _interrupted(target, committed, output: Path | None) -> None:
    """Say what Ctrl-C left behind, and exit 130."""
    if target is None or not target.transactional:
        say(f"kg: interrupted; nothing was written{f' ({output} is as it was)' if output else ''}.")
    else:
        say(f"kg: interrupted; {committed.added} document(s) were committed to {target.label} in "
            f"{committed.batches} transaction(s), whole documents only; run the same build again to add the rest.")
    raise typer.Exit(130) from None
