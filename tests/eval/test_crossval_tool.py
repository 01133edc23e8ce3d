"""tools/crossval.py: the annotator-batch folds it scores rule changes on (the scoring itself runs `kg train`, `kg build`
and `kg eval`, each tested on its own)."""
from __future__ import annotations

import json
from tests.conftest import tool


def crossval():
    return tool("crossval")


def test_folds_keep_each_annotator_batch_whole_and_are_the_same_on_every_run(tmp_path):
    cv = crossval()
    files = ["R101-a.txt", "R102-b.txt", "R201-c.txt", "S101-d.txt", "S402-e.txt"]
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps({"file": f, "entities": []}) + "\n" for f in files))
    groups = cv.batches(tmp_path)
    assert {g: [r["file"] for r in rs] for g, rs in groups.items()} == {
        "R1": ["R101-a.txt", "R102-b.txt"], "R2": ["R201-c.txt"], "S1": ["S101-d.txt"], "S4": ["S402-e.txt"]}
    assign = cv.fold_of(list(reversed(list(groups))), 3)
    assert assign == {"R1": 0, "R2": 1, "S1": 2, "S4": 0}


def test_a_held_out_part_is_a_corpus_of_its_own(tmp_path):
    cv = crossval()
    src = tmp_path / "src"
    src.mkdir()
    (src / "R101-a.txt").write_text("Text.")
    cv.write_part(src, [{"file": "R101-a.txt", "entities": []}], tmp_path / "held")
    assert (tmp_path / "held" / "R101-a.txt").read_text() == "Text."
    assert json.loads((tmp_path / "held" / "gold.jsonl").read_text())["file"] == "R101-a.txt"


def test_a_keep_threshold_is_set_on_a_copy_of_the_models_and_the_models_stay(tmp_path):
    cv = crossval()
    models = tmp_path / "models"
    models.mkdir()
    (models / "actions.json").write_text(json.dumps({"keep": 0.45, "roles": {}}))
    (models / "names.json").write_text("{}")
    copy = cv.kept_at(models, 0.6, tmp_path / "tag" / "fold-1-models")
    assert json.loads((copy / "actions.json").read_text()) == {"keep": 0.6, "roles": {}}
    assert (copy / "names.json").read_text() == "{}"
    assert json.loads((models / "actions.json").read_text())["keep"] == 0.45
