from __future__ import annotations

import datetime as dt

from kg.ui.filters import UNKNOWN, Edge, Filters, apply_filters, filter_actions


def test_filters_none_shows_every_entity_that_takes_part(seed_model):
    view = apply_filters(seed_model, Filters())
    shown = set(view.entities["iri"]) - {UNKNOWN}
    ends = {e.source for e in view.edges} | {e.target for e in view.edges}
    assert shown == ends - {UNKNOWN} and not view.capped
    assert len(view.actions) == len(seed_model.actions)


def test_filters_one_edge_per_ordered_pair(big_model, seed_model):
    for model in (big_model, seed_model):
        view = apply_filters(model, Filters(cap=10_000))
        pairs = [(e.source, e.target) for e in view.edges]
        assert len(pairs) == len(set(pairs))
        assert sum(len(e.actions) for e in view.edges) >= len(model.actions) // 2
    types = ["Suspend", "Suspend", "Restrict", "Ban", "Sue", "Partner"]
    edge = Edge("a", "b", actions=[{"type": t} for t in types], relations=[{"p": "partOf"}])
    assert edge.label() == "Suspend, Ban +4" and edge.kinds()[0] == "Suspend" and len(edge.items) == 7


def test_filters_targetless_action_reaches_unknown(seed_model):
    lonely = seed_model.actions[seed_model.actions["targets"].map(len) == 0]
    assert len(lonely), "the seed graph has actions without a target"
    view = apply_filters(seed_model, Filters())
    to_unknown = [a["iri"] for e in view.edges if e.target == UNKNOWN for a in e.actions]
    assert set(lonely[lonely["agent"].notna()]["iri"]) <= set(to_unknown)
    assert UNKNOWN in set(view.entities["iri"])
    hidden = apply_filters(seed_model, Filters(unknown=False))
    assert UNKNOWN not in set(hidden.entities["iri"]) and all(UNKNOWN not in (e.source, e.target) for e in hidden.edges)


def test_filters_apply_to_everything_shown(seed_model):
    """Narrowing the action types leaves no entity on screen that the kept actions do not reach, relations on."""
    kind = sorted(set(seed_model.actions["type"]))[0]  # a type the seed article has (extraction may change)
    view = apply_filters(seed_model, Filters(action_types={kind}))
    reached = {a for a in view.actions["agent"] if isinstance(a, str)} | {t for ts in view.actions["targets"] for t in ts}
    assert set(view.entities["iri"]) - {UNKNOWN} <= reached
    assert set(view.actions["type"]) == {kind}
    off = apply_filters(seed_model, Filters(relations=False))
    assert all(not e.relations for e in off.edges)


def test_filters_classes_and_types_narrow(seed_model, big_model):
    view = apply_filters(big_model, Filters(classes={"Company"}, unknown=False))
    assert set(view.entities["cls"]) == {"Company"}
    assert all(e.source in set(view.entities["iri"]) for e in view.edges)
    kind = sorted(set(seed_model.actions["type"]))[0]  # a type the seed article has (extraction may change)
    acts = filter_actions(seed_model, Filters(action_types={kind}))
    assert set(acts["type"]) == {kind} and 0 < len(acts) < len(seed_model.actions)


def test_filters_date_range_keeps_undated_only_when_asked(big_model):
    f = Filters(date_from=dt.date(2025, 3, 1), date_to=dt.date(2025, 3, 31), include_undated=False)
    acts = filter_actions(big_model, f)
    assert len(acts) and all(dt.date(2025, 3, 1) <= d <= dt.date(2025, 3, 31) for d in acts["when"])


def test_filters_ego_network_grows_with_depth(big_model):
    focus = big_model.entities.iloc[0]["iri"]
    one = apply_filters(big_model, Filters(focus=focus, depth=1, cap=10_000))
    two = apply_filters(big_model, Filters(focus=focus, depth=2, cap=10_000))
    assert focus in set(one.entities["iri"]) and len(one.entities) < len(two.entities)


def test_filters_cap_keeps_the_best_connected_and_says_so(big_model):
    view = apply_filters(big_model, Filters(cap=25, unknown=False))
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
