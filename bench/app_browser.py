"""The app in Debian's Chromium (Playwright), timed as an analyst meets it: from opening the page to the
network drawn (first drawing), and from flipping a filter (the switch for direct relations) to the network
drawn again (filter change). Each graph is opened in a fresh server: the first page pays for reading the
graph; a second page (same server, tables or aggregates cached) is the warm figure. Every page opens in a
fresh browser context: nothing comes from the browser's cache.

    .venv/bin/python bench/app_browser.py                 # seeds (built when missing) and 1,000 articles
    .venv/bin/python bench/app_browser.py --sizes 0       # seeds only
    .venv/bin/python bench/app_browser.py --sizes --oxigraph 10000   # an Oxigraph store of 10,000 articles

The Oxigraph store of n articles is made from the 1,000-article graph copied n/1000 times, each copy with
its own documents, actions and statements (the entities are shared, as a larger synthetic corpus draws its
names from the same lists): building it through the language pipeline would take most of an hour here.
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import KG, ROOT, corpus, parser, setup  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser import CHROMIUM, CHROMIUM_ARGS, offline_only, streamlit_server  # noqa: E402


def drawn(page, count: int, timeout: float = 180.0) -> None:
    page.wait_for_function(f"() => (window.kgDraws || 0) >= {count} && window.kgNetwork && window.kgNetwork.drawn",
                           timeout=timeout * 1000)


def one_page(browser, url: str, changes: int = 3) -> tuple[float, list[float], dict]:
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    blocked = offline_only(page)
    start = time.perf_counter()
    page.goto(url)
    drawn(page, 1)
    first = time.perf_counter() - start
    stats = page.evaluate("() => ({nodes: window.kgNetwork.nodes, edges: window.kgNetwork.edges})")
    switch = page.get_by_text("Draw direct relations", exact=True)  # off, on, off: each changes the drawing
    times = []
    for i in range(changes):
        start = time.perf_counter()
        switch.click()
        drawn(page, 2 + i)
        times.append(time.perf_counter() - start)
    assert not blocked, blocked
    page.close()
    return first, times, stats


def measure(store: Path, label: str) -> None:
    with streamlit_server(store, timeout=300) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        cold, changes, stats = one_page(browser, url)
        warm, changes2, _ = one_page(browser, url)
        browser.close()
    med = sorted(changes + changes2)[len(changes + changes2) // 2]
    print(f"{label:<28} first drawing {cold:6.2f} s (server just started), {warm:5.2f} s (second page); "
          f"filter change median {med:5.2f} s (of {len(changes + changes2)}); drawn {stats['nodes']} nodes, "
          f"{stats['edges']} edges")


RESOURCE = "https://w3id.org/aipolicy-kg/resource/"
COPIED = tuple(RESOURCE + part for part in ("action/", "doc/", "statement/"))


def replicated_store(graph: Path, copies: int, folder: Path) -> Path:
    """An Oxigraph store (written through kg's store API, so one named graph a document, as `kg build`
    writes) holding `copies` copies of `graph`, each with its own documents, actions and statements (made
    once, then reused)."""
    from rdflib import URIRef

    from kg.graph.export import read_graph
    from kg.graph.namespaces import new_graph
    from kg.store import open_store

    if folder.is_dir() and any(folder.iterdir()):
        return folder
    triples = list(read_graph(graph))
    store = open_store(f"oxigraph:{folder}", create=True)
    try:
        for k in range(copies):
            def renamed(term, k=k):
                return URIRef(f"{term}-{k}") if isinstance(term, URIRef) and str(term).startswith(COPIED) else term
            g = new_graph()
            for s, p, o in triples:
                g.add((renamed(s), p, renamed(o)))
            store.add(g)
    finally:
        store.close()
    return folder


def built(n: int, work: Path) -> Path:
    graph = work / f"synthetic-{n}.ttl"
    if not graph.exists():
        path, _ = corpus(n, work)
        subprocess.run([*KG, "build", str(path), "-o", str(graph), "--jobs", "2"], check=True, capture_output=True)
    return graph


def main() -> None:
    ap = parser(__doc__)
    ap.add_argument("--sizes", type=int, nargs="*", default=[0, 1000], help="0 is seeds/; n: n synthetic articles")
    ap.add_argument("--oxigraph", type=int, nargs="*", default=[], help="n: an Oxigraph store of n articles")
    args = setup(ap)
    for n in args.sizes:
        if n == 0:
            graph = args.work / "seeds.ttl"
            if not graph.exists():
                subprocess.run([*KG, "build", str(ROOT / "seeds"), "-o", str(graph)], check=True, capture_output=True)
            measure(graph, "seeds (13 articles)")
            continue
        measure(built(n, args.work), f"{n:,} articles (Turtle)")
    for n in args.oxigraph:
        folder = replicated_store(built(1000, args.work), max(1, n // 1000), args.work / f"oxigraph-{n}")
        measure(f"oxigraph:{folder}", f"{n:,} articles (Oxigraph)")


if __name__ == "__main__":
    main()
