"""The SPARQL editor in a real headless Chromium (Debian's, through Playwright), every request off the machine
blocked: the query is highlighted (CodeMirror's SPARQL mode), typing into it and running gives rows, a syntax
error marks its line in the editor, and edits are kept per example."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.graph.export import write_graph
from tests.browser import CHROMIUM, CHROMIUM_ARGS, offline_only, streamlit_server

playwright = pytest.importorskip("playwright.sync_api", reason="the test extra installs playwright")


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory, seed_build) -> Path:
    path = tmp_path_factory.mktemp("sparql") / "seed.ttl"
    write_graph(seed_build.graph, path)
    return path


def replace_text(page, editor, text: str) -> None:
    """Select all in the editor and type `text` as a person would."""
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(text)


def rows_shown(page, starts: str) -> None:
    page.get_by_text(starts, exact=False).first.wait_for(timeout=30_000)


@pytest.mark.slow
def test_sparql_editor_highlights_runs_marks_and_keeps_edits(seed_file, tmp_path):
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: apt-get install chromium (.ci/run does)"
    with streamlit_server(seed_file) as url, playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        blocked = offline_only(page)
        page.goto(url)
        page.get_by_role("tab", name="SPARQL").click(timeout=90_000)
        editor = page.locator(".kg-sparql .CodeMirror").first
        editor.wait_for(timeout=60_000)
        keyword = page.locator(".kg-sparql .cm-keyword", has_text="SELECT").first
        keyword.wait_for(timeout=30_000)  # highlighted by the SPARQL mode
        assert page.locator(".kg-sparql .cm-variable-2").count() > 0  # ?variables

        replace_text(page, editor, "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 3")
        page.get_by_role("button", name="Run query").click()
        rows_shown(page, "3 row(s) in")

        replace_text(page, editor, "SELECT ?s WHERE {\n?s ?p ")
        page.get_by_role("button", name="Run query").click()
        page.get_by_text("not closed", exact=False).first.wait_for(timeout=30_000)
        marked = page.locator(".kg-sparql .kg-error-line").first
        marked.wait_for(timeout=30_000)
        assert page.locator(".kg-sparql .kg-error-flag").count() == 1
        page.screenshot(path=str(Path(os.environ.get("KG_SHOTS", tmp_path)) / "sparql-error.png"), full_page=True)

        editor.click()
        page.keyboard.press("Control+End")
        page.keyboard.type("?o }")  # editing clears the mark; Ctrl+Enter runs from the editor
        assert page.locator(".kg-sparql .kg-error-line").count() == 0
        page.keyboard.press("Control+Enter")
        rows_shown(page, "row(s) in")

        box = page.get_by_role("combobox", name="Example queries")  # another example, then back: edit kept
        first = box.input_value()
        box.click()
        page.get_by_role("option").nth(1).click()
        page.wait_for_function("() => window.kgSparql && !window.kgSparql.cm.getValue().includes('?p ?o }')",
                               timeout=30_000)
        box.click()
        page.get_by_role("option", name=first).click()
        page.wait_for_function("() => window.kgSparql && window.kgSparql.cm.getValue().includes('?s ?p ?o }')",
                               timeout=30_000)
        browser.close()
    assert blocked == []  # CodeMirror came with the page, from nowhere else
