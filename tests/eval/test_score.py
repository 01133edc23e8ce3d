"""The packaged scorer agrees with ../shared/eval/score.py, and the reliability table counts what it says."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.eval import by_kind, reliability
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
    kinds = by_kind(ours.pop("judged_kinds"))
    assert json.loads(json.dumps(ours, default=str)) == theirs
    assert len(judged) == theirs["actions"]["pred"] and sum(ok for _, ok in judged) == theirs["actions"]["tp"]
    for measure in ("actions", "relations"):  # the rows per kind add up to the measure's own counts
        rows = kinds[measure].values()
        assert [sum(r[k] for r in rows) for k in ("right", "output", "gold")] == \
            [theirs[measure][k] for k in ("tp", "pred", "gold")]


@pytest.mark.parametrize("judged, band, n, share", [
    ([(0.9, True), (0.85, False), (0.5, True)], ">=0.8", 2, 0.5),
    ([(0.9, True), (0.85, False), (0.5, True)], "0.5-0.6", 1, 1.0),
    ([(1.0, True)], "0.9-1.0", 1, 1.0),
    ([(None, True)], ">=0.8", 0, None),
])
def test_reliability_counts_actions_per_band(judged, band, n, share):
    row = next(r for r in reliability(judged) if r["band"] == band)
    assert (row["actions"], row["share_right"]) == (n, share)


def test_by_kind_counts_gold_output_and_right_per_type():
    kinds = [("actions", "pred", "Ban", True), ("actions", "pred", "Ban", False), ("actions", "gold", "Ban", True),
             ("actions", "gold", "Sue", False), ("relations", "pred", "partOf", True), ("relations", "gold", "partOf", True)]
    table = by_kind(kinds)
    assert table["actions"]["Ban"] == {"gold": 1, "output": 2, "right": 1, "p": 0.5, "r": 1.0}
    assert table["actions"]["Sue"] == {"gold": 1, "output": 0, "right": 0, "p": None, "r": 0.0}
    assert table["relations"]["partOf"]["p"] == 1.0


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
