"""A small multinomial logistic regression over named sparse features, trained by AdaGrad, stored as JSON.

Features are {name: value} dicts (value 1.0 for an indicator), so a model file can be read by a person:
the weight of "path=D:nsubj|cls=Company" for the class "agent" says what the model learned.
"""
from __future__ import annotations

import json
import math
import random
from functools import lru_cache
from pathlib import Path

Features = dict[str, float]


class LogReg:
    """P(class | features) = softmax(W x); trained on (features, class) pairs."""

    def __init__(self, classes: list[str], weights: dict[str, list[float]] | None = None) -> None:
        self.classes = list(classes)
        self.w: dict[str, list[float]] = weights or {}

    def scores(self, x: Features) -> list[float]:
        w = self.w
        rows = [row if v == 1.0 else [b * v for b in row] for f, v in x.items() if (row := w.get(f)) is not None]
        # Each class's sum runs over the features in their order, from 0, as a running sum would: the same floats.
        z = [sum(col) for col in zip(*rows)] if rows else [0.0] * len(self.classes)
        top = max(z)
        e = [math.exp(s - top) for s in z]
        total = sum(e)
        return [v / total for v in e]

    def prob(self, x: Features, cls: str) -> float:
        return self.scores(x)[self.classes.index(cls)]

    def fit(self, data: list[tuple[Features, str]], epochs: int = 30, rate: float = 0.3, l2: float = 1e-4,
            seed: int = 0, min_count: int = 1) -> LogReg:
        """AdaGrad on the log loss with L2, examples in a seeded random order: the same data gives the same model."""
        keep = frequent_features(data, min_count)
        n_cls = len(self.classes)
        self.w = {f: [0.0] * n_cls for f in keep}
        g2 = {f: [1e-8] * n_cls for f in keep}
        order = list(range(len(data)))
        rng = random.Random(seed)
        for _ in range(epochs):
            rng.shuffle(order)
            for i in order:
                x, y = data[i]
                self._step({f: v for f, v in x.items() if f in keep}, self.classes.index(y), g2, rate, l2)
        self.w = {f: [round(v, 4) for v in row] for f, row in self.w.items() if any(abs(v) >= 1e-3 for v in row)}
        return self

    def _step(self, x: Features, yk: int, g2: dict[str, list[float]], rate: float, l2: float) -> None:
        """One AdaGrad update on one example (class index yk)."""
        p = self.scores(x)
        for f, v in x.items():
            row, acc = self.w[f], g2[f]
            for k in range(len(row)):
                g = (p[k] - (1.0 if k == yk else 0.0)) * v + l2 * row[k]
                acc[k] += g * g
                row[k] -= rate * g / math.sqrt(acc[k])

    def to_json(self) -> dict:
        return {"classes": self.classes, "weights": self.w}

    @classmethod
    def from_json(cls, data: dict) -> LogReg:
        return cls(data["classes"], data["weights"])


def frequent_features(data: list[tuple[Features, str]], min_count: int) -> set[str]:
    """The features seen in at least `min_count` examples."""
    counts: dict[str, int] = {}
    for x, _ in data:
        for f in x:
            counts[f] = counts.get(f, 0) + 1
    return {f for f, n in counts.items() if n >= min_count}


def isotonic(points: list[tuple[float, bool]], min_block: int = 1) -> list[tuple[float, float]]:
    """Pool-adjacent-violators: a non-decreasing map from a score to the observed share right, as
    (score upper bound, probability) steps. Blocks hold at least `min_block` points (the last may hold fewer
    and is pooled with the one before), and each share is smoothed as (right + 1) / (n + 2), so that a
    step near 0 or 1 needs evidence. Used to make a confidence mean a probability."""
    blocks: list[list[float]] = []  # [sum right, count, max score]
    for s, ok in sorted(points):
        if blocks and blocks[-1][1] < min_block:
            blocks[-1][0] += float(ok)
            blocks[-1][1] += 1
            blocks[-1][2] = s
        else:
            blocks.append([float(ok), 1.0, s])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            r, n, top = blocks.pop()
            blocks[-1][0] += r
            blocks[-1][1] += n
            blocks[-1][2] = top
    if len(blocks) > 1 and blocks[-1][1] < min_block:
        r, n, top = blocks.pop()
        blocks[-1] = [blocks[-1][0] + r, blocks[-1][1] + n, top]
    out, floor = [], 0.0
    for r, n, top in blocks:
        floor = max(floor, (r + 1) / (n + 2))  # smoothing may not undo the order PAV made
        out.append((round(top, 4), round(floor, 4)))
    return out


def calibrated(steps: list[tuple[float, float]], score: float) -> float:
    """The probability of the first step whose upper bound reaches `score` (the last step past the end)."""
    for top, p in steps:
        if score <= top:
            return p
    return steps[-1][1] if steps else score


def read_model(folder: str, filename: str) -> dict | None:
    """The JSON of a model file `kg train` wrote into `folder`, or None when there is none (not trained yet)."""
    path = Path(folder) / filename
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def model_and_keep(folder: str, filename: str) -> dict | None:
    """{"model": LogReg, "keep": threshold} of a judge's model file (relations.json, entities.json), or None."""
    data = read_model(folder, filename)
    return None if data is None else {"model": LogReg.from_json(data["model"]), "keep": data["keep"]}


def save(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
