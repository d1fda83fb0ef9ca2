"""kill -9 a ``dateline code --db`` run at random points, rerun, and every article's events are in
the store exactly once - DuckDB always, PostgreSQL when ``DATELINE_TEST_PG_URL`` is set.

The quick version here runs 3 killed cycles over a few hundred articles; ``bench/crash_resume.py``
runs >= 20 cycles over 10,000 articles on both stores and prints the counts.
"""

from __future__ import annotations

import os

import pytest

from crash_harness import audit, drop_pg_schema, pg_store_url, run_cycles, write_articles

PG_URL = os.environ.get("DATELINE_TEST_PG_URL")
BACKENDS = ["duckdb", pytest.param("postgresql", marks=[
    pytest.mark.db, pytest.mark.skipif(not PG_URL, reason="DATELINE_TEST_PG_URL not set")])]
N_ARTICLES = 200
CYCLES = 3


@pytest.fixture
def crash_store(request, tmp_path):
    if request.param == "duckdb":
        yield str(tmp_path / "crash.duckdb")
        return
    url, schema = pg_store_url(PG_URL)
    try:
        yield url
    finally:
        drop_pg_schema(PG_URL, schema)


@pytest.mark.model
@pytest.mark.parametrize("crash_store", BACKENDS, indirect=True)
def test_kill_and_resume_stores_each_article_once(tmp_path, crash_store):
    articles = write_articles(tmp_path / "articles.jsonl", N_ARTICLES, seed=11)
    printed: dict = {}
    cycles = run_cycles(tmp_path / "articles.jsonl", crash_store, len(articles), cycles=CYCLES, seed=5,
                        max_delay=20.0, timeout=900, printed=printed)
    assert sum(c.killed for c in cycles[:-1]) >= 1, "at least one run was killed before it finished"
    final = cycles[-1]
    assert not final.killed and final.returncode == 0
    report = audit(crash_store, articles, printed=printed)
    assert report.ok, report
    assert report.events > 0
