"""`kg eval`: build a gold corpus (or read a graph of it) and score it as `../shared/eval/score.py` does."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli import app, fail, out, say
from kg.errors import Errors, KGError


@app.command("eval")
def evaluate(
    corpus: Annotated[Path, typer.Argument(help="A folder of article files with their gold.jsonl (format: docs/evaluation.md).",
                                           show_default=False)],
    graph: Annotated[Optional[Path], typer.Option("--graph", "-g", help="Score this Turtle graph instead of building the corpus.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole result as JSON.")] = False,
    errors: Annotated[int, typer.Option("--errors", min=0, help="Error lines to show per kind.")] = 15,
    min_confidence: Annotated[float, typer.Option("--min-confidence", min=0.0, max=1.0,
                                                  help="Build keeping only actions at this confidence or above.")] = 0.0,
) -> None:
    """Score extraction on a gold corpus: precision, recall and F1 for entities, relations and actions,
    the errors by kind, a reliability table (per confidence band, how many actions and the share right), and per
    action type and relation how many the gold has, the graph gives and are right.

    Examples:
      kg eval corpus/test
      kg eval ../shared/eval/dev2 --json
      kg eval corpus/test --graph /tmp/test.ttl
    """
    from kg.eval import by_kind, reliability, render, score

    try:
        if not (corpus / "gold.jsonl").is_file():
            raise KGError(Errors.E701, corpus=corpus)
        if graph is not None:
            if min_confidence > 0:
                raise KGError(Errors.E706)
            if not graph.is_file():
                raise KGError(Errors.E702, path=graph, corpus=corpus)
            res = score(graph, corpus)
        else:
            from kg.eval.build import build_corpus

            with tempfile.TemporaryDirectory() as tmp:
                res = score(build_corpus(corpus, Path(tmp), min_confidence, say=say), corpus)
    except KGError as exc:
        fail(exc)
        return
    res["reliability"] = reliability(res.pop("judged_actions"))
    res["by_kind"] = by_kind(res.pop("judged_kinds"))
    if as_json:
        out.print_json(json.dumps(res, default=str))
    else:
        for line in render(res, errors).splitlines():
            say(line, out)
