"""Measure a change of the rules on corpus/train itself, by other hands: the whole pipeline, cross-validated over the
annotators' batches.

    python tools/crossval.py prepare [--work DIR] [--folds 3]   # once per change of the trained models (~10 min)
    python tools/crossval.py score [--work DIR] [--tag NAME]    # after each change of the rules (~1 min)
    python tools/crossval.py score --keep 0.45 --keep 0.5       # the same, at these action keep thresholds

`score --keep K` builds each fold with its models' action keep threshold set to K (a copy of the models, beside the
graphs), once per K: the points of the precision-recall curve the models trace. Two recipes (`prepare` run on two
trees) are compared there, output against right, and not only at the threshold each one's training chose: a change
that moves the chosen threshold moves along the curve, which is no gain.

`prepare` splits corpus/train into folds by annotator batch (the first characters of a file name, R1, S4, ..., as
`kg train` groups them: its group_prefix), and for each fold trains the models on the other folds (`kg train`).
`score` builds each held-out fold with the models that did not see it and scores it as `kg eval` does, pooled over
the folds: what a change does to articles written by other hands than the ones its models learned from, with no
look at corpus/test.
Its errors are train's own and may be read (python -m kg.cli eval WORK/fold-1/held --graph WORK/TAG/fold-1.ttl).
The trained models are the shipped ones' recipe (training/actions.json); the rules are the working tree's.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg.cli"]
MEASURES = ("entities_typed", "relations", "actions")


def group_prefix() -> int:
    """How many first characters of a file name name its annotator batch: `kg train`'s own setting."""
    return json.loads((ROOT / "training" / "actions.json").read_text(encoding="utf-8"))["group_prefix"]


def batches(corpus: Path) -> dict[str, list[dict]]:
    """The gold records of each annotator batch (the first `group_prefix` characters of the file name)."""
    out: dict[str, list[dict]] = {}
    n = group_prefix()
    for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            out.setdefault(record["file"][:n], []).append(record)
    return out


def fold_of(groups: list[str], folds: int) -> dict[str, int]:
    """Batches dealt round-robin into folds, in sorted order: the same split on every machine."""
    return {g: n % folds for n, g in enumerate(sorted(groups))}


def write_part(corpus: Path, records: list[dict], dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    with (dest / "gold.jsonl").open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            shutil.copyfile(corpus / r["file"], dest / r["file"])


def prepare(corpus: Path, work: Path, folds: int) -> None:
    groups = batches(corpus)
    assign = fold_of(list(groups), folds)
    for k in range(folds):
        fold = work / f"fold-{k + 1}"
        if fold.exists():
            shutil.rmtree(fold)
        held = [r for g, rs in groups.items() if assign[g] == k for r in rs]
        rest = [r for g, rs in groups.items() if assign[g] != k for r in rs]
        write_part(corpus, held, fold / "held")
        write_part(corpus, rest, fold / "train")
        print(f"fold {k + 1}: batches {' '.join(sorted(g for g in groups if assign[g] == k))}, "
              f"{len(held)} held-out articles; training on {len(rest)} ...", flush=True)
        trained = subprocess.run(KG + ["train", str(fold / "train"), "-o", str(fold / "models"), "-q"], cwd=ROOT,
                                 capture_output=True, text=True)
        if trained.returncode != 0:
            sys.exit(f"crossval: kg train {fold / 'train'} failed: {trained.stderr.strip()[-300:]}")


def score(work: Path, tag: str, keep: float | None = None) -> dict:
    folds = sorted(p for p in work.glob("fold-*") if (p / "models" / "actions.json").is_file())
    if not folds:
        sys.exit(f"crossval: no trained folds in {work}; run python tools/crossval.py prepare first")
    out_dir = work / tag
    out_dir.mkdir(parents=True, exist_ok=True)
    pooled = {m: [0, 0, 0] for m in MEASURES}
    for fold in folds:
        graph = out_dir / f"{fold.name}.ttl"
        models = fold / "models" if keep is None else kept_at(fold / "models", keep, out_dir / f"{fold.name}-models")
        env = {**os.environ, "KG_MODELS": str(models)}
        built = subprocess.run(KG + ["build", str(fold / "held"), "-o", str(graph), "-q"], cwd=ROOT, env=env,
                               capture_output=True, text=True)
        if built.returncode != 0:  # the skipped gold.jsonl is no failure; anything else is
            sys.exit(f"crossval: kg build {fold / 'held'} failed: {built.stderr.strip()[-300:]}")
        scored = subprocess.run(KG + ["eval", str(fold / "held"), "--graph", str(graph), "--json"], cwd=ROOT, env=env,
                                capture_output=True, text=True)
        if scored.returncode != 0:
            sys.exit(f"crossval: kg eval {fold / 'held'} failed: {scored.stderr.strip()[-300:]}")
        result = json.loads(scored.stdout)
        for m in MEASURES:
            for i, key in enumerate(("tp", "pred", "gold")):
                pooled[m][i] += result[m][key]
    return pooled


def kept_at(models: Path, keep: float, dest: Path) -> Path:
    """A copy of a fold's models whose action keep threshold is `keep`."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(models, dest)
    data = json.loads((dest / "actions.json").read_text(encoding="utf-8"))
    data["keep"] = keep
    (dest / "actions.json").write_text(json.dumps(data), encoding="utf-8")
    return dest


def report(pooled: dict) -> str:
    lines = []
    for m, (tp, pred, gold) in pooled.items():
        p, r = tp / pred if pred else 0.0, tp / gold if gold else 0.0
        f1 = 2 * tp / (pred + gold) if pred + gold else 0.0
        lines.append(f"{m:15s} F1 {f1:.3f}  P {p:.3f}  R {r:.3f}  ({tp} right of {pred} output, {gold} gold)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("step", choices=["prepare", "score"])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "train")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-crossval")
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--tag", default="current", help="A name for this tree's graphs, kept beside the folds.")
    ap.add_argument("--keep", type=float, action="append",
                    help="Score at this action keep threshold instead of each fold's own (repeat for a curve).")
    args = ap.parse_args(argv)
    if any(not 0.0 <= k <= 1.0 for k in args.keep or []):  # before a prepare of half an hour
        sys.exit("crossval: --keep is a probability, between 0 and 1")
    if args.step == "prepare":
        prepare(args.corpus, args.work, args.folds)
    for keep in args.keep or [None]:
        if keep is not None:
            print(f"-- keep {keep}")
        print(report(score(args.work, args.tag if keep is None else f"{args.tag}-keep-{keep}", keep)))


if __name__ == "__main__":
    main()
