"""The SPARQL editor in a real headless Chromium (Debian's, through Playwright), every request off the machine
blocked: the query is highlighted (CodeMirror's SPARQL mode), typing into it and running gives rows, a syntax
error marks its line in the editor, and edits are kept per example."""
from __future__ import annotations

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


def idle(page) -> None:
    """Wait until Streamlit has finished its runs."""
    page.wait_for_timeout(200)
    page.wait_for_function("() => { const a = document.querySelector('[data-testid=stApp]');"
                           " return a && a.getAttribute('data-test-script-state') === 'notRunning'; }",
                           timeout=90_000)


def shown(page, text: str, where: Path) -> None:
    """Wait for `text` on the page; on failure keep a screenshot and say what the editor holds."""
    try:
        page.get_by_text(text, exact=False).first.wait_for(timeout=90_000)
    except Exception:
        page.screenshot(path=str(where / "failed.png"), full_page=True)
        print("the editor holds:", page.evaluate("() => window.kgSparql && window.kgSparql.cm.getValue()"))
        raise
    idle(page)


def choose(page, option) -> None:
    """Pick an example in the select box (again if a rerun closed the list under the mouse)."""
    box = page.get_by_role("combobox", name="Example queries")
    for _ in range(3):
        idle(page)
        box.click()
        try:
            option.click(timeout=5_000)
            return
        except playwright.TimeoutError:
            page.keyboard.press("Escape")
    option.click(timeout=5_000)


def editor_holds(page, part: str, yes: bool = True) -> None:
    page.wait_for_function(f"() => window.kgSparql && {'' if yes else '!'}window.kgSparql.cm.getValue()"
                           f".includes({part!r})", timeout=60_000)


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
        idle(page)

        replace_text(page, editor, "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 3")
        page.get_by_role("button", name="Run query").click()
        shown(page, "3 row(s) in", tmp_path)

        replace_text(page, editor, "SELECT ?s WHERE {\n?s ?p ")
        page.get_by_role("button", name="Run query").click()
        shown(page, "not closed", tmp_path)
        marked = page.locator(".kg-sparql .kg-error-line").first
        marked.wait_for(timeout=30_000)
        assert page.locator(".kg-sparql .kg-error-flag").count() == 1
        page.screenshot(path=str(tmp_path / "sparql-error.png"), full_page=True)

        editor.click()
        page.keyboard.press("Control+End")
        page.keyboard.type("?o }")  # editing clears the mark; Ctrl+Enter runs from the editor
        assert page.locator(".kg-sparql .kg-error-line").count() == 0
        page.keyboard.press("Control+Enter")
        shown(page, "row(s) in", tmp_path)

        first = page.get_by_role("combobox", name="Example queries").input_value()
        choose(page, page.get_by_role("option").nth(1))  # another example, then back: the edit is kept
        editor_holds(page, "?p ?o }", yes=False)
        choose(page, page.get_by_role("option", name=first))
        editor_holds(page, "?s ?p ?o }")
        idle(page)
        page.get_by_text("The same query as plain text").click()  # the editor's text is in the plain text box
        page.wait_for_function("() => [...document.querySelectorAll('textarea[aria-label=\"SPARQL (read-only)\"]')]"
                               ".some(t => t.value.includes('?s ?p ?o }'))", timeout=60_000)
        idle(page)
        page.get_by_role("button", name="Restore the example's text").click()
        editor_holds(page, "?s ?p ?o }", yes=False)
        assert page.locator(".kg-sparql .cm-keyword").count() > 0
        browser.close()
    assert blocked == []  # CodeMirror came with the page, from nowhere else
