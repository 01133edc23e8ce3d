"""The logistic regression learns, round-trips through JSON, and isotonic calibration is monotone."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.nlp.learn.model import LogReg, calibrated, isotonic


@pytest.mark.parametrize("seed", [0, 1])
def test_model_learns_a_separable_rule_and_round_trips(seed):
    data = [({"bias": 1.0, "subj": 1.0}, "agent"), ({"bias": 1.0, "obj": 1.0}, "target"), ({"bias": 1.0}, "none")] * 30
    m = LogReg(["none", "agent", "target"]).fit(data, epochs=20, seed=seed)
    assert m.prob({"bias": 1.0, "subj": 1.0}, "agent") > 0.8
    assert m.prob({"bias": 1.0, "obj": 1.0}, "target") > 0.8
    again = LogReg.from_json(m.to_json())
    assert again.scores({"bias": 1.0, "subj": 1.0}) == m.scores({"bias": 1.0, "subj": 1.0})


@pytest.mark.parametrize("seed", [0])
def test_model_is_deterministic(seed):
    data = [({"a": 1.0}, "right"), ({"b": 1.0}, "wrong")] * 10
    one = LogReg(["wrong", "right"]).fit(data, seed=seed).to_json()
    two = LogReg(["wrong", "right"]).fit(data, seed=seed).to_json()
    assert one == two


@given(st.lists(st.tuples(st.floats(0, 1), st.booleans()), min_size=1, max_size=60))
def test_model_isotonic_is_monotone_and_a_probability(points):
    steps = isotonic(points)
    probs = [p for _, p in steps]
    assert probs == sorted(probs) and all(0.0 <= p <= 1.0 for p in probs)
    xs = sorted(s for s, _ in points)
    assert [calibrated(steps, x) for x in xs] == sorted(calibrated(steps, x) for x in xs)


@pytest.mark.parametrize("points, score, expected", [
    ([(0.1, False), (0.2, False), (0.8, True), (0.9, True)], 0.85, 0.75),  # (2 + 1) / (2 + 2): smoothed
    ([(0.1, False), (0.2, False), (0.8, True), (0.9, True)], 0.15, 0.25),
    ([(x / 100, x >= 50) for x in range(100)], 0.95, round(51 / 52, 4)),
])
def test_model_isotonic_maps_scores_to_shares_right(points, score, expected):
    assert calibrated(isotonic(points), score) == expected


def running_sum_scores(model: LogReg, x: dict[str, float]) -> list[float]:
    """The definition: each class's score summed feature by feature in order, then a softmax."""
    import math

    z = [0.0] * len(model.classes)
    for f, v in x.items():
        if f in model.w:
            z = [a + b * v for a, b in zip(z, model.w[f], strict=True)]
    e = [math.exp(s - max(z)) for s in z]
    return [v / sum(e) for v in e]


weights = st.lists(st.floats(-8, 8, allow_nan=False), min_size=3, max_size=3)


@given(st.dictionaries(st.sampled_from("abcdef"), weights, max_size=6),
       st.dictionaries(st.sampled_from("abcdefgh"), st.one_of(st.just(1.0), st.floats(-3, 3, allow_nan=False)),
                       max_size=8))
def test_model_scores_are_exactly_the_running_sum(w, x):
    model = LogReg(["none", "agent", "target"], w)
    assert model.scores(x) == running_sum_scores(model, x)
