"""The app in a real headless Chromium (Debian's, through Playwright), with every request off the machine
blocked: a large view draws as groups, the search box opens an entity and centres the network on it, a
hostile name stays text in the tooltip, clicking a node opens its page and clicking an edge its evidence,
an example query returns rows. Prints the timings."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from kg.graph.export import write_graph
from tests.browser import CHROMIUM, CHROMIUM_ARGS, network_frame, offline_only, streamlit_server
from tests.ui.graphs import HOSTILE, synthetic_graph

playwright = pytest.importorskip("playwright.sync_api", reason="the test extra installs playwright")
HOSTILE_IRI = "https://w3id.org/aipolicy-kg/resource/entity/synthetic-0"


@pytest.fixture(scope="module")
def big_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("app") / "big.ttl"
    write_graph(synthetic_graph(entities=600, actions=1500), path)
    return path


def click_at(page, frame, node_or_edge: str, iri) -> None:
    """Click a node (its centre) or an edge (its middle) of the drawn network, as a person would."""
    script = ("(id) => { const n = window.kgNetwork.network; return n.canvasToDOM(n.getPositions([id])[id]); }"
              if node_or_edge == "node" else
              "(id) => { const n = window.kgNetwork.network; const [a, b] = n.getConnectedNodes(id); "
              "const p = n.getPositions([a, b]); const e = n.body.edges[id]; const m = e.edgeType.getPoint(0.5); "
              "return n.canvasToDOM(m); }")
    pos = frame.evaluate(script, iri)
    box = page.locator(".kg-network canvas").first.bounding_box()
    page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])


@pytest.mark.slow
def test_app_browser_groups_searches_clicks_and_keeps_labels_as_text(big_store, tmp_path):
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: apt-get install chromium (.ci/run does)"
    dialogs: list[str] = []
    with streamlit_server(big_store, cap=300) as url, playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        blocked = offline_only(page)

        start = time.perf_counter()
        page.goto(url)
        frame = network_frame(page, timeout=90)
        first_drawing = time.perf_counter() - start
        ids = frame.evaluate("() => window.kgNetwork.network.body.data.nodes.getIds()")
        assert any(i.startswith("group:") for i in ids) and len(ids) < 20  # 300 entities drawn as groups
        page.get_by_text("showing 300 of", exact=False).first.wait_for()
        page.screenshot(path=str(tmp_path / "network.png"), full_page=True)

        # the search box: a hostile name opens its page, the network centres on it
        assert HOSTILE_IRI not in ids  # drawn as part of a group before the search
        page.get_by_label("Find an entity").fill("onerror")
        page.get_by_label("Find an entity").press("Enter")
        page.get_by_role("tab", name="Entity", selected=True).wait_for(timeout=30_000)  # its page opens first
        page.get_by_role("tab", name="Network").click()
        page.get_by_text("Centred on", exact=False).first.wait_for()
        frame = network_frame(page, showing=HOSTILE_IRI)  # redrawn, centred on it
        assert HOSTILE_IRI in frame.evaluate("() => window.kgNetwork.network.body.data.nodes.getIds()")
        pos = frame.evaluate("(id) => { const n = window.kgNetwork.network; "
                             "return n.canvasToDOM(n.getPositions([id])[id]); }", HOSTILE_IRI)
        box = page.locator(".kg-network canvas").first.bounding_box()
        page.mouse.move(box["x"] + pos["x"] + 1, box["y"] + pos["y"] + 1)
        page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
        tooltip = page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=10_000)
        assert HOSTILE[0] in tooltip.inner_text()
        assert page.locator("img[src='x']").count() == 0

        # a click on an edge opens its evidence; a click on a node opens its page
        edge = frame.evaluate("(id) => window.kgNetwork.network.getConnectedEdges(id)[0]", HOSTILE_IRI)
        click_at(page, frame, "edge", edge)
        page.get_by_text("Evidence:", exact=False).first.wait_for(timeout=30_000)
        other = frame.evaluate("(id) => window.kgNetwork.network.getConnectedNodes(id).find(n => n !== id && "
                               "!n.startsWith('urn:'))", HOSTILE_IRI)
        click_at(page, frame, "node", other)
        page.get_by_role("tab", name="Entity", selected=True).wait_for(timeout=30_000)

        # an example query from the library, run from the SPARQL tab
        page.get_by_role("tab", name="SPARQL").click()
        page.get_by_role("button", name="Run query").click()
        rows = page.get_by_text("row(s) in", exact=False).first
        rows.wait_for(timeout=30_000)
        assert int(rows.inner_text().split()[0].replace(",", "")) > 0
        page.screenshot(path=str(tmp_path / "sparql.png"), full_page=True)
        browser.close()

    assert dialogs == []  # no script from the data ever ran
    assert blocked == []  # nothing was asked of any other machine
    print(f"\nfirst drawing {first_drawing:.2f} s after opening the page (server just started)")
