"""A live server and a real headless Chromium for the UI tests.

The server is uvicorn in a thread on a free loopback port, serving a DuckDB store filled with the
founding example (coded by hand) and synthetic articles.  The browser is Debian's ``chromium``
(``apt-get install chromium``) driven by Playwright; without it the tests are skipped, saying why.
Screenshots go to ``test-artifacts/web/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts" / "web"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def live_url(tmp_path_factory):
    from dateline.api import create_app
    from dateline.api.synthetic import make_documents
    from handcoded import founding_example
    from dateline.store import open_store

    raw = (REPO / "samples" / "niger-2024-03-17.txt").read_text(encoding="utf-8")
    db = str(tmp_path_factory.mktemp("web") / "events.duckdb")
    with open_store(db) as store:
        store.write([founding_example(raw.split("\n", 1)[1].lstrip("\n")),
                     *make_documents(300, seed=5, start=__import__("datetime").date(2023, 10, 1), days=200)])
    from live_server import LiveServer

    try:
        live = LiveServer(create_app(db), log_level="warning")
    except RuntimeError as exc:
        pytest.fail(str(exc))
    yield live.url + "/"
    live.stop()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, live_url):
    from browser_page import offline_page

    yield from offline_page(browser, live_url)


@pytest.fixture
def shot():
    """``shot(page, name)`` saves a screenshot as ``test-artifacts/web/<name>.png``."""
    def take(page, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=False)
        return path

    return take
