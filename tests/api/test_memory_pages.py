"""/events pages served from memory (``dateline.api.memory_pages``) are the database's pages,
byte for byte, and the index follows the store when it changes."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dateline.api import create_app

URLS = ["/events", "/events?limit=7&page=3", "/events?sort=date&limit=20&page=2", "/events?country=NER",
        "/events?country=NER|USA&quad=3|4&limit=10&page=2", "/events?date_from=2023-06-01&date_to=2023-09-30",
        "/events?date_from=2024-03&sort=date", "/events?date_to=2023-02&limit=5&page=4",
        "/events?type=SANCTION&date_from=2023-01&date_to=2024-12", "/events?q=sanctions&limit=5",
        "/events?actor=junta|military&sort=date", "/events?date_from=2030", "/events?page=999",
        "/events?place=Niamey",
        # Not from memory (other sort, fields other than the defaults): the database, same answers.
        "/events?sort=-score&limit=5", "/events?fields=id,sentence_start", "/events?fields=id,date,sentence&limit=9"]
NOT_FROM_MEMORY = 3
# Parameters the fast path leaves to FastAPI: errors and unusual spellings, same answers.
ODD_URLS = ["/events?country=N1", "/events?date_from=2024-13", "/events?date_to=2024-02-30&sort=date",
            "/events?limit=501", "/events?limit=0", "/events?page=0", "/events?limit=abc", "/events?countr=NER",
            "/events?sort=sideways", "/events?limit=050", "/events?country=&limit=5",
            "/events?country=NER&country=USA", "/events?q=" + "x" * 501, "/events?fields=nope"]


def _memory_client(url: str, **kwargs) -> TestClient:
    return TestClient(create_app(url, cache_size=0, memory_pages_min_events=0, memory_pages_settle=0, **kwargs),
                      raise_server_exceptions=False)


def _wait_ready(client: TestClient) -> None:
    pages = client.app.state.memory_pages
    client.get("/events?limit=1")  # starts a build if none is running
    assert pages.ready.wait(60)


def test_memory_pages_answer_like_the_database(api_store_url, client):
    with _memory_client(api_store_url) as memory:
        _wait_ready(memory)
        expected = "ready" if memory.app.state.memory_pages.pool.kind == "duckdb" else "off"
        assert memory.get("/health").json()["memory_pages"] == expected
        builds, hits = memory.app.state.memory_pages.builds, memory.app.state.memory_pages.hits
        for url in URLS:
            want, got = client.get(url), memory.get(url)
            assert got.status_code == want.status_code == 200, url
            assert got.content == want.content, url
        if expected == "ready":
            assert memory.app.state.memory_pages.hits - hits == len(URLS) - NOT_FROM_MEMORY
        for url in ODD_URLS:  # handled by FastAPI (validation, errors), whatever memory holds
            want, got = client.get(url), memory.get(url)
            assert (got.status_code, got.content) == (want.status_code, want.content), url
        assert memory.app.state.memory_pages.builds == builds  # the store did not change: no rebuild


def test_small_stores_stay_in_the_database(api_store_url):
    with TestClient(create_app(api_store_url, cache_size=0)) as c:  # default: from 50,000 events
        c.get("/events")
        pages = c.app.state.memory_pages
        pages.ready.wait(30)
        assert pages.status() in ("none", "off") and pages.builds == 0


def test_deleted_articles_leave_the_memory_pages(tmp_path, monkeypatch):
    from dateline.api.synthetic import make_documents
    from dateline.store import open_store

    url = str(tmp_path / "events.duckdb")
    with open_store(url) as store:
        store.write(make_documents(30, seed=4))
    token = "t" * 20
    with _memory_client(url, write_token=token) as c:
        _wait_ready(c)
        before = c.get("/events?limit=500").json()
        gone = before["data"][0]["doc_id"]
        r = c.delete(f"/documents/{gone}", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200
        after = c.get("/events?limit=500").json()  # from the database or a rebuilt index: never stale
        assert gone not in {e["doc_id"] for e in after["data"]}
        assert after["total"] == before["total"] - sum(e["doc_id"] == gone for e in before["data"])
        _wait_ready(c)
        assert c.app.state.memory_pages.status() == "ready"
        assert c.get("/events?limit=500").json() == after


def test_no_rebuild_until_the_store_settles(tmp_path):
    from dateline.api.app import json_bytes
    from dateline.api.memory_pages import MemoryPages
    from dateline.api.pool import ConnectionPool
    from dateline.api.synthetic import make_documents
    from dateline.store import open_store

    url = str(tmp_path / "events.duckdb")
    with open_store(url) as store:
        store.write(make_documents(10, seed=4))
    pool = ConnectionPool(url, size=2)
    generation = [0]
    pages = MemoryPages(pool, lambda db: generation[0], min_events=0, serialize=json_bytes, settle=0.5)
    try:
        pages.start_build()
        assert pages.ready.wait(30) and pages.builds == 1
        with pool.connection() as db:
            assert pages.current(db) is not None
            generation[0] += 1  # the store changed (a coding run wrote a batch)
            assert pages.current(db) is None  # the old index is not used
            assert not pages._building  # too soon to rebuild
            import time

            time.sleep(0.6)
            assert pages.current(db) is None  # settled: this starts the rebuild
        assert pages.ready.wait(30) and pages.builds == 2
        with pool.connection() as db:
            assert pages.current(db) is not None
    finally:
        pool.close()
