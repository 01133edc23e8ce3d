"""`kg train`: the role model and the action model learned from a gold corpus (corpus/train), with the
calibration of confidence and the keep threshold chosen by cross-validation over its documents."""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path


from kg.nlp.learn.candidates import ROLES, Candidate, Models
from kg.nlp.learn.detect import TYPES
from kg.nlp.learn.model import LogReg, calibrated, isotonic, save
from kg.nlp.learn.scorer import READING_KINDS, kept_actions, reading_kind
from kg.train.examples import Parsed, action_examples, detector_examples, role_examples
from kg.train.gold import fits, gold_ids, load_gold
from kg.train.entities import train_entities
from kg.train.relations import train_relations
from kg.train import thresholds

SKIP = ("kg_entity_judge", "kg_action_scorer", "kg_relations")


@contextmanager
def without_models():
    """The pipeline as it runs before anything is trained: the models already shipped (or in $KG_MODELS) must not
    shape what the next models learn from, so that training is reproducible."""
    before = os.environ.get("KG_MODELS")
    with tempfile.TemporaryDirectory() as empty:
        os.environ["KG_MODELS"] = empty
        try:
            yield
        finally:
            if before is None:
                os.environ.pop("KG_MODELS", None)
            else:
                os.environ["KG_MODELS"] = before


def run(nlp, d):
    """One document through the pipeline up to the rules' reading of actions."""
    doc = nlp.make_doc(d.text)
    doc._.kg_doc_date = d.published
    for name, proc in nlp.pipeline:
        if name not in SKIP:
            doc = proc(doc)
    return doc


def parse_corpus(folder: Path, say: Callable[[str], None] = print) -> list[Parsed]:
    """Every article of the corpus through the pipeline up to the rules' reading of actions."""
    from kg.ingest import IngestReport, iter_documents
    from kg.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    gold = {r["file"]: r for r in load_gold(folder)}
    out = []
    with without_models():
        docs = list(iter_documents([folder / f for f in sorted(gold)], IngestReport()))
        parsed = [(d, run(nlp, d)) for d in docs]
    for d, doc in parsed:
        rec = gold[Path(d.origin).name]
        out.append(Parsed(doc, rec, gold_ids(doc, rec)))
        say(f"parsed {Path(d.origin).name}")
    return out


def kept(parsed: list[Parsed], cands: list[list[Candidate]], keep: float) -> list[tuple[float, bool]]:
    """What the component outputs when it keeps candidates at `keep` and above (one per trigger, one report
    per event), as (candidate probability, right) per action, matched one to one with gold as the scorer does."""
    return [(prob, ok) for _, prob, ok in kept_kinds(parsed, cands, keep)]


def kept_kinds(parsed: list[Parsed], cands: list[list[Candidate]], keep: float) -> list[tuple[str, float, bool]]:
    """`kept`, with the kind of reading (kg/nlp/learn/scorer.py: reading_kind) of each action: (kind, probability,
    right)."""
    from kg.eval.score import max_matching

    out = []
    for p, cs in zip(parsed, cands):
        kind_of = {id(c.record): reading_kind(c) for c in cs}
        for c in cs:
            c.record.confidence = c.prob
        recs = kept_actions(p.doc, cs, keep)
        golds = p.gold.get("actions", [])
        hit = set(max_matching(len(golds), len(recs), lambda i, j: fits(golds[i], recs[j], p.gid)).values())
        out += [(kind_of.get(id(r), "model"), r.confidence, j in hit) for j, r in enumerate(recs)]
    return out


def kept_score(parsed: list[Parsed], cands: list[list[Candidate]], keep: float) -> tuple[int, int]:
    """(actions kept, gold actions matched) at the keep threshold `keep`."""
    judged = kept(parsed, cands, keep)
    return len(judged), sum(ok for _, ok in judged)


