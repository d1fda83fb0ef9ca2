"""A small cache of aggregate answers, dropped whenever the store changes.

Analysts flip between the timeline, network and map with the same filters; the aggregates behind
them cost a full scan each.  Answers are kept per (endpoint, parameters) and tagged with the
store's generation.  On a DuckDB file the server's connection pool gives the file up whenever a
``dateline code`` run writes a batch (``dateline.store.handoff``) and counts those hand-overs: that
count is the generation.  Elsewhere (PostgreSQL, where writers never pause readers) it is the
number of stored documents and the latest coding time, read at most once per ``check_every`` seconds.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from dateline.store.backends import Backend


class AggregateCache:
    def __init__(self, size: int = 256, *, generation: Callable[[], Any] | None = None,
                 check_every: float = 2.0) -> None:
        self.size = size
        self.generation = generation
        self.check_every = check_every
        self._items: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._generation: Any = None
        self._checked = 0.0
        self.hits = 0
        self.misses = 0

    def current_generation(self, db: Backend) -> Any:
        """The store's generation now (the pool's count, or a check at most ``check_every`` old)."""
        if self.generation is not None:
            return self.generation()
        now = time.monotonic()
        if self._generation is None or now - self._checked >= self.check_every:
            self._generation = tuple(db.execute("SELECT COUNT(*), MAX(coded_at) FROM documents")[0])
            self._checked = now
        return self._generation

    def known_generation(self) -> Any | None:
        """The store's generation if it is known without asking the database (the pool's count; a
        check less than ``check_every`` old), else None."""
        if self.generation is not None:
            return self.generation()
        if self._generation is not None and time.monotonic() - self._checked < self.check_every:
            return self._generation
        return None

    def peek(self, key: tuple) -> Any | None:
        """The answer for ``key`` if it is cached and known to be current without asking the
        database, else None.  Lets the server answer hits on its event loop, without a worker
        thread or a connection."""
        if self.size <= 0:
            return None
        generation = self.known_generation()
        if generation is None:
            return None
        with self._lock:
            value = self._items.get((generation, *key))
            if value is not None:
                self._items.move_to_end((generation, *key))
                self.hits += 1
            return value

    def get(self, db: Backend, key: tuple, compute: Callable[[], Any]) -> Any:
        if self.size <= 0:
            return compute()
        generation = self.current_generation(db)
        full_key = (generation, *key)
        with self._lock:
            if full_key in self._items:
                self._items.move_to_end(full_key)
                self.hits += 1
                return self._items[full_key]
        value = compute()
        with self._lock:
            self.misses += 1
            self._items[full_key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value

    def put(self, key: tuple, value: Any, generation: Any) -> None:
        """Keep ``value`` as the answer for ``key`` in the store's ``generation``."""
        if self.size <= 0:
            return
        with self._lock:
            self.misses += 1
            self._items[(generation, *key)] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        """Forget every answer (after this server itself wrote to the store)."""
        with self._lock:
            self._items.clear()
            self._generation = None
