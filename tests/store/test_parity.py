"""DuckDB and PostgreSQL give the same results for the same writes (run with DATELINE_TEST_PG_URL)."""

from __future__ import annotations

import pytest
from store_fixtures import PG_URL, new_store_url, niger_doc, wire_doc

from dateline.store import open_store
from dateline.store.export import export_string

pytestmark = [pytest.mark.db, pytest.mark.skipif(not PG_URL, reason="DATELINE_TEST_PG_URL not set")]


def _fill(url: str):
    s = open_store(url)
    s.write([niger_doc()])
    s.write([wire_doc(), wire_doc("wire-2", source="other", date="2024-03-18")])
    s.write([niger_doc()])  # a re-code in between
    s.write([wire_doc("wire-3", date="2024-03-16", sanction_date="2024-03", gran="month")])
    return s


def test_same_results_on_both_backends(tmp_path, request):
    duck = _fill(new_store_url("duckdb", tmp_path, request))
    pg = _fill(new_store_url("postgresql", tmp_path, request))
    try:
        for f in ({}, {"country": "NER"}, {"dyad": "NER-USA|USA-NER"}, {"q": "visit"}, {"date_from": "2024"}):
            assert duck.events(f, limit=100, sort="id").to_json() == pg.events(f, limit=100, sort="id").to_json()
            assert duck.actors(f).to_json() == pg.actors(f).to_json()
            assert duck.dyads(f, level="sector").to_json() == pg.dyads(f, level="sector").to_json()
            assert duck.places(f) == pg.places(f)
            assert duck.stories(f).to_json() == pg.stories(f).to_json()
            for by in ("day", "week", "month", "year"):
                for group in ("none", "type", "quad", "dyad", "status"):
                    assert duck.aggregate(by=by, group=group, filters=f) == pg.aggregate(by=by, group=group, filters=f)
        for eid in ("seed-niger:e1", "wire-2:e2", "seed-niger:e4"):
            assert duck.event(eid) == pg.event(eid)
        for fmt in ("plover-jsonl", "acled-csv", "gdelt-tsv"):
            assert export_string(duck, fmt) == export_string(pg, fmt)
        assert duck.stats() == pg.stats()
    finally:
        duck.close()
        pg.close()
