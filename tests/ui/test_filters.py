from __future__ import annotations

import datetime as dt

from kg.ui.filters import Filters, apply_filters, filter_actions


def test_filters_none_shows_everything_connected(seed_model):
    view = apply_filters(seed_model, Filters())
    assert view.matching == len(seed_model.entities) and not view.capped


def test_filters_classes_and_types_narrow(seed_model):
    view = apply_filters(seed_model, Filters(classes={"Company"}, min_degree=0))
    assert set(view.entities["cls"]) == {"Company"}
    assert all(e.source in set(view.entities["iri"]) for e in view.edges)
    acts = filter_actions(seed_model, Filters(action_types={"Ban"}))
    assert set(acts["type"]) == {"Ban"} and 0 < len(acts) < len(seed_model.actions)


def test_filters_date_range_keeps_undated_only_when_asked(big_model):
    f = Filters(date_from=dt.date(2025, 3, 1), date_to=dt.date(2025, 3, 31), include_undated=False)
    acts = filter_actions(big_model, f)
    assert len(acts) and all(dt.date(2025, 3, 1) <= d <= dt.date(2025, 3, 31) for d in acts["when"])


def test_filters_search_finds_names_and_aliases_with_neighbours(seed_model):
    view = apply_filters(seed_model, Filters(search="antropic"))  # an alias, any case
    labels = set(view.entities["label"])
    assert "Anthropic" in labels and len(labels) > 1


def test_filters_ego_network_grows_with_depth(big_model):
    focus = big_model.entities.iloc[0]["iri"]
    one = apply_filters(big_model, Filters(focus=focus, depth=1, cap=10_000))
    two = apply_filters(big_model, Filters(focus=focus, depth=2, cap=10_000))
    assert focus in set(one.entities["iri"]) and len(one.entities) < len(two.entities)


def test_filters_cap_keeps_the_best_connected_and_says_so(big_model):
    view = apply_filters(big_model, Filters(cap=25))
    assert len(view.entities) == 25 and view.capped
    assert view.summary().startswith("showing 25 of ")
    assert view.entities["degree"].is_monotonic_decreasing
    kept = set(view.entities["iri"])
    assert all(e.source in kept and e.target in kept for e in view.edges)


def test_filters_min_confidence_keeps_only_likelier_actions(seed_model):
    confs = sorted({c for c in seed_model.actions["confidence"] if c is not None})
    assert len(confs) >= 2, "the seed graph should carry several confidence levels"
    cut = confs[-2]  # below the highest level: some actions pass, some do not
    acts = filter_actions(seed_model, Filters(min_confidence=cut + 1e-9))
    assert 0 < len(acts) < len(seed_model.actions) and all(c > cut for c in acts["confidence"])
