"""An event whose doer the text does not name (events/agentless.py: an EMPTY actor list) in a real Chromium: the
events table and the event page show it with no actor ("—", nothing highlighted as actor), its recipient
highlighted, and no script error."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))  # (the store tests' document builders)


@pytest.fixture(scope="module")
def doerless_url(tmp_path_factory):
    from live_server import LiveServer
    from store_fixtures import niger_doc
    from test_no_doer import no_doer_doc

    from dateline.api import create_app
    from dateline.store import open_store

    db = str(tmp_path_factory.mktemp("web-doerless") / "events.duckdb")
    with open_store(db) as store:
        store.write([niger_doc(), no_doer_doc()])
    live = LiveServer(create_app(db), log_level="warning")
    yield live.url + "/"
    live.stop()


@pytest.fixture
def doerless_page(browser, doerless_url):
    from browser_page import offline_page

    yield from offline_page(browser, doerless_url)


def test_table_and_event_page_show_no_actor(doerless_page, doerless_url, shot):
    page = doerless_page
    page.goto(doerless_url + "#events?type=ASSAULT")
    page.wait_for_selector("#events-table tbody[data-query*='type=ASSAULT'] tr[data-id]")
    (row,) = page.query_selector_all("#events-table tbody tr[data-id]")
    actor_cell, recipient_cell = row.query_selector_all("td")[2:4]
    assert actor_cell.inner_text().strip() == "—"
    assert "NER" in recipient_cell.inner_text() and "Two soldiers" in recipient_cell.inner_text()
    row.click()
    page.wait_for_selector(".article-text mark")
    marks = {m.get_attribute("data-role"): m.inner_text() for m in page.query_selector_all(".article-text mark")}
    assert "actor" not in marks and marks["recipient"] == "Two soldiers" and marks["trigger"] == "killed"
    head = page.inner_text(".event-head")
    assert "ASSAULT" in head and "— → NER" in head.replace("\n", " ")
    shot(page, "09-event-no-doer")
    assert not page.errors
