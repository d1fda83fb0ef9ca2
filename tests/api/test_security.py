"""Serving safely: injection strings through every filter, read-only by default, a write token for
deletes, bounded query time, and no stack traces to clients."""

from __future__ import annotations

import pytest

ERROR_KEYS = {"ok", "error", "errors", "status"}

INJECTIONS = [
    "'; DROP TABLE events; --",
    "NER' OR '1'='1",
    "NER|USA') OR 1=1 --",
    '" OR ""="',
    "1; SELECT pg_sleep(5)",
    "%' OR 1=1 --",
    "NER\x00USA",
    "$$ DROP TABLE events $$",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "NER-USA'); DELETE FROM documents; --",
    "?",
    "%s",
    "e.id) OR (1=1",
    "2024-01-01' OR '1'='1",
]
FILTERS = ["country", "actor_country", "recipient_country", "actor", "dyad", "type", "mode", "quad", "status",
           "date_from", "date_to", "q", "story_id", "doc_id", "source", "place", "min_confidence"]
ENDPOINTS = ["/events", "/actors", "/dyads", "/aggregates", "/places"]


def _counts(client) -> tuple[int, int]:
    body = client.get("/health").json()
    return body["events"], body["documents"]


@pytest.mark.parametrize("name", FILTERS)
def test_injection_strings_through_every_filter(client, name):
    before = _counts(client)
    for endpoint in ENDPOINTS:
        for value in INJECTIONS:
            resp = client.get(endpoint, params={name: value})
            assert resp.status_code in (200, 400), (endpoint, name, value, resp.text)
            body = resp.json()
            if resp.status_code == 400:
                assert set(body) == ERROR_KEYS
            elif endpoint == "/events":
                # Accepted as a value: it may only ever match text that literally contains it.
                assert body["total"] == 0, (name, value)
    assert _counts(client) == before  # nothing was dropped or deleted


def test_injection_strings_in_paths_and_options(client):
    for value in INJECTIONS:
        path = "/events/" + value.replace("?", "%3F").replace("%", "%25").replace("\x00", "%00")
        assert client.get(path).status_code in (400, 404), value
        for endpoint, option in (("/events", "sort"), ("/events", "fields"), ("/aggregates", "interval"),
                                 ("/aggregates", "by"), ("/dyads", "level"), ("/actors", "level"),
                                 ("/actors", "role")):
            resp = client.get(endpoint, params={option: value})
            assert resp.status_code == 400, (endpoint, option, value)
            assert set(resp.json()) == ERROR_KEYS
    assert _counts(client)[0] == 604


def test_writes_need_the_configured_token(api_store_url):
    from fastapi.testclient import TestClient

    from dateline.api import create_app
    from dateline.store import open_store

    extra = "api-write-test"
    if not api_store_url.startswith("postgres"):
        # DuckDB allows one configuration per file in a process: use a copy for the writable app.
        import shutil
        import tempfile
        from pathlib import Path

        copy = Path(tempfile.mkdtemp()) / "writable.duckdb"
        shutil.copy(api_store_url, copy)
        url = str(copy)
    else:
        url = api_store_url
    from dateline.api.synthetic import make_documents

    with open_store(url) as store:
        store.write(make_documents(1, seed=99, prefix=extra))
    app = create_app(url, write_token="s3cret-token")
    with TestClient(app, raise_server_exceptions=False) as c:
        assert c.get("/events", params={"doc_id": f"{extra}-0000000"}).json()["total"] == 3  # now cached
        assert c.delete(f"/documents/{extra}-0000000").status_code == 401
        resp = c.delete(f"/documents/{extra}-0000000", headers={"Authorization": "Bearer wrong"})
        assert resp.status_code == 401 and set(resp.json()) == ERROR_KEYS
        ok = c.delete(f"/documents/{extra}-0000000", headers={"Authorization": "Bearer s3cret-token"})
        assert ok.status_code == 200 and ok.json() == {"ok": True, "deleted": f"{extra}-0000000"}
        assert c.get("/events", params={"doc_id": f"{extra}-0000000"}).json()["total"] == 0
        assert c.delete(f"/documents/{extra}-0000000",
                        headers={"Authorization": "Bearer s3cret-token"}).status_code == 404


def test_unexpected_errors_hide_their_details(api_store_url):
    from fastapi.testclient import TestClient

    from dateline.api import create_app

    app = create_app(api_store_url)

    def boom():
        raise RuntimeError("secret internals at /srv/db password=hunter2")

    app.add_api_route("/boom", boom)
    with TestClient(app, raise_server_exceptions=False) as c:
        resp = c.get("/boom")
    assert resp.status_code == 500
    assert set(resp.json()) == ERROR_KEYS
    assert "secret" not in resp.text and "hunter2" not in resp.text and "Traceback" not in resp.text


def test_slow_queries_are_cancelled(api_store_url):
    from dateline.api.errors import QueryTimeout
    from dateline.api.pool import ConnectionPool

    pool = ConnectionPool(api_store_url, size=1, timeout=0.3)
    slow = ("SELECT pg_sleep(5)" if api_store_url.startswith("postgres")
            else "SELECT COUNT(*) FROM range(10000000000) a WHERE a.range % 7 = 3")
    try:
        with pytest.raises(QueryTimeout):
            with pool.connection() as con:
                con.execute(slow)
        with pool.connection() as con:  # the connection is usable again afterwards
            assert con.execute("SELECT COUNT(*) FROM events")[0][0] == 604
    finally:
        pool.close()
