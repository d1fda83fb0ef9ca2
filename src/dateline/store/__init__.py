"""Event stores: DuckDB (embedded, one file, the default) and PostgreSQL, one schema, same results.

Public API (stable; the API/web layer and ``dateline code --db`` build on it)::

    from dateline.store import open_store, EventFilter

    with open_store("events.duckdb") as store:          # or "postgresql://user@host/db"
        store.write(results)                            # list[DocResult]; idempotent per article id
        store.coded_ids(ids, pipeline_version)          # -> set[str], for resumable runs
        page = store.events(EventFilter(country="NER|MLI", date_from="2024-03"), limit=50, page=1)
        page.data, page.total, page.to_json()
        store.event("seed-niger:e1")                    # sources, sentences, spans, story
        store.actors(...), store.dyads(...), store.places(...), store.stories(...)
        store.aggregate(by="week", group="quad", filters=EventFilter(dyad="NER-USA"))

Errors: :class:`StoreError`; bad filter values raise :class:`FilterError` (also a ValueError).
Exports (PLOVER JSONL, ACLED-style CSV, GDELT-style TSV, Parquet): :mod:`dateline.store.export`.
"""

from dateline.store.errors import FilterError, StoreError
from dateline.store.filters import EventFilter
from dateline.store.query import DEFAULT_FIELDS, EVENT_FIELDS, Page
from dateline.store.store import Store, open_store

__all__ = ["open_store", "Store", "EventFilter", "Page", "StoreError", "FilterError", "EVENT_FIELDS",
           "DEFAULT_FIELDS"]
