"""Date-ordered pages (two-step: date cut-off, then the page) and the date-order rewrite of
``events`` give exactly the rows of the plain one-step query, on both backends."""

from __future__ import annotations

from datetime import date

import pytest

from store_fixtures import BACKENDS, new_store_url

from dateline.api.synthetic import make_documents
from dateline.store import EventFilter
from dateline.store.cluster import _min_max, disorder, recluster
from dateline.store.query import SORTS


def one_step(store, filters: dict, sort: str, limit: int, page: int) -> list[str]:
    where, params = EventFilter(**filters).where()
    rows = store.db.execute(f"SELECT e.id FROM events e WHERE {where} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
                            [*params, limit, (page - 1) * limit])
    return [r[0] for r in rows]


def _write_synthetic(store):
    # 60 articles over 20 days: many events share a date, so the id tie-break matters; and 3
    # articles whose events are undated (sorted last in both orders).
    undated = make_documents(3, seed=9, prefix="undated")
    for doc in undated:
        for ev in doc.events:
            ev.date, ev.date_granularity, ev.date_reason, ev.date_span = None, "unknown", "none", None
    store.write([*make_documents(60, seed=3, start=date(2024, 1, 1), days=20), *undated])
    return store


@pytest.fixture(scope="module", params=BACKENDS)
def paged(request, tmp_path_factory):
    """One synthetic store per backend for the read-only paging tests."""
    from dateline.store import open_store

    with open_store(new_store_url(request.param, tmp_path_factory.mktemp("paged"), request)) as s:
        yield _write_synthetic(s)


@pytest.fixture
def synthetic(store):
    return _write_synthetic(store)


@pytest.mark.parametrize("filters", [{}, {"country": "NER|USA"}, {"quad": "4"}, {"date_from": "2024-01-05"}])
@pytest.mark.parametrize("sort", ["-date", "date"])
def test_date_pages_equal_one_step_query(paged, filters, sort):
    total = paged.events(filters, limit=1).total
    assert total > 20
    if not filters:
        assert paged.events({}, limit=10, page=(total + 9) // 10, sort=sort, fields="date").data[-1]["date"] is None
    for limit in (7, 50):
        for page in range(1, total // limit + 3):  # every page, and one past the end
            got = [r["id"] for r in paged.events(filters, limit=limit, page=page, sort=sort, fields="id").data]
            assert got == one_step(paged, filters, sort, limit, page), (limit, page)


def test_recluster_keeps_every_answer(synthetic):
    queries = [({}, "-date"), ({"country": "NER"}, "date"), ({"type": "SANCTION"}, "-score")]
    before = [synthetic.events(f, limit=500, sort=s).data for f, s in queries]
    n = synthetic.stats()["events"]
    recluster(synthetic.db)
    assert synthetic.stats()["events"] == n
    assert [synthetic.events(f, limit=500, sort=s).data for f, s in queries] == before
    assert synthetic.event(before[0][0]["id"])["id"] == before[0][0]["id"]  # id look-ups still work
    if synthetic.backend == "duckdb":  # stored newest first now, undated last
        dates = [r[0] for r in synthetic.db.execute("SELECT date_start FROM events")]
        dated = [d for d in dates if d is not None]
        assert dated == sorted(dated, reverse=True) and dates[len(dated):] == [None] * (len(dates) - len(dated))
    synthetic.write(make_documents(2, seed=4, prefix="late"))  # writing afterwards still works
    assert synthetic.stats()["events"] == n + 6


def test_disorder_ignores_small_tables(paged):
    assert disorder(paged.db) is None  # one row group: never worth a rewrite


def test_segment_statistics_of_both_duckdb_formats():
    assert _min_max({"min": date(2024, 1, 1), "max": date(2024, 2, 1)}) == (date(2024, 1, 1), date(2024, 2, 1))
    assert _min_max("[Min: 2024-01-01, Max: 2024-02-01][Has Null: false]") == (date(2024, 1, 1), date(2024, 2, 1))
    assert _min_max("[No Stats]") == (None, None)


@pytest.mark.parametrize("window", [("2024-01-05", "2024-01-12"), ("2024-01", None), (None, "2024-01-03"),
                                    ("2024", "2024")])
def test_a_date_window_is_a_slice_of_the_histogram(paged, window):
    from dateline.store.query import date_histogram, histogram_within

    base = date_histogram(paged.db, EventFilter(country="NER|USA"))
    dated = date_histogram(paged.db, EventFilter(country="NER|USA", date_from=window[0], date_to=window[1]))
    assert sorted(histogram_within(base, *window)) == sorted(dated) and dated
