"""Keep the ``events`` table in date order, so date-sorted pages and date filters read little.

DuckDB keeps min/max statistics per row group (~122,880 rows) and skips row groups a filter
cannot match; a top-N on the date (the default newest-first page) pushes its running cut-off
into the scan the same way.  That only pays if each row group covers a short stretch of dates:
in a store written in random date order every row group spans every date and every query reads
all of them (a page of a 1,000,000-event store: ~30-60 ms instead of ~2-5 ms).  Coding news as it
arrives appends rows roughly in date order; back-filling an archive does not.

:func:`recluster` rewrites ``events`` in (date_start DESC, id) order: DuckDB by copying the rows
out, deleting and re-inserting them in one transaction (its indexes dropped and rebuilt around
it); PostgreSQL by ``CLUSTER`` on its date index (a heap in date order makes its index scans read
few pages), followed by ``ANALYZE``.  :func:`disorder` measures how far the DuckDB table has
drifted (from the storage statistics, no scan), and :func:`recluster_if_needed` is called when a
coding run finishes.
"""

from __future__ import annotations

import re
from datetime import date

from dateline.store.backends import Backend

ORDER = "date_start DESC NULLS LAST, id"
MIN_ROW_GROUPS = 3  # below ~250,000 events a full scan is cheap enough: never rewrite
MAX_DISORDER = 2.0  # mean row-group date span / span of the whole table's dates, x row groups


def disorder(db: Backend) -> float | None:
    """How many row groups a one-day date filter reads, on average (1.0: perfectly clustered;
    the number of row groups: random order).  None on PostgreSQL or a table with < 3 row groups."""
    if db.name != "duckdb":
        return None
    rows = db.execute("SELECT row_group_id, stats FROM pragma_storage_info('events') "
                      "WHERE column_name = 'date_start' AND segment_type = 'DATE'")
    spans: dict[int, tuple[date, date]] = {}
    for group, stats in rows:
        lo, hi = _min_max(stats)
        if lo is None or hi is None:
            continue
        old = spans.get(group)
        spans[group] = (min(lo, old[0]), max(hi, old[1])) if old else (lo, hi)
    if len(spans) < MIN_ROW_GROUPS:
        return None
    first = min(lo for lo, _ in spans.values())
    last = max(hi for _, hi in spans.values())
    days = (last - first).days + 1
    return sum((hi - lo).days + 1 for lo, hi in spans.values()) / days


def _min_max(stats) -> tuple[date | None, date | None]:
    """A segment's min and max date: a dict in DuckDB >= 1.4, a string "[Min: ..., Max: ...]" before."""
    if isinstance(stats, dict):
        lo, hi = stats.get("min"), stats.get("max")
    else:
        m = re.search(r"Min: (\d{4}-\d{2}-\d{2}), Max: (\d{4}-\d{2}-\d{2})", str(stats or ""))
        lo, hi = (m[1], m[2]) if m else (None, None)
    try:
        lo = date.fromisoformat(lo) if isinstance(lo, str) else lo
        hi = date.fromisoformat(hi) if isinstance(hi, str) else hi
    except ValueError:
        return None, None
    return (lo, hi) if isinstance(lo, date) and isinstance(hi, date) else (None, None)


def recluster(db: Backend) -> None:
    """Rewrite ``events`` in date order (one transaction; readers see the old or the new table)."""
    if db.name != "duckdb":
        with db.transaction():
            db.execute("CLUSTER events USING events_date_desc")
            db.execute("ANALYZE events")
        return
    indexes = db.execute("SELECT index_name, sql FROM duckdb_indexes() WHERE table_name = 'events' "
                         "AND sql IS NOT NULL")
    with db.transaction():
        db.execute(f"CREATE TEMP TABLE _events_sorted AS SELECT * FROM events ORDER BY {ORDER}")
        for name, _ in indexes:  # rebuilding an index once is cheaper than updating it row by row
            db.execute(f'DROP INDEX "{name}"')
        db.execute("DELETE FROM events")
        db.execute("INSERT INTO events SELECT * FROM _events_sorted")
        for _, sql in indexes:
            db.execute(sql)
        db.execute("DROP TABLE _events_sorted")


def recluster_if_needed(db: Backend) -> bool:
    """:func:`recluster` a DuckDB store whose events have drifted out of date order; True if done."""
    measure = disorder(db)
    if measure is None or measure <= MAX_DISORDER:
        return False
    recluster(db)
    return True


# PostgreSQL tables that earlier migrations rewrote with UPDATE (0002, 0005, 0006: every row got a
# dead copy) and the index to order each by.  A store migrated from 0001 had ~2 KB of heap per
# event: every filtered scan read twice the table it needed.
_PG_REWRITE = {"events": "events_date_desc", "event_participants": "participants_event",
               "event_dyads": "event_dyads_event"}


def migrate_step(db: Backend) -> None:
    """Migration 0008: put an existing store in date order once.  DuckDB: rewrite ``events`` if
    it is out of order.  PostgreSQL: ``CLUSTER`` ``events`` on its date index (and the tables
    earlier migrations bloated on theirs), which also drops their dead rows, then ``ANALYZE``
    every table so the planner knows their sizes (a store just migrated has no statistics)."""
    if db.name == "duckdb":
        recluster_if_needed(db)
        return
    for table, index in _PG_REWRITE.items():
        db.execute(f"CLUSTER {table} USING {index}")
    db.execute("ANALYZE")


def postgres_filter_index(db: Backend) -> None:
    """Migration 0009 (PostgreSQL only): the default event order with the columns the common
    filters read (participant countries, type, mode, quad, status) carried in the index.  Counting
    the matches of ``country=NER`` then reads this index (~100 bytes an event) instead of the
    events heap (~600 bytes an event: sentences, names, spans), and a filtered page walks it in
    order without touching the heap; the score and granularity make the time aggregates index-only
    too.  DuckDB scans columns anyway: nothing to do there."""
    if db.name == "duckdb":
        return
    db.execute("CREATE INDEX IF NOT EXISTS events_date_filters ON events (date_start DESC NULLS LAST, id) "
               "INCLUDE (countries, actor_countries, recipient_countries, type, mode, quad, status, score, "
               "date_granularity)")
    db.execute("ANALYZE events")
