"""The app's AppTest checks again with KG_AGGREGATE=on: on the seed graphs, the aggregate path (SPARQL counts
and pages, as for a large store) keeps every feature: every tab, the filters, search, the evidence panel
from a table row and from a network edge, connections, questions, uploads, exports. And the page shows the
same counts and the same network on both paths."""
from __future__ import annotations

import pytest

from tests import test_app, test_app_analyst
from tests.test_app import caption, run_app, seed_graph, seeds_graph  # noqa: F401 - the fixtures


@pytest.fixture(autouse=True)
def aggregate(monkeypatch):
    monkeypatch.setenv("KG_AGGREGATE", "on")


test_every_tab = test_app.test_app_every_tab_renders_without_exception
test_filters = test_app.test_app_filters_change_what_is_shown
test_node_cap = test_app.test_app_node_cap_summarises_the_rest
test_upload_adds = test_app.test_app_upload_adds_a_document
test_hostile_names = test_app.test_app_entity_page_shows_hostile_names_as_text
test_oxigraph_store = test_app.test_app_opens_an_oxigraph_store
test_search = test_app_analyst.test_app_alias_in_the_search_box_opens_the_entity_page
test_evidence = test_app_analyst.test_app_a_click_opens_the_evidence_panel
test_connections = test_app_analyst.test_app_connections_answer_with_evidence
test_questions = test_app_analyst.test_app_example_questions_lead_to_answers
test_unknown = test_app_analyst.test_app_targetless_action_is_drawn_to_unknown
test_upload = test_app_analyst.test_app_duplicate_upload_says_why_and_is_not_green


def test_both_paths_show_the_same_counts_and_network(monkeypatch, seeds_graph):  # noqa: F811
    on = run_app(monkeypatch, seeds_graph)
    monkeypatch.setenv("KG_AGGREGATE", "off")
    off = run_app(monkeypatch, seeds_graph)
    assert on.sidebar.caption[0].value == off.sidebar.caption[0].value
    assert caption(on, "showing") == caption(off, "showing")
    for key in ("f_rel_on",):
        on.sidebar.toggle(key=key).set_value(False).run()
        off.sidebar.toggle(key=key).set_value(False).run()
        assert caption(on, "showing") == caption(off, "showing")
