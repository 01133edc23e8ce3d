"""`kg train`'s entity judge: which resolved entities the annotators would name, learned from corpus/train, with the
keep threshold that gives the best entity F1 by cross-validation over annotator batches."""
from __future__ import annotations

from kg.nlp.learn.entities import UNJUDGED, entity_features
from kg.nlp.learn.model import LogReg
from kg.train.examples import Parsed
from kg.train import thresholds

CLASSES = ["not", "real"]


def entity_examples(p: Parsed) -> list[tuple[dict, str]]:
    """(features, real|not) for each entity the pipeline resolved in the document (but the classes the judge leaves
    alone); real when it shares a name with a gold entity (the scorer's matching)."""
    return [(entity_features(p.doc, e), "real" if key in p.gid else "not")
            for key, e in (p.doc._.kg_entities or {}).items() if e.type not in UNJUDGED]


def best_keep(judged: list[tuple[float, bool]], n_gold: int) -> dict:
    """The threshold (0 to 0.6) with the best entity F1 over the judged entities (kg/train/thresholds.py), and the
    figures there."""
    def score(t: float) -> tuple[int, int]:
        kept = [ok for p, ok in judged if p >= t]
        return len(kept), sum(kept)

    return thresholds.pick([x / 100 for x in range(0, 61, 5)], score, n_gold, beta=1.0)


def train_entities(parsed: list[Parsed], fold_of: list[int], folds: int, config: dict) -> tuple[LogReg, float, dict]:
    """The judge fitted on every document, its keep threshold and the cross-validated figures (with the figures
    of keeping every entity, for comparison)."""
    from kg.train.learn import in_fold, out_of_fold

    data_of = [entity_examples(p) for p in parsed]
    judged: list[tuple[float, bool]] = []
    for k in range(folds):
        model = LogReg(CLASSES).fit(out_of_fold(data_of, fold_of, k), **config["entities"])
        judged += [(model.prob(f, "real"), y == "real") for n in in_fold(fold_of, k) for f, y in data_of[n]]
    n_gold = sum(1 for p in parsed for e in p.gold.get("entities", []) if e["type"] not in UNJUDGED)
    stats = best_keep(judged, n_gold)
    stats["keep_all"] = best_keep([(1.0, ok) for _, ok in judged], n_gold)
    model = LogReg(CLASSES).fit([x for ex in data_of for x in ex], **config["entities"])
    return model, stats["threshold"], stats
