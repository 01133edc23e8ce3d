"""The one chooser of keep thresholds (kg/train/thresholds.py)."""
from __future__ import annotations

import pytest

from kg.train.thresholds import choose, curve, fbeta


def rows(points: dict[float, tuple[int, int]], n_gold: int = 100) -> list[dict]:
    return curve(sorted(points), lambda t: points[t], n_gold)


def test_thresholds_figures_of_a_curve():
    r = rows({0.5: (40, 30)})[0]
    assert (r["kept"], r["right"], r["precision"], r["recall"]) == (40, 30, 0.75, 0.3)
    assert r["f1"] == pytest.approx(2 * 0.75 * 0.3 / 1.05, abs=1e-3)
    assert rows({0.5: (0, 0)})[0]["precision"] == 0.0 and fbeta(0.0, 0.0, 0.6) == 0.0


def test_thresholds_a_plateau_wins_over_a_lone_peak():
    # F1: 0.09 0.44 0.09 | 0.40 0.42 0.38: the lone peak at 0.2 has weak neighbours
    pts = {0.1: (10, 5), 0.2: (125, 50), 0.3: (10, 5), 0.4: (100, 40), 0.5: (100, 42), 0.6: (100, 38)}
    assert max(rows(pts), key=lambda r: r["f1"])["threshold"] == 0.2
    assert choose(rows(pts), beta=1.0)["threshold"] == 0.5
    assert choose(rows(pts), beta=1.0, smooth=0)["threshold"] == 0.2  # no window: the single best point


def test_thresholds_a_precision_floor_and_ties():
    pts = {0.1: (100, 40), 0.2: (100, 40), 0.3: (50, 30), 0.4: (20, 14)}
    assert choose(rows(pts), beta=1.0, smooth=0)["threshold"] == 0.1  # the lowest among equals
    floor = choose(rows(pts), beta=1.0, min_precision=0.6)
    assert floor["precision"] >= 0.6 and floor["threshold"] == 0.3
    assert choose(rows(pts), beta=1.0, min_precision=0.99)["threshold"] == choose(rows(pts), beta=1.0)["threshold"]
