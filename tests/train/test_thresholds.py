"""The one chooser of keep thresholds (kg/train/thresholds.py)."""
from __future__ import annotations

import pytest

from kg.train.thresholds import choose, curve, fbeta, pick


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


def test_thresholds_the_end_points_stand_for_what_lies_beyond():
    # F1 0.50 0.45 0.10 0.05: the first point, repeated, makes the window (0.50, 0.50, 0.45) the best
    pts = {0.1: (100, 50), 0.2: (100, 45), 0.3: (10, 5), 0.4: (10, 3)}
    assert choose(rows(pts), beta=1.0)["threshold"] == 0.1
    # F1 0.50 0.30 0.44 0.44 0.30: repeated, the first point's window is 0.433 and wins; cut short it would be
    # 0.40, below 0.2's 0.413
    pts = {0.1: (100, 50), 0.2: (100, 30), 0.3: (100, 44), 0.4: (100, 44), 0.5: (100, 30)}
    assert choose(rows(pts), beta=1.0)["threshold"] == 0.1


def test_thresholds_nothing_right_gives_the_neutral_threshold():
    pts = {t / 10: (10, 0) for t in range(1, 10)}
    assert choose(rows(pts), beta=1.0)["threshold"] == 0.5
    assert choose(rows(pts, n_gold=0), beta=0.6, neutral=0.3)["threshold"] == 0.3
    with pytest.raises(ValueError):
        choose([], beta=1.0)


def test_thresholds_pick_reports_the_curve_beside_the_choice():
    pts = {0.1: (100, 40), 0.2: (50, 30), 0.3: (20, 14)}
    best = pick(sorted(pts), lambda t: pts[t], 100, beta=1.0)
    assert best["threshold"] == choose(rows(pts), beta=1.0)["threshold"]
    assert best["curve"] == [[0.1, 100, 40], [0.2, 50, 30], [0.3, 20, 14]]
