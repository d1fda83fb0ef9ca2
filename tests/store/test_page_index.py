"""In-memory date-order pages (``dateline.store.page_index``) give exactly the pages of
``query.events``: same rows, same values, same totals, for every filter, date window, page and
both date orders (DuckDB; PostgreSQL keeps the database path)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dateline.api.synthetic import make_documents
from dateline.store import EventFilter, open_store
from dateline.store import query
from dateline.store.page_index import PageIndex, StaleIndex


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    """A DuckDB store written in several batches out of date order (so rowid order is not page
    order), with undated events, an article deleted (a gap in the rowids), and its index."""
    undated = make_documents(3, seed=9, prefix="undated")
    for doc in undated:
        for ev in doc.events:
            ev.date, ev.date_granularity, ev.date_reason, ev.date_span = None, "unknown", "none", None
    with open_store(str(tmp_path_factory.mktemp("pages") / "events.duckdb")) as store:
        store.write(make_documents(40, seed=3, start=date(2024, 1, 10), days=20))
        store.write([*undated, *make_documents(30, seed=5, start=date(2023, 12, 20), days=40, prefix="b")])
        store.write(make_documents(20, seed=7, start=date(2024, 1, 1), days=5, prefix="c"))
        store.delete([store.db.execute("SELECT MIN(doc_id) FROM events WHERE doc_id LIKE 'b%'")[0][0]])
        yield store, PageIndex.build(store.db)


FILTERS = [{}, {"country": "NER|USA"}, {"quad": "4"}, {"type": "SANCTION|ASSAULT"}, {"q": "the"},
           {"date_from": "2024-01-05"}, {"date_to": "2024-01-12"}, {"date_from": "2024-01", "date_to": "2024-01-15"},
           {"date_from": "2024-01-07", "date_to": "2024-01-07"}, {"date_from": "2030"}, {"date_to": "1999"},
           {"country": "NER|USA", "date_from": "2024-01-03", "date_to": "2024-01-20"},
           {"doc_id": "no-such-article"}]


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("sort", ["-date", "date"])
def test_memory_pages_equal_database_pages(indexed, filters, sort):
    store, index = indexed
    f = EventFilter(**filters)
    total = query.events(store.db, f, limit=1).total
    assert index.events(store.db, f, limit=1, sort=sort).total == total
    for limit in (7, 50):
        for page in range(1, total // limit + 3):  # every page, and one past the end
            want = query.events(store.db, f, limit=limit, page=page, sort=sort)
            got = index.events(store.db, f, limit=limit, page=page, sort=sort)
            assert got.to_json() == want.to_json(), (limit, page)
            assert got.fields == want.fields


def test_pages_hold_story_counts_and_undated_events_last(indexed):
    store, index = indexed
    n = store.stats()["events"]
    last = index.events(store.db, EventFilter(), limit=5, page=(n + 4) // 5).data
    assert last[-1]["date"] is None
    first = index.events(store.db, EventFilter(), limit=50).data
    assert all(r["n_articles"] >= 1 for r in first if r["story_id"])
    assert all(isinstance(r["doc_date"], str) for r in first)  # ISO strings, as the database path gives


def test_only_default_fields_in_date_order_are_served(indexed):
    _, index = indexed
    assert index.serves(None, "-date") and index.serves(",".join(query.DEFAULT_FIELDS), "date")
    assert not index.serves("id,date,sentence", "-date")  # the database answers those
    assert not index.serves(None, "-score")


def test_known_matches_need_no_database(indexed):
    store, index = indexed
    f = EventFilter(quad="3", date_from="2024-01-02")
    assert index.has_matches(EventFilter(date_to="2024-01-09"), "-date")  # no filter: every event
    assert not index.has_matches(f, "date")
    index.page_rows(store.db, f, sort="-date")  # reads the quad=3 matches once
    assert index.has_matches(f, "-date") and index.has_matches(f, "date")
    total, rows = index.page_rows(None, EventFilter(quad="3", date_to="2024-01-09"), limit=5, sort="date")
    assert total == query.events(store.db, EventFilter(quad="3", date_to="2024-01-09")).total
    assert [json.loads(r) for r in rows] == query.events(store.db, EventFilter(quad="3", date_to="2024-01-09"),
                                                         limit=5, sort="date").data


def test_a_changed_store_is_detected(tmp_path):
    with open_store(str(tmp_path / "events.duckdb")) as store:
        store.write(make_documents(10, seed=1))
        index = PageIndex.build(store.db)
        assert index.events(store.db, EventFilter(quad="1|2|3|4"), limit=5).total == store.stats()["events"]
        store.write(make_documents(5, seed=2, prefix="new"))
        with pytest.raises(StaleIndex):
            index.events(store.db, EventFilter(quad="1|2|3|4|"), limit=5)


def test_empty_store(tmp_path):
    with open_store(str(tmp_path / "events.duckdb")) as store:
        index = PageIndex.build(store.db)
        page = index.events(store.db, EventFilter(date_from="2024"), limit=5)
        assert page.total == 0 and page.data == []
