"""Sharing one DuckDB file between ``dateline serve`` and a ``dateline code --db`` run.

DuckDB's rule: a database file is opened either by ONE process that may write, or by any number of
processes that only read - never both at once (the file lock is per process).  A server holding
read-only connections therefore blocks every writer, and a writer blocks every server.

dateline shares the file by taking turns, with a marker file ``<store>.writing`` beside the store:

- the coding run opens the store only for each batch write (and for the check of what is already
  coded).  Before opening, it writes its process id into the marker; it then retries the open
  until the lock is free, writes the batch in one transaction, closes the store (DuckDB
  checkpoints on close) and removes the marker;
- the server (``dateline.api.pool``) sees the marker, closes its idle connections, closes each
  busy one as its request finishes, and holds new requests until the marker is gone (at most the
  query timeout; then it answers 503 "retry shortly").  It then reopens its connections.

A marker whose process is gone (a run killed with kill -9) is ignored and removed.  Nothing here is
needed for PostgreSQL, which serves and writes concurrently (MVCC).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUFFIX = ".writing"


def is_duckdb_file(url: str) -> bool:
    return not url.startswith(("postgresql://", "postgres://")) and url != ":memory:"


def marker(url: str) -> Path:
    return Path(url + SUFFIX)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    return True


def writer_waiting(url: str) -> bool:
    """True while a live writer process has announced itself for this DuckDB file."""
    path = marker(url)
    try:
        text = path.read_text().strip()
    except (FileNotFoundError, OSError):
        return False
    try:
        pid = int(text.split()[0])
    except (ValueError, IndexError):
        return True  # being written right now: treat as present
    if pid != os.getpid() and not _alive(pid):
        try:
            path.unlink()  # left by a killed run
        except OSError:
            pass
        return False
    return True


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("conflict" in text or "could not set" in text)


@contextmanager
def write_slot(url: str, timeout: float = 300.0) -> Iterator:
    """An open, writable :class:`~dateline.store.Store` on a DuckDB file shared with a server.

    Announces the writer, waits (up to ``timeout`` seconds) for readers in other processes to let
    go of the file, yields the store, then closes it and withdraws the announcement."""
    from dateline.store import open_store
    from dateline.store.errors import StoreError

    path = marker(url)
    tmp = path.with_name(path.name + f".{os.getpid()}")
    tmp.write_text(f"{os.getpid()}\n")
    os.replace(tmp, path)
    try:
        deadline = time.monotonic() + timeout
        delay = 0.05
        while True:
            try:
                store = open_store(url)
                break
            except StoreError as exc:
                if not _is_lock_error(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
        try:
            yield store
        finally:
            store.close()
    finally:
        try:
            path.unlink()
        except FileNotFoundError:
            pass


class SharedDuckDBStore:
    """The part of the Store API that ``dateline code`` uses (``coded_ids``, ``write``, ``close``),
    opening the DuckDB file only for the duration of each call (see the module docstring)."""

    def __init__(self, url: str, timeout: float = 300.0) -> None:
        self.url = url
        self.timeout = timeout
        with write_slot(url, timeout):  # fail early (bad path, not a DuckDB file), create the schema
            pass

    def coded_ids(self, ids: list[str], pipeline_version: str) -> set[str]:
        with write_slot(self.url, self.timeout) as store:
            return store.coded_ids(ids, pipeline_version)

    def write(self, results, run_id: str | None = None) -> dict[str, int]:
        with write_slot(self.url, self.timeout) as store:
            return store.write(results, run_id=run_id)

    def start_run(self, pipeline_version: str = "", args: dict | None = None) -> str:
        with write_slot(self.url, self.timeout) as store:
            return store.start_run(pipeline_version, args)

    def finish_run(self, run_id: str) -> None:
        with write_slot(self.url, self.timeout) as store:
            store.finish_run(run_id)

    def close(self) -> None:
        """Nothing stays open between calls."""
