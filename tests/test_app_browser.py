"""The app in a real headless Chromium (Debian's, through Playwright), with every request off the machine
blocked: the network draws, labels stay text, an example query returns rows. Prints the timings."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from kg.graph.export import write_graph
from tests.browser import CHROMIUM, CHROMIUM_ARGS, network_frame, offline_only, streamlit_server
from tests.ui.graphs import HOSTILE, synthetic_graph

playwright = pytest.importorskip("playwright.sync_api", reason="the test extra installs playwright")


@pytest.fixture(scope="module")
def big_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("app") / "big.ttl"
    write_graph(synthetic_graph(entities=600, actions=1500), path)
    return path


@pytest.mark.slow
def test_app_browser_draws_network_runs_query_and_keeps_labels_as_text(big_store, tmp_path):
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: apt-get install chromium (.ci/run does)"
    dialogs: list[str] = []
    with streamlit_server(big_store, cap=300) as url, playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        blocked = offline_only(page)

        start = time.perf_counter()
        page.goto(url)
        page.get_by_text("triples,", exact=False).first.wait_for(timeout=90_000)
        first_page = time.perf_counter() - start
        frame = network_frame(page)
        frame.wait_for_function("() => window.kgNetwork.settledMs !== null", timeout=60_000)
        settled_wall = time.perf_counter() - start
        stats = frame.evaluate("() => ({nodes: window.kgNetwork.nodes, edges: window.kgNetwork.edges, "
                               "settled: window.kgNetwork.settledMs})")
        assert stats["nodes"] == 300  # the cap, out of 600 entities
        page.get_by_text("showing 300 of", exact=False).first.wait_for()
        page.screenshot(path=str(tmp_path / "network.png"), full_page=True)

        # a hostile name, hovered: the tooltip shows it as text, nothing runs, no element is created
        page.get_by_label("Search names").fill("onerror")
        page.get_by_label("Search names").press("Enter")
        page.get_by_text("showing", exact=False).first.wait_for()
        deadline = time.monotonic() + 30
        small = 300
        while True:
            try:  # the app re-renders the network's frame after a search: a read may meet the old frame going away
                frame = network_frame(page)
                small = frame.evaluate("() => window.kgNetwork.nodes")
                if small < 300:
                    frame.wait_for_function("() => window.kgNetwork.settledMs !== null")
                    break
            except playwright.Error:
                pass
            if time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert small < 300
        node = "https://w3id.org/aipolicy-kg/resource/entity/synthetic-0"
        pos = frame.evaluate("(id) => { const n = window.kgNetwork.network; "
                             "return n.canvasToDOM(n.getPositions([id])[id]); }", node)
        box = frame.frame_element().bounding_box()
        page.mouse.move(box["x"] + pos["x"] + 1, box["y"] + pos["y"] + 1)
        page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
        tooltip = frame.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=10_000)
        assert HOSTILE[0] in tooltip.inner_text()
        assert frame.locator("img").count() == 0 and page.locator("img[src='x']").count() == 0

        # an example query from the library, run from the SPARQL tab
        page.get_by_role("tab", name="SPARQL").click()
        page.get_by_role("button", name="Run query").click()
        rows = page.get_by_text("row(s) in", exact=False).first
        rows.wait_for(timeout=30_000)
        assert int(rows.inner_text().split()[0].replace(",", "")) > 0
        page.screenshot(path=str(tmp_path / "sparql.png"), full_page=True)
        browser.close()

    assert dialogs == []  # no script from the data ever ran
    print(f"\nfirst page {first_page:.2f} s; 300-node network settled {stats['settled'] / 1000:.2f} s after its "
          f"script started ({settled_wall:.2f} s after opening the page); {len(blocked)} off-machine request(s) blocked")
