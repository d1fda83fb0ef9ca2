"""A small pool of store connections with a per-query time limit.

FastAPI runs synchronous endpoints in worker threads; a DuckDB or psycopg connection must not be
used by two threads at once, so each request borrows its own connection from the pool.  A query
that runs longer than ``timeout`` seconds is cancelled in the database (DuckDB: ``interrupt()``
from a timer thread; PostgreSQL: the session's ``statement_timeout``) and the client gets a 503
in the API's error shape instead of a hung request.
"""

from __future__ import annotations

import os
import queue
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from dateline.api.errors import ApiError, QueryTimeout
from dateline.store.backends import Backend, connect
from dateline.store.errors import StoreError
from dateline.store.handoff import is_duckdb_file, writer_waiting


def redact(url: str) -> str:
    """A store URL fit for messages: a PostgreSQL password is replaced by ***."""
    return re.sub(r"^(postgres(?:ql)?://[^:/@]*:)[^@]*@", r"\1***@", url)


def _is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def prepare_store(url: str) -> None:
    """Make sure the schema exists (migrations are idempotent); tolerate a writer holding a DuckDB file."""
    from dateline.store.migrations import migrate

    if not _is_postgres(url) and url != ":memory:" and not os.path.exists(url):
        raise StoreError(f"no store at {url}: code articles first, e.g. dateline code ARTICLES --db {url}")
    try:
        db = connect(url)
    except Exception as exc:  # a DuckDB file locked by a running writer: serve it read-only as it is
        if _is_postgres(url):
            raise StoreError(f"cannot connect to the PostgreSQL store: {exc.__class__.__name__}") from None
        return
    try:
        migrate(db)
    except Exception as exc:
        # A read-only database role cannot migrate: serve the schema as it is if it is there.
        try:
            db.execute("SELECT COUNT(*) FROM events")
        except Exception:
            raise StoreError(f"cannot prepare the store {redact(url)}: {exc.__class__.__name__}") from None
    finally:
        db.close()


class ConnectionPool:
    """``size`` connections.  On a DuckDB file the pool takes turns with ``dateline code`` runs
    (``dateline.store.handoff``): when a run announces a batch write, connections are closed as they
    become idle, new requests wait for the write (at most ``timeout``), and connections reopen after."""

    def __init__(self, url: str, *, size: int = 4, timeout: float = 10.0, read_only: bool = True) -> None:
        self.url = url
        self.timeout = timeout
        self.read_only = read_only
        self.kind = "postgresql" if _is_postgres(url) else "duckdb"
        self.shared = self.kind == "duckdb" and is_duckdb_file(url)
        self._free: queue.Queue[Backend | None] = queue.Queue()  # None: a slot whose connection is closed
        self._all: list[Backend] = []
        self._lock = threading.Lock()
        self._closed = threading.Event()
        # Bumped whenever connections are given up for a writer: answers computed before may be stale.
        self.generation = 0
        for _ in range(max(1, size)):
            try:
                db = self._open() if not (self.shared and writer_waiting(url)) else None
            except Exception as exc:
                self.close()
                hint = (" (DuckDB allows one writing process per file: is a `dateline code --db` run writing it?)"
                        if self.kind == "duckdb" else "")
                raise StoreError(f"cannot open the store {redact(url)}: {exc.__class__.__name__}{hint}") from None
            self._free.put(db)
        if self.shared:
            threading.Thread(target=self._watch_writers, daemon=True).start()

    def _open(self) -> Backend:
        db = connect(self.url, read_only=self.read_only and self.kind == "duckdb")
        if self.kind == "postgresql":
            db.execute(f"SET statement_timeout = {int(self.timeout * 1000)}")
            if self.read_only:
                db.execute("SET default_transaction_read_only = on")
        with self._lock:
            self._all.append(db)
        return db

    def _discard(self, db: Backend) -> None:
        with self._lock:
            if db in self._all:
                self._all.remove(db)
        try:
            db.close()
        except Exception:  # a connection being given up: nothing useful to do with a failure
            pass

    def _release_idle(self) -> None:
        """Close every idle connection (their slots stay, empty)."""
        self.generation += 1
        slots = []
        while True:
            try:
                slots.append(self._free.get_nowait())
            except queue.Empty:
                break
        for db in slots:
            if db is not None:
                self._discard(db)
            self._free.put(None)

    def _watch_writers(self) -> None:
        while not self._closed.wait(0.1):
            if writer_waiting(self.url):
                self._release_idle()

    def _wait_for_writer(self, deadline: float) -> None:
        while writer_waiting(self.url):
            if time.monotonic() > deadline:
                raise ApiError(503, "a coding run is writing this DuckDB store; retry shortly")
            time.sleep(0.02)

    def _reopen(self, deadline: float) -> Backend:
        while True:
            try:
                return self._open()
            except Exception:  # a writer holds the file lock between our check and the open: wait
                if time.monotonic() > deadline:
                    raise ApiError(503, "a coding run is writing this DuckDB store; retry shortly") from None
                time.sleep(0.05)
                self._wait_for_writer(deadline)

    @contextmanager
    def connection(self, timeout: float | None | str = "default") -> Iterator[Backend]:
        """A connection for one request.  Its queries are cancelled after ``timeout`` seconds (the
        pool's by default; None: no limit, for the server's own background work)."""
        limit = self.timeout if timeout == "default" else timeout
        deadline = time.monotonic() + self.timeout
        if self.shared:
            self._wait_for_writer(deadline)
        try:
            db = self._free.get(timeout=self.timeout)
        except queue.Empty:
            raise ApiError(503, "server busy: all store connections are in use, retry shortly") from None
        if db is None:
            try:
                db = self._reopen(deadline)
            except BaseException:
                self._free.put(None)
                raise
        timer = None
        fired = threading.Event()
        if self.kind == "duckdb" and limit is not None:
            con = getattr(db, "_con", None)  # the DuckDB connection inside the store's backend

            def cancel() -> None:
                fired.set()
                if con is not None:
                    con.interrupt()

            timer = threading.Timer(limit, cancel)
            timer.daemon = True
            timer.start()
        try:
            yield db
        except Exception as exc:
            text = str(exc).lower()
            if fired.is_set() or "statement timeout" in text or "canceling statement" in text:
                raise QueryTimeout(self.timeout) from None
            raise
        finally:
            if timer is not None:
                timer.cancel()
            if self.shared and writer_waiting(self.url):
                self.generation += 1
                self._discard(db)  # let the writer have the file
                self._free.put(None)
            else:
                self._free.put(db)

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            dbs, self._all = list(self._all), []
        for db in dbs:
            try:
                db.close()
            except Exception:  # closing at shutdown: nothing useful to do with a failure
                pass
