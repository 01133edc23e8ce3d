"""Running the app for real: a Streamlit server on a free loopback port, and Debian's Chromium through
Playwright (never a downloaded browser). Shared by the browser test and tools/screenshot.py."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_server(store: Path, cap: int = 300, timeout: float = 90.0):
    """`streamlit run app.py` on 127.0.0.1 with KG_STORE=store; yields its base URL."""
    port = free_port()
    env = {**os.environ, "KG_STORE": str(store), "KG_NODE_CAP": str(cap)}
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited: {proc.stdout.read().decode(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("streamlit did not answer its health check in time")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def offline_only(page) -> list[str]:
    """Abort every request that leaves the machine; returns the list of aborted URLs."""
    blocked: list[str] = []

    def route(r):
        host = r.request.url.split("/")[2] if "://" in r.request.url else ""
        if r.request.url.startswith(("data:", "blob:", "about:")) or host.startswith(("127.0.0.1", "localhost")):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    return blocked


def network_frame(page, timeout: float = 60.0, showing: str | None = None):
    """The iframe whose vis-network has drawn, once it has (with the node `showing` among its nodes, when given:
    Streamlit may redraw the view in a new iframe, whose drawing counters start again, so a test waits for what the
    new drawing shows, not for a count)."""
    check = ("(id) => !!(window.kgNetwork && window.kgNetwork.drawn && (id === null || "
             "window.kgNetwork.network.body.data.nodes.get(id)))")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for frame in page.frames:
            try:
                if frame.evaluate(check, showing):
                    return frame
            except Exception:  # frames come and go while Streamlit re-renders  # noqa: BLE001
                continue
        time.sleep(0.1)
    raise TimeoutError("no network view was drawn")


def screenshot(store: Path, out: Path, search: str | None = None) -> None:
    """The app on `store` in Chromium at 1440x1000, photographed once the network has drawn (after typing
    `search` in the search box and returning to the network, when given)."""
    from playwright.sync_api import sync_playwright

    with streamlit_server(store) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        offline_only(page)
        page.goto(url)
        network_frame(page)
        if search:
            page.get_by_label("Find an entity").fill(search)
            page.get_by_label("Find an entity").press("Enter")
            page.get_by_role("tab", name="Network").click()
            page.get_by_text("Centred on", exact=False).first.wait_for()
            network_frame(page)
        page.wait_for_timeout(800)
        page.screenshot(path=str(out))
        browser.close()


if __name__ == "__main__":  # docs/app.png: python -m tests.browser seeds.ttl docs/app.png [SEARCH]
    screenshot(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
