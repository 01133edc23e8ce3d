"""Issue 11's done-when checks, in AppTest: an alias in the one search box opens the entity page and
centres the network; a click (a table row, a network edge or node) opens the evidence; a connections query
answers with evidence; example questions lead somewhere; a graph path that does not exist is one clear error;
a duplicate upload says why it was skipped."""
from __future__ import annotations

import shutil

from kg.store import open_store
from kg.ui.filters import UNKNOWN, Filters, apply_filters
from kg.ui.model import load_model
from kg.ui.text import md_escape
from tests.conftest import SEED_ARTICLE
from tests.test_app import open_tab, press, run_app, seed_graph, seeds_graph  # noqa: F401 - the fixtures

COMMERCE = "https://w3id.org/aipolicy-kg/resource/entity/us-department-of-commerce"


def model_of(path):
    return load_model(open_store(str(path)))


def evidence_open(at) -> bool:
    return any(s.value.startswith("Evidence") for s in at.subheader)


def test_app_alias_in_the_search_box_opens_the_entity_page(monkeypatch, seeds_graph):
    at = run_app(monkeypatch, seeds_graph)
    at.text_input(key="find").input("Commerce Department").run()
    assert not at.exception
    assert at.session_state["tab"] == "Entity" and at.session_state["entity"] == COMMERCE
    assert md_escape("U.S. Department of Commerce") in [s.value for s in at.subheader]
    assert any("Also called:" in t.value and "Commerce Department" in t.value for t in at.text)
    open_tab(at, "Network")
    assert any(m.value.startswith("Centred on **U") for m in at.markdown)  # the network is centred on it
    at.text_input(key="find").input("Comerce Departmnt").run()  # misspelt
    assert at.session_state["entity"] == COMMERCE


def test_app_a_click_opens_the_evidence_panel(monkeypatch, seeds_graph):
    at = open_tab(run_app(monkeypatch, seeds_graph), "Actions")
    assert not evidence_open(at)
    at.session_state["actions-table"] = {"selection": {"rows": [0], "columns": []}}
    at.run()
    assert evidence_open(at) and not at.exception
    assert any(m.value.startswith("Document: **") for m in at.markdown)
    assert any(":orange-background[" in m.value for m in at.markdown)  # the article, the sentence marked
    # a network edge, clicked: its reports; a node, clicked: its page
    at = open_tab(run_app(monkeypatch, seeds_graph), "Network")
    edge = next(e for e in apply_filters(model_of(seeds_graph), Filters()).edges if UNKNOWN not in (e.source, e.target))
    at.session_state["network"] = {"click": {"edge": f"{edge.source}\t{edge.target}"}}
    at.run()
    assert evidence_open(at)
    at.session_state["network"] = {"click": {"node": COMMERCE}}
    at.run()
    assert at.session_state["entity"] == COMMERCE


def test_app_connections_answer_with_evidence(monkeypatch, seeds_graph):
    at = run_app(monkeypatch, seeds_graph)
    at.session_state["conn_a"] = "https://w3id.org/aipolicy-kg/resource/entity/openai"
    at.session_state["conn_b"] = COMMERCE
    open_tab(at, "Connections")
    assert not at.exception
    assert any("shortest chain" in s.value for s in at.success)
    assert any(m.value.startswith("> ") for m in at.markdown)  # a sentence behind a hop


def test_app_example_questions_lead_to_answers(monkeypatch, seeds_graph):
    at = run_app(monkeypatch, seeds_graph)
    asks = [b for b in at.button if b.key and b.key.startswith("ask-")]
    assert 3 <= len(asks) <= 5
    next(b for b in asks if b.label.startswith("How are")).click().run()
    assert at.session_state["tab"] == "Connections" and any("shortest chain" in s.value for s in at.success)
    at = run_app(monkeypatch, seeds_graph)
    next(b for b in at.button if b.label == "Who banned or restricted whom?").click().run()
    assert at.session_state["tab"] == "Actions" and set(at.sidebar.multiselect(key="f_types").value) == {"Ban", "Restrict"}


def test_app_targetless_action_is_drawn_to_unknown(monkeypatch, seeds_graph):
    model = model_of(seeds_graph)
    lonely = model.actions[(model.actions["targets"].map(len) == 0) & model.actions["agent"].notna()].iloc[0]
    at = open_tab(run_app(monkeypatch, seeds_graph), "Network")
    at.session_state["network"] = {"click": {"edge": f"{lonely['agent']}\t{UNKNOWN}"}}
    at.run()
    assert evidence_open(at)
    assert any(m.value.startswith(f"> {md_escape(lonely['evidence'])[:40]}") for m in at.markdown)


def test_app_missing_graph_file_is_a_clear_error(monkeypatch, tmp_path, seeds_graph):
    monkeypatch.chdir(tmp_path)
    at = run_app(monkeypatch, seeds_graph)
    next(t for t in at.sidebar.text_input if t.label == "Graph file or store").input("no-such-graph.ttl").run()
    assert len(at.error) == 1 and "no such graph file" in at.error[0].value and "no-such-graph.ttl" in at.error[0].value
    assert not [c for c in at.caption if c.value.startswith("showing")]  # never an empty graph


def test_app_duplicate_upload_says_why_and_is_not_green(monkeypatch, tmp_path, seed_graph):  # noqa: F811
    store = tmp_path / "graph.ttl"
    shutil.copy(seed_graph, store)
    at = run_app(monkeypatch, store)
    at.file_uploader(key="uploads").set_value([("again.txt", SEED_ARTICLE.read_bytes(), "text/plain")]).run()
    press(at, "Add to the graph")
    assert not at.exception and not at.success
    assert any(w.value.startswith("Nothing was added") for w in at.warning)
    skipped = next(d.value for d in at.sidebar.dataframe if "reason" in d.value.columns)
    assert "already in the graph" in skipped["reason"].iloc[0]
