"""Training the relation model (kg/nlp/learn/relations.py) on a parsed gold corpus, with its keep threshold chosen by
cross-validation over annotator groups."""
from __future__ import annotations

from kg.nlp.doc.index import EntityIndex
from kg.train.examples import Parsed
from kg.nlp.learn.model import LogReg
from kg.nlp.learn.relations import LABELS, RELS, allowed, hint_index, pair_features, pairs


def relation_examples(p: Parsed) -> list[tuple[dict, str, tuple]]:
    """(features, label, (classes, gold ids of the pair)) for every pair of names in a sentence."""
    from kg.nlp.relations.extractor import rule_relations

    idx = EntityIndex.of(p.doc)
    gold = {(r["s"], r["p"], r["o"]) for r in p.gold.get("relations", [])}
    hints = hint_index(rule_relations(p.doc, idx))
    out = []
    for _, a, b in pairs(p.doc, idx):
        ga, gb = p.gid.get(a[2]), p.gid.get(b[2])
        label = next((f"{r}>" for r in RELS if (ga, r, gb) in gold), None) or \
            next((f"{r}<" for r in RELS if (gb, r, ga) in gold), "none")
        ca, cb = idx.type_of(a[2]), idx.type_of(b[2])
        out.append((pair_features(p.doc, a, b, ca, cb, hints, idx.anaphors), label, (ca, cb, ga or a[2], gb or b[2])))
    return out


def predicted(model: LogReg, examples: list[tuple[dict, str, tuple]], keep: float) -> set[tuple]:
    out = set()
    for f, _, (ca, cb, ga, gb) in examples:
        probs = dict(zip(model.classes, model.scores(f)))
        label = max((lab for lab in probs if allowed(lab, ca, cb)), key=probs.get, default=None)
        if label is not None and probs[label] >= keep:
            out.add((ga, label[:-1], gb) if label.endswith(">") else (gb, label[:-1], ga))
    return out


def fbeta(p: float, r: float, beta: float) -> float:
    return (1 + beta ** 2) * p * r / (beta ** 2 * p + r) if p + r else 0.0


def at_threshold(models: list[LogReg], ex: list[list], gold: list[set], fold_of: list[int], t: float,
                 beta: float) -> tuple[float, dict]:
    """(F-beta, figures) of the out-of-fold predictions kept at threshold t."""
    tp = n_pred = 0
    for n, e in enumerate(ex):
        got = predicted(models[fold_of[n]], e, t)
        tp, n_pred = tp + len(got & gold[n]), n_pred + len(got)
    n_gold = sum(map(len, gold))
    p, r = (tp / n_pred if n_pred else 0.0), tp / n_gold if n_gold else 0.0
    return fbeta(p, r, beta), {"threshold": t, "predicted": n_pred, "right": tp, "precision": round(p, 3),
                               "recall": round(r, 3)}


def train_relations(parsed: list[Parsed], fold_of: list[int], folds: int, config: dict) -> tuple[LogReg, float, dict]:
    """The model on every document, and the keep threshold with the best cross-validated F-beta."""
    ex = [relation_examples(p) for p in parsed]
    gold = [{(r["s"], r["p"], r["o"]) for r in p.gold.get("relations", [])} for p in parsed]
    models = [LogReg(LABELS).fit([(f, y) for n, e in enumerate(ex) if fold_of[n] != k for f, y, _ in e],
                                 **config["relations"]) for k in range(folds)]
    best = (0.0, 0.5, {})
    for t in [x / 20 for x in range(2, 19)]:
        fb, stats = at_threshold(models, ex, gold, fold_of, t, config["relation_beta"])
        if fb > best[0]:
            best = (fb, t, stats)
    model = LogReg(LABELS).fit([(f, y) for e in ex for f, y, _ in e], **config["relations"])
    return model, best[1], best[2]
