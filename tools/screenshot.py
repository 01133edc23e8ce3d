"""Regenerate docs/app.png, the README's picture of the app on seeds/: builds seeds.ttl when missing,
starts the app on a free loopback port and photographs it in Debian's Chromium.

    .venv/bin/python tools/screenshot.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from kg.graph.export import write_graph  # noqa: E402
from kg.store.build import build_graph  # noqa: E402
from tests.browser import CHROMIUM, CHROMIUM_ARGS, network_frame, streamlit_server  # noqa: E402


def main() -> None:
    graph = ROOT / "seeds.ttl"
    if not graph.exists():
        write_graph(build_graph([ROOT / "seeds"]).graph, graph)
    with streamlit_server(Path("seeds.ttl")) as url, sync_playwright() as p:  # relative: no local path shown
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(url)
        frame = network_frame(page)
        frame.wait_for_function("() => window.kgNetwork.settledMs !== null")
        page.wait_for_timeout(500)
        page.screenshot(path=str(ROOT / "docs" / "app.png"))
        browser.close()
    print("wrote docs/app.png")


if __name__ == "__main__":
    main()
