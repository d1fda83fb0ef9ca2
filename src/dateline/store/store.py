"""The :class:`Store`: one object for writing coded articles and querying events.

Open it with :func:`open_store` (a DuckDB file path or a ``postgresql://`` URL).  The schema is
created or upgraded on open (``dateline.store.migrations``).  Both backends run the same SQL and
return the same results.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from dateline.model import DocResult
from dateline.store import query as q
from dateline.store import writer
from dateline.store.backends import Backend, connect, redact
from dateline.store.errors import StoreError
from dateline.store.filters import EventFilter
from dateline.store.migrations import migrate, pending


def _filters(filters: EventFilter | dict | None) -> EventFilter:
    if filters is None:
        return EventFilter()
    if isinstance(filters, dict):
        return EventFilter.from_params(filters)
    return filters


class Store:
    """A dateline event store.  Use as a context manager; all methods are synchronous.

    Writing: :meth:`write`, :meth:`coded_ids`, :meth:`start_run` / :meth:`finish_run`,
    :meth:`delete`.  Reading: :meth:`events`, :meth:`event`, :meth:`actors`, :meth:`dyads`,
    :meth:`aggregate`, :meth:`places`, :meth:`stories`, :meth:`stats`, :meth:`iter_events`.
    Every reading method takes an :class:`EventFilter` (or a dict of filter strings, or None).
    """

    def __init__(self, db: Backend, url: str) -> None:
        self.db = db
        self.url = url

    @property
    def backend(self) -> str:
        """``duckdb`` or ``postgresql``."""
        return self.db.name

    # -- context manager -------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # -- writing ---------------------------------------------------------------------------------
    def write(self, results: list[DocResult], run_id: str | None = None) -> dict[str, int]:
        """Store coded articles in one transaction.  Re-writing an article replaces all its rows
        (idempotent: the article id is the key); its events join or found cross-article stories.
        Returns ``{"documents": n, "events": m}`` written."""
        return writer.write(self.db, list(results), run_id=run_id)

    def coded_ids(self, ids: list[str], pipeline_version: str) -> set[str]:
        """The subset of ``ids`` already stored by this ``pipeline_version`` (for resumable runs)."""
        found: set[str] = set()
        unique = list(dict.fromkeys(ids))
        for part in writer.chunks(unique):
            rows = self.db.execute(f"SELECT id FROM documents WHERE pipeline_version = ? AND id IN "
                                   f"({', '.join('?' * len(part))})", [pipeline_version, *part])
            found.update(r[0] for r in rows)
        return found

    def delete(self, doc_ids: list[str]) -> None:
        """Remove articles and their events (their stories are recounted or removed)."""
        with self.db.transaction():
            writer._recount(self.db, writer.delete_documents(self.db, list(doc_ids)))

    def start_run(self, pipeline_version: str = "", args: dict[str, Any] | None = None) -> str:
        """Record the start of a coding run; returns its id (pass it to :meth:`write`)."""
        run_id = uuid.uuid4().hex[:16]
        self.db.execute("INSERT INTO runs (id, started_at, pipeline_version, args) VALUES (?, ?, ?, ?)",
                        [run_id, _now(), pipeline_version, json.dumps(args or {}, default=str)])
        return run_id

    def finish_run(self, run_id: str) -> None:
        """Close a run: record its end time and what it stored.  A DuckDB store whose events the
        run left out of date order is rewritten in date order (``dateline.store.cluster``)."""
        from dateline.store.cluster import recluster_if_needed

        recluster_if_needed(self.db)
        self.db.execute("UPDATE runs SET finished_at = ?, "
                        "n_documents = (SELECT COUNT(*) FROM documents WHERE run_id = ?), "
                        "n_events = (SELECT COUNT(*) FROM events e JOIN documents d ON d.id = e.doc_id "
                        "WHERE d.run_id = ?) WHERE id = ?", [_now(), run_id, run_id, run_id])

    # -- reading ---------------------------------------------------------------------------------
    def events(self, filters: EventFilter | dict | None = None, limit: int = 50, page: int = 1,
               fields: list[str] | str | None = None, sort: str = "-date") -> q.Page:
        """A page of matching events as flat rows (``fields`` from ``query.EVENT_FIELDS``; default
        ``query.DEFAULT_FIELDS``).  ``sort``: date, -date (default), score, -score, confidence,
        -confidence, id, -id.  ``page`` starts at 1; ``limit`` at most 10,000."""
        return q.events(self.db, _filters(filters), limit=limit, page=page, fields=fields, sort=sort)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event with its document text, sentences, spans, story and sources; None if unknown.
        (Shape documented in :func:`dateline.store.query.event`.)"""
        return q.event(self.db, event_id)

    def actors(self, filters: EventFilter | dict | None = None, limit: int = 50, page: int = 1,
               level: str = "name", role: str | None = None) -> q.Page:
        """Participants of matching events with counts and mean score (see ``query.actors``)."""
        return q.actors(self.db, _filters(filters), limit=limit, page=page, level=level, role=role)

    def dyads(self, filters: EventFilter | dict | None = None, limit: int = 100, page: int = 1,
              level: str = "country") -> q.Page:
        """Directed actor->recipient pairs with counts, mean score and quad counts (see ``query.dyads``)."""
        return q.dyads(self.db, _filters(filters), limit=limit, page=page, level=level)

    def aggregate(self, by: str = "day", group: str = "quad",
                  filters: EventFilter | dict | None = None) -> list[dict[str, Any]]:
        """Counts and mean score per time bucket and group (see ``query.aggregate``)."""
        return q.aggregate(self.db, _filters(filters), by=by, group=group)

    def places(self, filters: EventFilter | dict | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        """Aggregated map points of matching events (see ``query.places``)."""
        return q.places(self.db, _filters(filters), limit=limit)

    def document_places(self, filters: EventFilter | dict | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        """Places the matching events' articles mention, aggregated (see ``query.document_places``)."""
        return q.document_places(self.db, _filters(filters), limit=limit)

    def stories(self, filters: EventFilter | dict | None = None, limit: int = 50, page: int = 1) -> q.Page:
        """Cross-article stories with a matching event, most articles first."""
        return q.stories(self.db, _filters(filters), limit=limit, page=page)

    def stats(self) -> dict[str, Any]:
        """Number of documents, events and stories; first and last event date."""
        return q.stats(self.db)

    def iter_events(self, filters: EventFilter | dict | None = None):
        """Stream every matching event (all columns plus the coded ``event`` JSON), in id order."""
        return q.iter_events(self.db, _filters(filters))


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def open_store(url_or_path: str | Path, read_only: bool = False) -> Store:
    """Open (creating or upgrading the schema) a store.

    ``postgresql://user@host/db`` (or ``postgres://``) opens PostgreSQL; anything else is a DuckDB
    file path (created if missing).  ``read_only`` opens an existing DuckDB file read-only (several
    readers may then share it); PostgreSQL read-only is a matter of the database role.
    """
    url = str(url_or_path)
    is_pg = url.startswith(("postgresql://", "postgres://"))
    if read_only and not is_pg and not Path(url).exists():
        raise StoreError(f"{url}: no such store")
    try:
        db = connect(url, read_only=read_only and not is_pg)
    except Exception as exc:  # the driver's own errors name the cause; add which store
        raise StoreError(f"cannot open store {redact(url)}: {redact(str(exc))}") from exc
    if not (read_only and not is_pg):
        migrate(db)
    elif pending(db):
        # An older read-only DuckDB store: upgrade it once (briefly read-write), then reopen.
        db.close()
        try:
            rw = connect(url)
        except Exception as exc:  # e.g. a writer holds the file
            raise StoreError(f"{url}: the store's schema is older than this dateline and cannot be upgraded "
                             f"while another process holds it ({exc}); open it once for writing") from exc
        try:
            migrate(rw)
        finally:
            rw.close()
        db = connect(url, read_only=True)
    return Store(db, url)
