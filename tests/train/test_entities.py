"""The entity judge's threshold: the best entity F1 over what it judged, and keeping all when nothing is gained."""
from __future__ import annotations

from kg.train.entities import best_keep


def test_best_keep_drops_the_unlikely_wrong_entities():
    judged = [(0.9, True)] * 8 + [(0.1, False)] * 4 + [(0.2, True)]
    best = best_keep(judged, n_gold=10)
    assert best["threshold"] in (0.15, 0.2) and best["kept"] == 9 and best["right"] == 9


def test_best_keep_keeps_everything_when_the_judge_cannot_tell():
    judged = [(1.0, True)] * 5 + [(1.0, False)]
    assert best_keep(judged, n_gold=6)["threshold"] == 0.0
