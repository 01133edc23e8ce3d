"""The SPARQL tab driven by Streamlit's AppTest: an example runs, edits are kept per example and can be restored,
the editor is given the text and the place of a syntax error, and the plain text box takes over when the
editor cannot load."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kg.graph.export import write_graph
from kg.graph.query_library import examples
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory, seed_build) -> Path:
    path = tmp_path_factory.mktemp("sparql") / "seed.ttl"
    write_graph(seed_build.graph, path)
    return path


@pytest.fixture
def at(monkeypatch, seed_file) -> AppTest:
    monkeypatch.setenv("KG_STORE", str(seed_file))
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    app.session_state["tab"] = "SPARQL"
    app.run()
    assert not app.exception, app.exception
    return app


def press(at: AppTest, label: str) -> AppTest:
    return next(b for b in at.button if b.label == label).click().run()


def rows(at: AppTest) -> int:
    return int(next(c.value for c in at.caption if "row(s) in" in c.value).split()[0].replace(",", ""))


def editor_data(at: AppTest) -> dict:
    element = next(e for e in at.get("bidi_component") if e.proto.component_name == "kg_sparql_editor")
    return json.loads(element.proto.json)


def test_an_example_runs_and_the_editor_has_its_text(at):
    first = examples()[0]
    assert editor_data(at)["text"] == first.text and editor_data(at)["mark"] is None
    assert at.text_area[0].value == first.text  # the same text as plain text, in the expander
    assert "Restore the example's text" not in [b.label for b in at.button]
    assert any("Ctrl+Enter in the editor runs the query" in c.value for c in at.caption)
    press(at, "Run query")
    assert not at.error and rows(at) > 0


def test_edits_are_kept_per_example_and_restored(at):
    library = examples()
    edited = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 2"
    at.text_area[0].input(edited).run()
    assert editor_data(at)["text"] == edited  # an edit in the plain text box reaches the editor
    at.selectbox(key="example").set_value(1).run()
    assert at.text_area[0].value == library[1].text and editor_data(at)["name"] == library[1].name
    at.selectbox(key="example").set_value(0).run()
    assert at.text_area[0].value == edited and editor_data(at)["text"] == edited
    press(at, "Run query")
    assert rows(at) == 2
    press(at, "Restore the example's text")
    assert at.text_area[0].value == library[0].text and editor_data(at)["text"] == library[0].text


def test_a_syntax_error_is_marked_in_the_editor_until_the_text_changes(at):
    at.text_area[0].input("SELECT ?s WHERE {\n  ?s ?p").run()
    press(at, "Run query")
    assert any("line 2, column" in e.value for e in at.error)
    assert any("not closed" in w.value for w in at.warning) and "^" in at.code[0].value
    mark = editor_data(at)["mark"]
    assert mark["line"] == 2 and mark["column"] >= 1 and "not closed" in mark["message"]
    at.text_area[0].input("SELECT ?s WHERE {\n  ?s ?p ?o }").run()
    assert editor_data(at)["mark"] is None
    press(at, "Run query")
    assert not at.error and rows(at) > 0


def test_the_plain_text_box_takes_over_when_the_editor_cannot_load(monkeypatch, seed_file):
    from kg.ui import editor

    monkeypatch.setattr(editor, "available", lambda: False)
    monkeypatch.setenv("KG_STORE", str(seed_file))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180).run()
    assert not at.exception
    assert not [e for e in at.get("bidi_component") if e.proto.component_name == "kg_sparql_editor"]
    assert not [x for x in at.expander if x.label == "The same query as plain text"]
    assert not any("Ctrl+Enter" in c.value for c in at.caption)
    at.text_area[0].input("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 3").run()
    press(at, "Run query")
    assert rows(at) == 3
