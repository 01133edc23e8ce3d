"""`kg train`: learn the action models from a gold corpus (by default corpus/train) and ship them as package data."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli import app, err, fail, out
from kg.errors import Errors, KGError


@app.command()
def train(
    corpus: Annotated[Path, typer.Argument(help="Articles with their gold.jsonl to learn from.")] = Path("corpus/train"),
    config: Annotated[Path, typer.Option("--config", help="Training settings (JSON).")] = Path("training/actions.json"),
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Folder for actions.json; default: the "
                                                   "package's kg/nlp/data/models, which `kg build` loads.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No line per parsed article.")] = False,
) -> None:
    """Learn who is agent and target of an action (a role model over trigger-entity pairs) and how likely a
    candidate action is right (an action model), calibrate that likelihood into a probability and choose
    the keep threshold, all by cross-validation over the corpus's documents. Takes about sixteen minutes on a
    2-core laptop CPU, with a line per parsed article.

    Never train on corpus/test, ../shared/eval/dev or dev2: they measure what the models did not see.

    Examples:
      kg train
      kg train corpus/train -o /tmp/models   then   kg eval corpus/test  (with KG_MODELS=/tmp/models)
    """
    from kg.nlp.learn.scorer import MODELS
    from kg.train.learn import load_config, train as learn

    try:
        if not (corpus / "gold.jsonl").is_file():
            raise KGError(Errors.E704, corpus=corpus)
        if not config.is_file():
            raise KGError(Errors.E705, path=config)
        report = learn(corpus, output or MODELS, load_config(config), say=(lambda s: None) if quiet else err.print)
    except KGError as exc:
        fail(exc)
        return
    out.print(json.dumps(report, indent=2), markup=False, highlight=False)
