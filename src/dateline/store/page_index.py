"""Pages of events in date order answered from memory: the serving side of a large DuckDB store.

A page of ``/events`` that nothing has asked before (a new date window, a new page of a filter)
costs the database three small queries (``query.events``): the page's ids among its dates, the
rows by id, their stories by id.  At 1,000,000 events each reads a row group of every output
column (~10 ms for one page on the shared 2-core machine, most of it decoding 27 columns), and
50 connections queue behind them.  :class:`PageIndex` holds, for one state of the store:

- every event's row with the default output fields (``query.DEFAULT_FIELDS``, story counts
  included) already serialised as JSON (by the caller's serialiser: the API's), row ``p`` being
  the event at position ``p`` of the newest-first order (``ORDER BY date_start DESC NULLS LAST,
  id``, computed by the database itself, so ties and string order are the database's);
- each position's ``date_start`` as days since 1970 (undated last);
- for the oldest-first order (``date``), the permutation of positions;
- the DuckDB ``rowid`` of each position, so a filter's matches (``SELECT rowid ... WHERE``,
  one scan per filter, cached here) become sorted positions.

A date window is then a binary search over the positions' dates (events are grouped by date in
both orders), ``total`` is a subtraction, and a page is a slice of positions and the JSON of
its rows joined: well under a millisecond, whatever the window.  The answers are those of
``query.events`` field for field (``tests/store/test_page_index.py`` compares them).

Memory: ~600 MB per 1,000,000 events (the rows' JSON; the sentence texts are most of it);
built in a few seconds.  Only the default fields and the two date orders are served; anything
else (other fields, other sorts) goes to the database as before.  DuckDB only: PostgreSQL has
no stable row id to map a filter's matches with (``ctid`` moves on ``VACUUM FULL``/``CLUSTER``).
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import Any

from dateline.store.backends import Backend
from dateline.store.errors import FilterError
from dateline.store.filters import EventFilter, parse_date_bound
from dateline.store.query import DEFAULT_FIELDS, EVENT_FIELDS, SORTS, Page, _paging, parse_fields

UNDATED = 2**31 - 1  # sort key of an undated event: after every date in both orders
_EPOCH = date(1970, 1, 1)


class StaleIndex(Exception):
    """The store no longer matches the index (a filter matched a row the index does not hold)."""


def supported(db: Backend) -> bool:
    return db.name == "duckdb"


def _days(value: date):
    import numpy as np

    return np.int32((value - _EPOCH).days)


class _Matches:
    """One filter's matching events (its date window left out) as positions in each order, with
    the sort key of each, so any window of the filter is a binary search."""

    def __init__(self, positions, keys) -> None:
        self.positions = positions  # int32 positions (rows of the table), in the order's sequence
        self.keys = keys  # int32 sort keys, non-decreasing: -days (newest first) or days (oldest first)

    @property
    def nbytes(self) -> int:
        return int(self.positions.nbytes + self.keys.nbytes)


class PageIndex:
    """The events of one state of a DuckDB store, in page order, in memory (see the module)."""

    def __init__(self, rows, rowids, days, max_cached_bytes: int = 256 * 2**20) -> None:
        import numpy as np

        self.rows = rows  # Arrow binary array: the JSON of position p's DEFAULT_FIELDS (newest first)
        self.n = len(rows)
        days = np.asarray(days, dtype=np.int64)
        undated = days == UNDATED
        self._key_desc = np.where(undated, UNDATED, -days).astype(np.int32)
        self._key_asc = np.where(undated, UNDATED, days).astype(np.int32)
        # Oldest first = dated positions by day ascending, ties in position order (id ascending, as
        # newest first), then the undated in position order: a stable sort of the ascending key.
        self._asc_order = np.argsort(self._key_asc, kind="stable").astype(np.int32)
        self._asc_rank = np.empty(self.n, dtype=np.int32)
        self._asc_rank[self._asc_order] = np.arange(self.n, dtype=np.int32)
        rowids = np.asarray(rowids, dtype=np.int64)
        self._rowid_base = int(rowids.min()) if self.n else 0
        span = int(rowids.max()) - self._rowid_base + 1 if self.n else 0
        self._position_of_rowid = np.full(span, -1, dtype=np.int32)
        self._position_of_rowid[rowids - self._rowid_base] = np.arange(self.n, dtype=np.int32)
        self._all = {"-date": _Matches(np.arange(self.n, dtype=np.int32), self._key_desc),
                     "date": _Matches(self._asc_order, self._key_asc[self._asc_order])}
        self._cache: OrderedDict[tuple, _Matches] = OrderedDict()
        self._cached_bytes = 0
        self._max_cached_bytes = max_cached_bytes
        self._lock = threading.Lock()
        # Matches being read, so that 50 requests for a new filter arriving together scan once.
        self._pending: dict[tuple, threading.Event] = {}

    @classmethod
    def build(cls, db: Backend, serialize: Callable[[Any], bytes] | None = None, chunk: int = 100_000,
              **kwargs: Any) -> PageIndex:
        """Read every event's default fields in newest-first order (one query) and serialise each
        row as ``serialize`` (value -> compact JSON bytes; default: compact ``json.dumps``) writes it."""
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        if not supported(db):
            raise TypeError(f"PageIndex needs DuckDB, not {db.name}")
        cols = ", ".join(f"{EVENT_FIELDS[n]} AS {n}" for n in DEFAULT_FIELDS)
        table = db.arrow(f"SELECT e.rowid AS _rowid, e.date_start AS _date_start, {cols} "
                         f"FROM events e LEFT JOIN stories s ON s.id = e.story_id ORDER BY {SORTS['-date']}")
        rowids = table.column("_rowid").to_numpy()
        days = pc.fill_null(pc.cast(table.column("_date_start"), pa.int32()), UNDATED).to_numpy()
        table = table.drop_columns(["_rowid", "_date_start"])
        # The values the database path gives (``query.plain``): ISO strings for dates, floats for
        # decimals.
        for i, f in enumerate(table.schema):
            if pa.types.is_date(f.type) or pa.types.is_timestamp(f.type):
                table = table.set_column(i, f.name, pc.cast(table.column(i), pa.string()))
            elif pa.types.is_decimal(f.type):
                table = table.set_column(i, f.name, pc.cast(table.column(i), pa.float64()))
        dump = serialize or _compact_json
        parts = [_rows_json(table.slice(start, chunk), dump)  # bounded memory whatever the store
                 for start in range(0, table.num_rows, chunk)]
        rows = pa.concat_arrays(parts) if parts else pa.array([], pa.large_binary())
        return cls(rows, np.asarray(rowids), np.asarray(days), **kwargs)

    @property
    def nbytes(self) -> int:
        return int(self.rows.nbytes + self._position_of_rowid.nbytes + 4 * 4 * self.n)

    def serves(self, fields: list[str] | str | None, sort: str) -> bool:
        """Whether a page with these fields and sort can be answered from memory: the default
        fields (no ``fields``, or exactly those), newest or oldest first."""
        return sort in self._all and parse_fields(fields) == DEFAULT_FIELDS

    def has_matches(self, filters: EventFilter, sort: str) -> bool:
        """Whether a page of ``filters`` needs no database query (its matches are known)."""
        key = _key(_undated(filters))
        if not key:
            return sort in self._all
        with self._lock:
            return (sort, key) in self._cache or ("-date", key) in self._cache and sort == "date"

    def _matches(self, db: Backend | None, filters: EventFilter, sort: str) -> _Matches:
        key = _key(filters)
        if not key:
            return self._all[sort]
        while True:
            with self._lock:
                hit = self._cache.get((sort, key))
                if hit is not None:
                    self._cache.move_to_end((sort, key))
                    return hit
                pending = self._pending.get((sort, key))
                if pending is None:  # this thread reads them; the others asking meanwhile wait
                    self._pending[(sort, key)] = threading.Event()
                    break
            pending.wait()
        try:
            found = self._read_matches(db, filters, sort)
        finally:
            with self._lock:
                self._pending.pop((sort, key)).set()
        return found

    def _read_matches(self, db: Backend | None, filters: EventFilter, sort: str) -> _Matches:
        import numpy as np

        key = _key(filters)
        if sort == "date":
            desc = self._matches(db, filters, "-date")
            positions = self._asc_order[np.sort(self._asc_rank[desc.positions])]
            found = _Matches(positions, self._key_asc[positions])
        else:
            if db is None:
                raise StaleIndex("the filter's matches are not known and no connection was given")
            where, params = filters.where()
            rowids = db.numpy(f"SELECT e.rowid AS r FROM events e WHERE {where}", params)["r"].astype(np.int64)
            offsets = rowids - self._rowid_base
            if len(offsets) and (offsets.min() < 0 or offsets.max() >= len(self._position_of_rowid)):
                raise StaleIndex("a matching row is not in the index")
            positions = self._position_of_rowid[offsets]
            if len(positions) and positions.min() < 0:
                raise StaleIndex("a matching row is not in the index")
            positions = np.sort(positions)
            found = _Matches(positions, self._key_desc[positions])
        with self._lock:
            if (sort, key) not in self._cache:
                self._cache[(sort, key)] = found
                self._cached_bytes += found.nbytes
            while self._cached_bytes > self._max_cached_bytes and len(self._cache) > 1:
                _, old = self._cache.popitem(last=False)
                self._cached_bytes -= old.nbytes
        return found

    def events(self, db: Backend | None, filters: EventFilter, limit: int = 50, page: int = 1,
               sort: str = "-date") -> Page:
        """The page ``query.events(db, filters, limit, page, sort=sort)`` returns, from memory."""
        total, rows = self.page_rows(db, filters, limit, page, sort)
        return Page(data=[json.loads(r) for r in rows], total=total, page=int(page), limit=int(limit),
                    fields=list(DEFAULT_FIELDS))

    def page_rows(self, db: Backend | None, filters: EventFilter, limit: int = 50, page: int = 1,
                  sort: str = "-date") -> tuple[int, list[bytes]]:
        """``(total, JSON of each row)`` of the page ``query.events`` returns for these arguments
        with the default fields.  ``db`` is asked only for a filter's matches, once per filter
        without its dates (None: they must be known, :meth:`has_matches`)."""
        import numpy as np

        if sort not in self._all:
            raise FilterError(f"the in-memory pages are in date order, not {sort!r}")
        lim, offset = _paging(limit, page)
        lo = parse_date_bound(filters.date_from, end=False) if filters.date_from else None
        hi = parse_date_bound(filters.date_to, end=True) if filters.date_to else None
        m = self._matches(db, _undated(filters), sort)
        start, end = 0, len(m.keys)
        if lo is not None or hi is not None:  # undated events never match a date filter
            end = int(np.searchsorted(m.keys, np.int32(UNDATED), side="left"))
            if sort == "-date":
                if hi is not None:
                    start = int(np.searchsorted(m.keys, -_days(hi), side="left"))
                if lo is not None:
                    end = min(end, int(np.searchsorted(m.keys, -_days(lo), side="right")))
            else:
                if lo is not None:
                    start = int(np.searchsorted(m.keys, _days(lo), side="left"))
                if hi is not None:
                    end = min(end, int(np.searchsorted(m.keys, _days(hi), side="right")))
        total = max(0, end - start)
        if offset >= total:
            return total, []
        positions = m.positions[start + offset:min(end, start + offset + lim)]
        return total, self.rows.take(positions).to_pylist()


def _undated(filters: EventFilter) -> EventFilter:
    """The same filter without its date window (a window is a slice of its matches)."""
    return dataclasses.replace(filters, date_from=None, date_to=None)


def _key(filters: EventFilter) -> tuple:
    return tuple(sorted(filters.to_params().items()))


def _rows_json(table, dump: Callable[[Any], bytes]):
    """The compact JSON object of each row of ``table`` (keys in column order), as ``dump`` would
    write the row's dict, built column by column: each column's distinct values are serialised
    once (``dump`` of the value, with the key before it), spread back over the rows and the
    columns joined by Arrow.  A compact serialiser writes an object as the concatenation of its
    ``"key":value`` parts, so the bytes are those of ``dump(row)``; ~5x faster than one
    ``dump(dict)`` per row (few distinct values in most columns)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    names = table.column_names
    pieces = []
    for i, name in enumerate(names):
        encoded = pc.dictionary_encode(table.column(name).combine_chunks(), null_encoding="encode")
        before = (b"{" if i == 0 else b"") + dump(name) + b":"
        after = b"}" if i == len(names) - 1 else b""
        values = pa.array([before + dump(v) + after for v in encoded.dictionary.to_pylist()], pa.large_binary())
        pieces.append(values.take(encoded.indices))
    if len(pieces) == 1:
        return pieces[0]
    return pc.binary_join_element_wise(*pieces, pa.scalar(b",", pa.large_binary()))


def _compact_json(row: dict) -> bytes:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode()
