"""`kg train` learns every model from a gold corpus, and the pipeline reads them from the folder it wrote."""
from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import ROOT


@pytest.mark.slow
@pytest.mark.parametrize("files", [["R101", "R102", "R301", "R302"]])
def test_train_writes_models_the_pipeline_loads(tmp_path, monkeypatch, files):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    gold = [json.loads(line) for line in (ROOT / "corpus" / "train" / "gold.jsonl").read_text().splitlines() if line]
    picked = [g for g in gold if g["file"][:4] in files]
    for g in picked:
        shutil.copy(ROOT / "corpus" / "train" / g["file"], corpus)
    (corpus / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in picked))
    out = tmp_path / "models"
    r = CliRunner().invoke(app, ["train", str(corpus), "-o", str(out), "-q", "--config",
                                 str(ROOT / "training" / "actions.json")])
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert report["documents"] == len(files) and report["gold_actions"] > 20
    assert {p.name for p in out.iterdir()} == {"actions.json", "entities.json", "names.json", "relations.json"}
    assert set(json.loads((out / "actions.json").read_text())["calibration"]) == {"rules", "model"}
    assert 0.0 <= report["entities"]["threshold"] <= 0.6
    from kg.nlp.learn.entities import load_entity_model
    from kg.nlp.learn.names import load_name_model
    from kg.nlp.learn.relations import load_relation_model
    from kg.nlp.learn.scorer import load_models

    assert load_models(str(out))["keep"] > 0 and load_name_model(str(out)) and load_relation_model(str(out))
    assert load_entity_model(str(out))["model"].classes == ["not", "real"]
    monkeypatch.setenv("KG_MODELS", str(out))
    from kg.store.build import build_graph
    from kg.nlp.pipeline import load_pipeline

    load_pipeline.cache_clear()
    try:
        built = build_graph([ROOT / "corpus" / "train" / picked[0]["file"]])
        assert built.report.documents == 1 and sum(built.actions.values()) > 0
    finally:
        load_pipeline.cache_clear()


@pytest.mark.parametrize("args, message", [(["train", "nowhere"], "no gold.jsonl")])
def test_train_cli_says_what_is_missing(args, message):
    r = CliRunner().invoke(app, args)
    assert r.exit_code == 1 and message in r.output


def test_choose_keep_weighs_precision_first_when_asked(monkeypatch):
    from kg.train import learn

    # a flat F-beta curve: (kept, right) per threshold, 100 gold actions; precision rises with the threshold
    points = {0.25: (150, 66), 0.3: (120, 62), 0.35: (70, 40), 0.4: (40, 26)}
    curve = {t / 100: points.get(t / 100, (250, 75) if t < 25 else (20, 14)) for t in range(10, 91, 5)}
    monkeypatch.setattr(learn, "kept_score", lambda parsed, cands, t: curve[t])
    gold = [type("P", (), {"gold": {"actions": [{}] * 100}})()]
    loose, stats = learn.choose_keep(gold, [], 0.6)
    strict, strict_stats = learn.choose_keep(gold, [], 0.6, min_precision=0.55)
    assert (loose, strict) == (0.3, 0.35) and stats["precision"] < 0.55 <= strict_stats["precision"]
    assert learn.choose_keep(gold, [], 0.6, min_precision=0.99)[0] == loose  # none reaches it: F-beta alone