def choose_keep(parsed: list[Parsed], cands: list[list[Candidate]], beta: float,
                min_precision: float = 0.0) -> tuple[float, dict]:
    """The action keep threshold (kg/train/thresholds.py) among 0.10-0.90, and the cross-validated curve."""
    n_gold = sum(len(p.gold.get("actions", [])) for p in parsed)
    best = thresholds.pick([x / 100 for x in range(10, 91, 5)], lambda t: kept_score(parsed, cands, t), n_gold, beta,
                           min_precision)
    return best["threshold"], best


def out_of_fold(items_of: list[list], fold_of: list[int], k: int) -> list:
    """The items of every document outside fold k."""
    return [x for n, ex in enumerate(items_of) if fold_of[n] != k for x in ex]


def in_fold(fold_of: list[int], k: int) -> list[int]:
    return [n for n in range(len(fold_of)) if fold_of[n] == k]


def fitted(classes: list[str], data: list, key: str, config: dict) -> LogReg:
    return LogReg(classes).fit(data, **config[key])


def action_pairs(acts_of: list[list]) -> list[list]:
    """(features, label) of each document's action examples."""
    return [[(f, y) for f, y, _ in ex] for ex in acts_of]


def oof_action_examples(parsed: list[Parsed], roles_of: list[list], detect_of: list[list], fold_of: list[int],
                        folds: int, config: dict) -> list[list]:
    """Each document's action examples, read with role probabilities from a model that did not see it."""
    acts_of: list[list] = [[] for _ in parsed]
    for k in range(folds):
        models = Models(fitted(ROLES, out_of_fold(roles_of, fold_of, k), "roles", config),
                        fitted(TYPES, out_of_fold(detect_of, fold_of, k), "detector", config),
                        config["detect_min"])
        for n in in_fold(fold_of, k):
            acts_of[n] = action_examples(parsed[n], models)
    return acts_of


def oof_action_probs(acts_of: list[list], fold_of: list[int], folds: int, config: dict) -> list[tuple[float, bool]]:
    """Out-of-fold action probabilities (set on each candidate), for calibration and the threshold."""
    probs: list[tuple[float, bool]] = []
    pairs_of = action_pairs(acts_of)
    for k in range(folds):
        model = fitted(["wrong", "right"], out_of_fold(pairs_of, fold_of, k), "actions", config)
        for n in in_fold(fold_of, k):
            for f, y, c in acts_of[n]:
                c.prob = model.prob(f, "right")
                probs.append((c.prob, y == "right"))
    return probs


def calibrate(parsed: list[Parsed], acts_of: list[list], config: dict) -> dict[str, list[tuple[float, float]]]:
    """The calibration steps of each kind of reading (kg/nlp/learn/scorer.py: reading_kind), fitted on what the
    component outputs (the best candidate per trigger), not on every candidate; each candidate's probability
    calibrated (its raw one kept)."""
    every = [[c for _, _, c in ex] for ex in acts_of]
    judged = kept_kinds(parsed, every, 0.0)
    steps = {kind: isotonic([(s, ok) for k, s, ok in judged if k == kind], config["calibration_min_block"])
             for kind in READING_KINDS}
    for ex in acts_of:
        for _, _, c in ex:
            c.raw, c.prob = c.prob, calibrated(steps[reading_kind(c)], c.prob)
    return steps


