"""The server's in-memory event pages (:class:`dateline.store.page_index.PageIndex`), one per
state of the store, built in the background.

An index belongs to a store *generation* (the answer cache's: the pool's hand-over count on a
DuckDB file, else the document count and latest coding time).  When the generation moves, the
old index is no longer used; a new one is built in a worker thread on a connection of the pool
(without the query time limit), and until it is ready ``/events`` reads the database as before.
Stores below ``min_events`` are fast enough from the database; above ``max_events`` the index
would take too much memory (~400 MB per 1,000,000 events): both are served from the database.
While a ``dateline code`` run waits to write a DuckDB file no index is built (it would hold the
file and be stale a moment later), and a new one is built only once the generation has stayed
the same for ``settle`` seconds: a coding run hands the file over after every batch, and
rebuilding after each would spend the machine on indexes nobody reads.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from dateline.store import page_index
from dateline.store.backends import Backend
from dateline.store.page_index import PageIndex

log = logging.getLogger("dateline.api")


class MemoryPages:
    def __init__(self, pool, generation: Callable[[Backend], Any], *, min_events: int = 50_000,
                 max_events: int = 3_000_000, can_build: Callable[[], bool] = lambda: True,
                 serialize: Callable[[Any], bytes] | None = None, settle: float = 10.0) -> None:
        self.pool = pool
        self.serialize = serialize  # the API's JSON writer: rows are stored as the API writes them
        self.generation = generation
        self.min_events = min_events
        self.max_events = max_events
        self.can_build = can_build
        self.settle = settle
        self._seen: Any = None  # the latest generation seen, and since when
        self._seen_at = 0.0
        self.enabled = pool.kind == "duckdb" and min_events <= max_events
        self._index: PageIndex | None = None
        self._index_generation: Any = None
        self._skipped: Any = object()  # generation judged too small or too large for an index
        self._building = False
        self._epoch = 0  # bumped by drop(): a build started before it must not be kept
        self._lock = threading.Lock()
        self.ready = threading.Event()  # set when no build is pending (an index was built, or none will be)
        if not self.enabled:
            self.ready.set()
        self.builds = 0
        self.hits = 0  # pages answered from memory
        self.last_build_seconds: float | None = None

    def current(self, db: Backend) -> PageIndex | None:
        """The index of the store's current generation, or None (then starts building one)."""
        if not self.enabled:
            return None
        generation = self.generation(db)
        index = self._index
        if index is not None and self._index_generation == generation:
            return index
        now = time.monotonic()
        if generation != self._seen:
            self._seen, self._seen_at = generation, now
        if generation != self._skipped and now - self._seen_at >= self.settle:
            self.start_build()
        return None

    def peek(self, generation: Any) -> PageIndex | None:
        """The index if it belongs to ``generation`` (known without a connection), else None."""
        index = self._index
        if index is not None and generation is not None and self._index_generation == generation:
            return index
        return None

    def start_build(self) -> None:
        if not self.enabled or not self.can_build():
            return
        with self._lock:
            if self._building:
                return
            self._building = True
            self.ready.clear()
        threading.Thread(target=self._build, name="dateline-memory-pages", daemon=True).start()

    def _build(self) -> None:
        try:
            with self.pool.connection(timeout=None) as db:
                if not page_index.supported(db):
                    self.enabled = False
                    return
                generation = self.generation(db)
                if generation == self._index_generation and self._index is not None:
                    return
                n = int(db.execute("SELECT COUNT(*) FROM events")[0][0])
                if not self.min_events <= n <= self.max_events:
                    self._skipped = generation
                    self._index = None
                    return
                epoch = self._epoch
                self._index = None  # an older generation's index is never used again: free it first
                t0 = time.perf_counter()
                index = PageIndex.build(db, serialize=self.serialize)
                self.last_build_seconds = time.perf_counter() - t0
                import pyarrow as pa

                pa.default_memory_pool().release_unused()  # the build's scratch (~1/3 GB at 1M events)
                if self.generation(db) == generation and self._epoch == epoch:
                    self._index, self._index_generation = index, generation
                    self.builds += 1
                    log.info("in-memory pages: %d events, %.0f MB, built in %.1f s", index.n,
                             index.nbytes / 2**20, self.last_build_seconds)
        except Exception:  # the database path still answers; say why the index is missing
            log.exception("in-memory pages not built")
        finally:
            with self._lock:
                self._building = False
            self.ready.set()

    def drop(self) -> None:
        """Forget the index (after this server itself wrote to the store)."""
        self._epoch += 1
        self._index = None
        self._index_generation = None

    def status(self) -> str:
        if not self.enabled:
            return "off"
        if self._index is not None:
            return "ready"
        return "building" if self._building else "none"
