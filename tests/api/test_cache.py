"""The aggregate cache answers repeated questions from memory and forgets when the store changes."""

from __future__ import annotations

from dateline.api.cache import AggregateCache
from dateline.api.synthetic import make_documents
from dateline.store import open_store


def test_cache_hits_and_invalidates_on_new_documents(tmp_path):
    with open_store(str(tmp_path / "events.duckdb")) as store:
        store.write(make_documents(2, seed=1))
        cache = AggregateCache(8, check_every=0)  # a store that may change: check every time
        count = lambda: store.db.execute("SELECT COUNT(*) FROM events")[0][0]  # noqa: E731
        assert cache.get(store.db, ("n",), count) == 6
        assert cache.get(store.db, ("n",), lambda: -1) == 6 and cache.hits == 1
        store.write(make_documents(1, seed=2, prefix="new"))
        assert cache.get(store.db, ("n",), count) == 9  # the generation changed: recomputed


def test_cache_keeps_at_most_its_size_and_can_be_off(tmp_path):
    with open_store(str(tmp_path / "events.duckdb")) as store:
        cache = AggregateCache(2, generation=lambda: 0)
        for k in range(5):
            cache.get(store.db, (k,), lambda k=k: k)
        assert len(cache._items) == 2
        off = AggregateCache(0)
        assert off.get(store.db, ("x",), lambda: 1) == 1 and off.get(store.db, ("x",), lambda: 2) == 2


def test_cache_follows_the_pool_generation(tmp_path):
    gen = [0]
    with open_store(str(tmp_path / "events.duckdb")) as store:
        cache = AggregateCache(8, generation=lambda: gen[0])
        assert cache.get(store.db, ("k",), lambda: "before") == "before"
        assert cache.get(store.db, ("k",), lambda: "again") == "before"
        gen[0] += 1  # the pool gave the file to a writer
        assert cache.get(store.db, ("k",), lambda: "after") == "after"


def test_a_repeated_url_is_answered_before_routing_with_the_same_body_and_headers(tmp_path):
    from fastapi.testclient import TestClient

    from dateline.api import create_app

    db = str(tmp_path / "events.duckdb")
    with open_store(db) as store:
        store.write(make_documents(20, seed=3))
    app = create_app(db)
    with TestClient(app) as client:
        cache = app.state.cache
        url = "/events?country=NER|USA&limit=5"
        first = client.get(url)
        hits = cache.hits
        second = client.get(url)
        assert second.status_code == 200 and second.content == first.content
        assert cache.hits == hits + 1  # answered from the cache, by URL
        for name in ("content-type", "x-content-type-options", "content-security-policy", "x-frame-options"):
            assert second.headers[name] == first.headers[name]
        # Another spelling of the same question is answered the same (through the router).
        assert client.get("/events?limit=5&country=NER|USA").json() == first.json()
        # A refused URL is never served from the cache, however often it is asked.
        assert client.get("/events?countr=NER").status_code == 400
        assert client.get("/events?countr=NER").status_code == 400
        # After a hand-over to a writer (a new store generation) the answer is recomputed.
        app.state.pool.generation += 1
        hits = cache.hits
        assert client.get(url).content == first.content and cache.hits == hits
        rows = client.get("/document-places").json()["data"]
        assert rows and all(r["n_documents"] >= 1 for r in rows)