def train(folder: Path, out: Path, config: dict, say: Callable[[str], None] = print) -> dict:
    """Learn both models from `folder`, write them to `out`/actions.json and return the cross-validated figures."""
    parsed = parse_corpus(folder, say)
    fold_of, folds = fold_assignment(parsed, config)
    roles_of = [role_examples(p) for p in parsed]
    detect_of = [detector_examples(p) for p in parsed]
    say(f"examples: {sum(map(len, roles_of))} role pairs, {sum(map(len, detect_of))} words from {len(parsed)} documents")
    acts_of = oof_action_examples(parsed, roles_of, detect_of, fold_of, folds, config)
    probs = oof_action_probs(acts_of, fold_of, folds, config)
    steps = calibrate(parsed, acts_of, config)
    rules_only = kept_score(parsed, [[c for _, _, c in ex if c.source == "rules"] for ex in acts_of], 0.0)
    keep, stats = choose_keep(parsed, [[c for _, _, c in ex] for ex in acts_of], config["beta"],
                              config.get("min_precision", 0.0))
    n_gold = sum(len(p.gold.get("actions", [])) for p in parsed)
    stats["rules_alone"] = {"kept": rules_only[0], "right": rules_only[1]}
    roles = fitted(ROLES, [x for ex in roles_of for x in ex], "roles", config)
    detector = fitted(TYPES, [x for ex in detect_of for x in ex], "detector", config)
    actions = fitted(["wrong", "right"], [x for ex in action_pairs(acts_of) for x in ex], "actions", config)
    report = {"documents": len(parsed), "gold_actions": n_gold, "role_pairs": sum(map(len, roles_of)),
              "candidates": len(probs), "cross_validated": stats}
    names = train_names(parsed, config)
    report["names"] = names[1]
    relations, rel_keep, report["relations"] = train_relations(parsed, fold_of, folds, config)
    judge, judge_keep, report["entities"] = train_entities(parsed, fold_of, folds, config)
    out.mkdir(parents=True, exist_ok=True)
    save(out / "entities.json", {"model": judge.to_json(), "keep": judge_keep})
    save(out / "relations.json", {"model": relations.to_json(), "keep": rel_keep})
    save(out / "names.json", names[0].to_json())
    save(out / "actions.json", {"roles": roles.to_json(), "detector": detector.to_json(),
                                "detect_min": config["detect_min"], "actions": actions.to_json(), "calibration": steps,
                                "keep": keep, "trained_on": folder.name, "report": report, "config": config})
    return report


def fold_assignment(parsed: list[Parsed], config: dict) -> tuple[list[int], int]:
    """Each document's fold. With `group_prefix` N, documents whose file names share their first N characters
    (one annotator's batch) fall in one fold, so that cross-validation measures other hands, as the test does."""
    n = config.get("group_prefix")
    if not n:
        return [i % config["folds"] for i in range(len(parsed))], config["folds"]
    groups = sorted({p.gold["file"][:n] for p in parsed})
    if len(groups) < 2:  # one batch only (file names without a batch prefix): plain folds
        return [i % config["folds"] for i in range(len(parsed))], config["folds"]
    return [groups.index(p.gold["file"][:n]) for p in parsed], len(groups)


def train_names(parsed: list[Parsed], config: dict) -> tuple[LogReg, dict]:
    """The name typer, from every name and alias of the gazetteer and of the corpus's gold entities; its accuracy
    on the corpus's names by cross-validation over documents (the gazetteer always in training)."""
    from kg.nlp.gazetteer import load_gazetteer
    from kg.nlp.learn.names import CLASSES, examples

    gaz = [(n, e.type) for e in load_gazetteer().values() for n in e.names]
    docs = [[(n, e["type"]) for e in p.gold["entities"] for n in [e["name"], *e.get("aliases", [])]] for p in parsed]
    fold_of, folds = fold_assignment(parsed, config)
    right = total = 0
    for k in range(folds):
        model = LogReg(CLASSES).fit(examples(gaz + out_of_fold(docs, fold_of, k)), **config["names"])
        for n in in_fold(fold_of, k):
            r, t = names_right(model, docs[n], CLASSES, examples)
            right, total = right + r, total + t
    model = LogReg(CLASSES).fit(examples(gaz + [x for d in docs for x in d]), **config["names"])
    return model, {"names": total, "cross_validated_accuracy": round(right / total, 3) if total else None}


def names_right(model: LogReg, names: list[tuple[str, str]], classes: list[str], examples) -> tuple[int, int]:
    """(names typed right, names) of one document."""
    right = total = 0
    for f, y in examples(names):
        probs = model.scores(f)
        right += classes[max(range(len(probs)), key=probs.__getitem__)] == y
        total += 1
    return right, total


def load_config(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
