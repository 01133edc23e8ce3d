"""The packaged scorer agrees with ../shared/eval/score.py, and the reliability table counts what it says."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.eval import reliability
from kg.eval.score import score
from tests.conftest import SHARED


@pytest.mark.parametrize("corpus", ["dev"])
def test_score_agrees_with_shared_scorer(tmp_path, corpus):
    folder = SHARED / "eval" / corpus
    if not (folder / "gold.jsonl").is_file():
        pytest.skip(f"{folder} is not beside the checkout")
    out = tmp_path / "g.ttl"
    assert CliRunner().invoke(app, ["build", str(folder), "-o", str(out), "-q"]).exit_code == 0
    theirs = json.loads(subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(out), str(folder), "--json"],
                                       capture_output=True, text=True).stdout)
    ours = score(out, folder)
    judged = ours.pop("judged_actions")
    assert json.loads(json.dumps(ours, default=str)) == theirs
    assert len(judged) == theirs["actions"]["pred"] and sum(ok for _, ok in judged) == theirs["actions"]["tp"]


@pytest.mark.parametrize("judged, band, n, share", [
    ([(0.9, True), (0.85, False), (0.5, True)], ">=0.8", 2, 0.5),
    ([(0.9, True), (0.85, False), (0.5, True)], "0.5-0.6", 1, 1.0),
    ([(1.0, True)], "0.9-1.0", 1, 1.0),
    ([(None, True)], ">=0.8", 0, None),
])
def test_reliability_counts_actions_per_band(judged, band, n, share):
    row = next(r for r in reliability(judged) if r["band"] == band)
    assert (row["actions"], row["share_right"]) == (n, share)


@pytest.mark.parametrize("args, message", [
    (["eval", "nowhere"], "no gold.jsonl"),
])
def test_eval_cli_says_what_is_missing(args, message):
    r = CliRunner().invoke(app, args)
    assert r.exit_code == 1 and message in r.output


@pytest.mark.parametrize("args, message", [(["eval", "corpus/test", "--graph", "g.ttl", "--min-confidence", "0.5"],
                                            "with --graph")])
def test_eval_cli_min_confidence_needs_a_build(args, message):
    from tests.conftest import ROOT

    r = CliRunner().invoke(app, [str(ROOT / a) if a == "corpus/test" else a for a in args])
    assert r.exit_code == 1 and message in r.output
