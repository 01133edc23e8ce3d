"""Training the relation model (kg/nlp/learn/relations.py) on a parsed gold corpus, with its keep threshold chosen by
cross-validation over annotator groups."""
from __future__ import annotations

from kg.nlp.doc.index import EntityIndex
from kg.train.examples import Parsed
from kg.nlp.learn.model import LogReg
from kg.nlp.learn.relations import LABELS, RELS, allowed, hint_index, pair_features, pairs
from kg.train import thresholds


def relation_examples(p: Parsed) -> list[tuple[dict, str, tuple]]:
    """(features, label, (classes, gold ids of the pair)) for every pair of names in a sentence; none from a document
    whose gold has no "relations" at all (not even an empty list): it was not annotated for relations (a sample
    annotated for entities and actions only), and every pair of it would teach "none"."""
    from kg.nlp.relations.extractor import rule_relations

    if "relations" not in p.gold:
        return []
    idx = EntityIndex.of(p.doc)
    gold = {(r["s"], r["p"], r["o"]) for r in p.gold.get("relations", [])}
    hints = hint_index(rule_relations(p.doc, idx))
    out = []
    for _, a, b in pairs(p.doc, idx):
        ga, gb = p.gid.get(a[2]), p.gid.get(b[2])
        label = next((f"{r}>" for r in RELS if (ga, r, gb) in gold), None) or \
            next((f"{r}<" for r in RELS if (gb, r, ga) in gold), "none")
        ca, cb = idx.type_of(a[2]), idx.type_of(b[2])
        out.append((pair_features(p.doc, a, b, ca, cb, hints, idx), label, (ca, cb, ga or a[2], gb or b[2])))
    return out


def predicted(model: LogReg, examples: list[tuple[dict, str, tuple]], keep: float) -> set[tuple]:
    out = set()
    for f, _, (ca, cb, ga, gb) in examples:
        probs = dict(zip(model.classes, model.scores(f)))
        label = max((lab for lab in probs if allowed(lab, ca, cb)), key=probs.get, default=None)
        if label is not None and probs[label] >= keep:
            out.add((ga, label[:-1], gb) if label.endswith(">") else (gb, label[:-1], ga))
    return out


def at_threshold(models: list[LogReg], ex: list[list], gold: list[set], fold_of: list[int],
                 t: float) -> tuple[int, int]:
    """(predicted, right) of the out-of-fold predictions kept at threshold t."""
    tp = n_pred = 0
    for n, e in enumerate(ex):
        got = predicted(models[fold_of[n]], e, t)
        tp, n_pred = tp + len(got & gold[n]), n_pred + len(got)
    return n_pred, tp


def train_relations(parsed: list[Parsed], fold_of: list[int], folds: int, config: dict) -> tuple[LogReg, float, dict]:
    """The model on every document, and its keep threshold (kg/train/thresholds.py) by cross-validation."""
    ex = [relation_examples(p) for p in parsed]
    gold = [{(r["s"], r["p"], r["o"]) for r in p.gold.get("relations", [])} for p in parsed]
    models = [LogReg(LABELS).fit([(f, y) for n, e in enumerate(ex) if fold_of[n] != k for f, y, _ in e],
                                 **config["relations"]) for k in range(folds)]
    n_gold = sum(map(len, gold))
    best = thresholds.pick([x / 20 for x in range(2, 19)], lambda t: at_threshold(models, ex, gold, fold_of, t), n_gold,
                           config["relation_beta"])
    model = LogReg(LABELS).fit([(f, y) for e in ex for f, y, _ in e], **config["relations"])
    return model, best["threshold"], best
