"""The one way `kg train` chooses a keep threshold (actions, relations, entities): over a cross-validated curve
of (threshold, kept, right), the threshold with the best F-beta, judged over a window of neighbouring thresholds.

The curves are flat near their top, so the single best point moves with any small change of the rules or the
data (the relation threshold went 0.35 -> 0.45 on a change that moved few predictions); the mean F-beta of a
point and its neighbours (`smooth` on each side) picks the middle of the plateau instead of its noisiest peak."""
from __future__ import annotations

from collections.abc import Callable, Iterable


def fbeta(p: float, r: float, beta: float) -> float:
    return (1 + beta ** 2) * p * r / (beta ** 2 * p + r) if p + r else 0.0


def figures(t: float, kept: int, right: int, n_gold: int) -> dict:
    """Precision, recall and F1 of keeping `kept` predictions, `right` of them right, against `n_gold`."""
    p, r = (right / kept if kept else 0.0), (right / n_gold if n_gold else 0.0)
    return {"threshold": t, "kept": kept, "right": right, "gold": n_gold, "precision": round(p, 3),
            "recall": round(r, 3), "f1": round(fbeta(p, r, 1.0), 3)}


def curve(thresholds: Iterable[float], score: Callable[[float], tuple[int, int]], n_gold: int) -> list[dict]:
    """`score(t)` -> (kept, right) at each threshold, as rows of `figures`."""
    return [figures(t, *score(t), n_gold) for t in thresholds]


def choose(rows: list[dict], beta: float, min_precision: float = 0.0, smooth: int = 1, neutral: float = 0.5) -> dict:
    """The row whose F-beta, averaged with its `smooth` neighbours on each side (whatever their precision), is best,
    among the rows whose precision reaches `min_precision` (all rows when none does); `rows` in ascending order of
    threshold, the lowest among equals. When nothing scores (no gold, or nothing right), the row nearest `neutral`."""
    if not rows:
        raise ValueError("no thresholds to choose from")

    def fb(row: dict) -> float:
        p = row["right"] / row["kept"] if row["kept"] else 0.0
        return fbeta(p, row["right"] / row["gold"] if row["gold"] else 0.0, beta)

    def windowed(i: int) -> float:  # the curve's end points stand for the thresholds beyond them
        near = [rows[min(max(j, 0), len(rows) - 1)] for j in range(i - smooth, i + smooth + 1)]
        return sum(map(fb, near)) / len(near)

    ok = [i for i, r in enumerate(rows) if r["precision"] >= min_precision] or list(range(len(rows)))
    best = max(ok, key=lambda i: (round(windowed(i), 9), -i))
    if windowed(best) == 0.0:
        best = min(range(len(rows)), key=lambda i: abs(rows[i]["threshold"] - neutral))
    return dict(rows[best], f_beta=round(fb(rows[best]), 3), beta=beta)


def pick(thresholds: Iterable[float], score: Callable[[float], tuple[int, int]], n_gold: int, beta: float,
         min_precision: float = 0.0) -> dict:
    """The chosen row of the curve (`choose`), with the whole curve as [threshold, kept, right] rows, for the report."""
    rows = curve(thresholds, score, n_gold)
    return dict(choose(rows, beta, min_precision), curve=[[r["threshold"], r["kept"], r["right"]] for r in rows])
