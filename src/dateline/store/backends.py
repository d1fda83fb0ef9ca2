"""Database connections behind one small interface: DuckDB (embedded file) and PostgreSQL.

All SQL in the store is written once, with ``?`` placeholders, and runs on both backends;
:class:`PostgresBackend` rewrites ``?`` to psycopg's ``%s``.  User values only ever travel as
parameters, never inside the SQL text.  The few places where the two dialects differ are
methods here (bulk insert, advisory lock), not ``if`` branches scattered through queries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any


class Backend:
    """What the store needs from a database connection."""

    name = "abstract"

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        raise NotImplementedError

    def columns_of_last(self) -> list[str]:
        raise NotImplementedError

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column name."""
        rows = self.execute(sql, params)
        cols = self.columns_of_last()
        return [dict(zip(cols, r)) for r in rows]

    def insert_rows(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        raise NotImplementedError

    def query_joined(self, sql: str, columns: Sequence[tuple[str, str]], rows: list[tuple],
                     chunk: int = 300) -> list[dict[str, Any]]:
        """Run ``sql`` whose ``{rows}`` stands for a table of ``rows`` (columns: name, SQL type),
        e.g. to join many (type, date window) pairs in one query.  Here: a parameterized VALUES
        list per chunk; DuckDB overrides it with an Arrow scan."""
        names = ", ".join(n for n, _ in columns)
        one = "(" + ", ".join(f"CAST(? AS {t})" for _, t in columns) + ")"
        out: list[dict[str, Any]] = []
        for i in range(0, len(rows), chunk):
            part = rows[i:i + chunk]
            values = f"(VALUES {', '.join(one for _ in part)}) AS w({names})"
            out.extend(self.query(sql.replace("{rows}", values), [v for r in part for v in r]))
        return out

    @contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError

    def lock_for_migrations(self) -> None:
        """Serialise concurrent schema migrations (no-op where the database is single-writer)."""

    def lock_for_writes(self) -> None:
        """Serialise concurrent write transactions, so that two writers never cluster stories
        from stale views of each other (no-op where the database is single-writer)."""

    def maintain(self, tables: Sequence[str]) -> None:
        """Bring the tables' statistics and visibility information up to date after a schema
        change (no-op where the database keeps them itself)."""

    def close(self) -> None:
        raise NotImplementedError


class DuckDBBackend(Backend):
    name = "duckdb"

    def __init__(self, path: str, read_only: bool = False) -> None:
        import duckdb

        self._con = duckdb.connect(path, read_only=read_only)
        # DuckDB answers a selective filter on an indexed column (events.date_start, type ...) by
        # fetching each match through the index, ~40 us a row: 70 ms for one day of a
        # 1,000,000-event store, where a scan that skips row groups by their min/max takes ~1 ms.
        # Keep index scans for what they are good at: point look-ups (an id, a document's rows).
        try:
            self._con.execute("SET index_scan_max_count = 100")
        except duckdb.Error:  # a DuckDB without the setting (< 1.1) has no such index scans either
            pass
        self._cols: list[str] = []
        self._in_tx = False

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        cur = self._con.execute(sql, list(params))
        self._cols = [d[0] for d in cur.description] if cur.description else []
        return cur.fetchall() if cur.description else []

    def columns_of_last(self) -> list[str]:
        return self._cols

    def insert_rows(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        # DuckDB's executemany runs one statement per row; an Arrow table scan inserts a whole
        # batch at once (two orders of magnitude faster at 100,000 events).
        if not rows:
            return
        import pyarrow as pa

        arrays = {c: [r[i] for r in rows] for i, c in enumerate(columns)}
        schema_types = self._column_types(table)
        batch = pa.table({c: pa.array(v, type=schema_types.get(c)) for c, v in arrays.items()})
        self._con.register("_dateline_batch", batch)
        try:
            cols = ", ".join(columns)
            self._con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _dateline_batch")
        finally:
            self._con.unregister("_dateline_batch")

    def query_joined(self, sql: str, columns: Sequence[tuple[str, str]], rows: list[tuple],
                     chunk: int = 300) -> list[dict[str, Any]]:
        if not rows:
            return []
        import pyarrow as pa

        types = {"TEXT": pa.string(), "DATE": pa.date32(), "INTEGER": pa.int64(), "DOUBLE PRECISION": pa.float64()}
        table = pa.table({n: pa.array([r[i] for r in rows], type=types[t]) for i, (n, t) in enumerate(columns)})
        self._con.register("_dateline_rows", table)
        try:
            return self.query(sql.replace("{rows}", "_dateline_rows AS w"))
        finally:
            self._con.unregister("_dateline_rows")

    def _column_types(self, table: str) -> dict[str, Any]:
        """Arrow types for a table's columns, so all-NULL batch columns get the right type."""
        import pyarrow as pa

        mapping = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
                   "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "DATE": pa.date32(),
                   "TIMESTAMP": pa.timestamp("us")}
        rows = self._con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?",
            [table]).fetchall()
        return {name: mapping[t] for name, t in rows if t in mapping}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_tx:  # nested: the outer transaction decides
            yield
            return
        self._con.execute("BEGIN TRANSACTION")
        self._in_tx = True
        try:
            yield
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        else:
            self._con.execute("COMMIT")
        finally:
            self._in_tx = False

    def arrow(self, sql: str):
        """The rows of a parameterless query as an Arrow table (no Python object per value)."""
        return self._con.sql(sql).to_arrow_table()

    def numpy(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any]:
        """The columns of a query as numpy arrays."""
        return self._con.execute(sql, list(params)).fetchnumpy()

    def close(self) -> None:
        self._con.close()


