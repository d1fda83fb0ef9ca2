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
from collections.abc import Iterator
from contextlib import contextmanager

from dateline.api.errors import ApiError, QueryTimeout
from dateline.store.backends import Backend, connect
from dateline.store.errors import StoreError


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
    finally:
        db.close()


class ConnectionPool:
    def __init__(self, url: str, *, size: int = 4, timeout: float = 10.0, read_only: bool = True) -> None:
        self.url = url
        self.timeout = timeout
        self.kind = "postgresql" if _is_postgres(url) else "duckdb"
        self._free: queue.Queue[Backend] = queue.Queue()
        self._all: list[Backend] = []
        for _ in range(max(1, size)):
            try:
                db = connect(url, read_only=read_only and self.kind == "duckdb")
            except Exception as exc:
                self.close()
                hint = (" (DuckDB allows one writing process per file: is a `dateline code --db` run writing it?)"
                        if self.kind == "duckdb" else "")
                raise StoreError(f"cannot open the store {redact(url)}: {exc.__class__.__name__}{hint}") from None
            if self.kind == "postgresql":
                db.execute(f"SET statement_timeout = {int(timeout * 1000)}")
                if read_only:
                    db.execute("SET default_transaction_read_only = on")
            self._all.append(db)
            self._free.put(db)

    @contextmanager
    def connection(self) -> Iterator[Backend]:
        try:
            db = self._free.get(timeout=self.timeout)
        except queue.Empty:
            raise ApiError(503, "server busy: all store connections are in use, retry shortly") from None
        timer = None
        fired = threading.Event()
        if self.kind == "duckdb":
            con = getattr(db, "_con", None)  # the DuckDB connection inside the store's backend

            def cancel() -> None:
                fired.set()
                if con is not None:
                    con.interrupt()

            timer = threading.Timer(self.timeout, cancel)
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
            self._free.put(db)

    def close(self) -> None:
        for db in self._all:
            try:
                db.close()
            except Exception:  # closing at shutdown: nothing useful to do with a failure
                pass