class PostgresBackend(Backend):
    name = "postgresql"

    def __init__(self, url: str, work_mem_mb: int = 64) -> None:
        import psycopg

        self._con = psycopg.connect(url, autocommit=True)
        self._cols: list[str] = []
        self._in_tx = False
        # Aggregates (actors, dyads, timelines) hash 100,000s of rows: the default 4MB spills to disk.
        self.execute(f"SET work_mem = '{int(work_mem_mb)}MB'")

    @staticmethod
    def _sql(sql: str) -> str:
        if "%" in sql:
            raise ValueError("store SQL must not contain '%': pass patterns as parameters")
        return sql.replace("?", "%s")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self._con.cursor() as cur:
            cur.execute(self._sql(sql), list(params))
            self._cols = [d.name for d in cur.description] if cur.description else []
            return cur.fetchall() if cur.description else []

    def columns_of_last(self) -> list[str]:
        return self._cols

    def insert_rows(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        if not rows:
            return
        cols = ", ".join(columns)
        with self._con.cursor() as cur:
            with cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_tx:
            yield
            return
        self._in_tx = True
        try:
            with self._con.transaction():
                yield
        finally:
            self._in_tx = False

    def lock_for_migrations(self) -> None:
        # Two writers opening a fresh database at once must not both create the tables.
        self.execute("SELECT pg_advisory_xact_lock(?)", [0x64617465])

    def lock_for_writes(self) -> None:
        # Held until the transaction ends; readers are not blocked.
        self.execute("SELECT pg_advisory_xact_lock(?)", [0x64617466])

    def maintain(self, tables: Sequence[str]) -> None:
        # After migrations rewrote tables (CLUSTER, back-fills): VACUUM marks their pages
        # all-visible, without which no index-only scan is possible (a count would read the heap
        # until autovacuum gets round to it), and ANALYZE gives the planner their new sizes.
        self.execute(f"VACUUM (ANALYZE) {', '.join(tables)}")

    def close(self) -> None:
        self._con.close()


def redact(url: str) -> str:
    """A store URL fit for messages: the password replaced by ``***``."""
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)


def connect(url_or_path: str, read_only: bool = False) -> Backend:
    """``postgresql://...`` (or ``postgres://``) -> PostgreSQL; anything else is a DuckDB file path."""
    if url_or_path.startswith(("postgresql://", "postgres://")):
        return PostgresBackend(url_or_path)
    return DuckDBBackend(url_or_path, read_only=read_only)
