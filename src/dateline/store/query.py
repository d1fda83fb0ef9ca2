"""Read queries over a store: event pages, one event with its provenance, and server-side
aggregates (actors, dyads, timelines, map points) that stay fast at 100,000+ events.

Every function takes a :class:`~dateline.store.backends.Backend` and an
:class:`~dateline.store.filters.EventFilter`; user values are bound parameters.  Identifiers
that vary (output fields, sort order, time bucket) come from fixed whitelists here.
Results are plain JSON-ready values: dates as ISO strings, no Decimal.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from dateline.store.backends import Backend
from dateline.store.errors import FilterError
from dateline.store.filters import EventFilter, parse_date_bound

MAX_LIMIT = 10_000

# Output field -> SQL expression (events ``e`` LEFT JOIN stories ``s``).  Order = default order.
EVENT_FIELDS: dict[str, str] = {
    "id": "e.id", "date": "e.date", "date_granularity": "e.date_granularity", "type": "e.type",
    "mode": "e.mode", "quad": "e.quad", "score": "e.score", "status": "e.status",
    "confidence": "e.confidence",
    "actor_country": "e.actor_country", "actor_sector": "e.actor_sector", "actor_name": "e.actor_name",
    "recipient_country": "e.recipient_country", "recipient_sector": "e.recipient_sector",
    "recipient_name": "e.recipient_name",
    "location_name": "e.location_name", "location_country": "e.location_country", "lat": "e.lat", "lon": "e.lon",
    "sentence": "e.sentence_text", "trigger": "e.trigger_text", "context": "e.context",
    "doc_id": "e.doc_id", "doc_date": "e.doc_date", "source": "e.source", "n_mentions": "e.n_mentions",
    "story_id": "e.story_id", "n_articles": "s.n_articles", "n_sources": "s.n_sources",
    # Not in the default list (ask with fields=): spans and reasons.
    "date_reason": "e.date_reason", "date_start": "e.date_start", "date_end": "e.date_end",
    "actor_text": "e.actor_text", "recipient_text": "e.recipient_text", "location_kind": "e.location_kind",
    "location_geonameid": "e.location_geonameid", "location_admin1": "e.location_admin1",
    "sentence_start": "e.sentence_start", "sentence_end": "e.sentence_end",
    "trigger_start": "e.trigger_start", "trigger_end": "e.trigger_end", "reason": "e.reason",
    "story_n_mentions": "s.n_mentions", "first_seen": "s.first_seen", "last_seen": "s.last_seen",
}
DEFAULT_FIELDS = list(EVENT_FIELDS)[:list(EVENT_FIELDS).index("n_sources") + 1]
SORTS = {"date": "e.date_start ASC NULLS LAST, e.id ASC", "-date": "e.date_start DESC NULLS LAST, e.id ASC",
         "score": "e.score ASC, e.id ASC", "-score": "e.score DESC, e.id ASC",
         "confidence": "e.confidence ASC, e.id ASC", "-confidence": "e.confidence DESC, e.id ASC",
         "id": "e.id ASC", "-id": "e.id DESC"}
BUCKETS = ("day", "week", "month", "year")
GROUPS = ("none", "type", "quad", "dyad", "status")
FROM_EVENTS = "FROM events e LEFT JOIN stories s ON s.id = e.story_id"
INTERNAL_COLUMNS = ("sentence_lc", "countries", "actor_countries", "recipient_countries")  # search forms


@dataclass
class Page:
    """One page of results: rows under ``data`` plus paging info (ACLED-like)."""

    data: list[dict[str, Any]]
    total: int
    page: int
    limit: int
    fields: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return (self.total + self.limit - 1) // self.limit if self.limit else 0

    def to_json(self) -> dict[str, Any]:
        return {"data": self.data, "total": self.total, "page": self.page, "limit": self.limit,
                "pages": self.pages, "count": len(self.data)}


def plain(value: Any) -> Any:
    """JSON-ready scalar: ISO dates, floats for Decimal."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _rows(db: Backend, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return [{k: plain(v) for k, v in row.items()} for row in db.query(sql, params)]


def _checked_limit(limit: int) -> int:
    if not 1 <= int(limit) <= MAX_LIMIT:
        raise FilterError(f"limit must be between 1 and {MAX_LIMIT}")
    return int(limit)


def _paging(limit: int, page: int) -> tuple[int, int]:
    _checked_limit(limit)
    if int(page) < 1:
        raise FilterError("page starts at 1")
    return int(limit), (int(page) - 1) * int(limit)


def parse_fields(fields: list[str] | str | None) -> list[str]:
    if fields is None or fields == "" or fields == []:
        return list(DEFAULT_FIELDS)
    names = [f.strip() for f in (fields.replace("|", ",").split(",") if isinstance(fields, str) else fields)
             if f.strip()]
    unknown = [f for f in names if f not in EVENT_FIELDS]
    if unknown:
        raise FilterError(f"unknown field(s) {', '.join(unknown)}; valid: {', '.join(EVENT_FIELDS)}")
    return names


def count_events(db: Backend, filters: EventFilter) -> int:
    """Number of events matching ``filters`` (the ``total`` of every page of that filter)."""
    where, params = filters.where()
    return int(db.execute(f"SELECT COUNT(*) FROM events e WHERE {where}", params)[0][0])


def date_histogram(db: Backend, filters: EventFilter) -> list[tuple[Any, int]]:
    """``[(date_start, n_events), ...]`` of the events matching ``filters`` (``None``: undated), in
    no particular order: the filter's total and, for any page in date order, the dates it spans and
    where it starts among the events of its first date (:func:`events` takes it as ``histogram``)."""
    where, params = filters.where()
    return [(r[0], int(r[1])) for r in db.execute(
        f"SELECT e.date_start, COUNT(*) FROM events e WHERE {where} GROUP BY e.date_start", params)]


def histogram_within(histogram: list[tuple[Any, int]], date_from: str | None,
                     date_to: str | None) -> list[tuple[Any, int]]:
    """The part of a filter's :func:`date_histogram` inside ``date_from``..``date_to`` (as the
    filters read them): the histogram of the same filter with those dates, without a query.
    Undated events never match a date filter."""
    if not date_from and not date_to:
        return histogram
    lo = parse_date_bound(date_from, end=False) if date_from else None
    hi = parse_date_bound(date_to, end=True) if date_to else None
    return [(d, n) for d, n in histogram
            if d is not None and (lo is None or d >= lo) and (hi is None or d <= hi)]


def events(db: Backend, filters: EventFilter, limit: int = 50, page: int = 1,
           fields: list[str] | str | None = None, sort: str = "-date",
           histogram: list[tuple[Any, int]] | None = None) -> Page:
    """A page of matching events.  ``histogram``: the filter's :func:`date_histogram` if the caller
    already has it (the API caches it per filter, so paging through one filter groups its dates
    once); else it is computed."""
    names = parse_fields(fields)
    if sort not in SORTS:
        raise FilterError(f"bad sort {sort!r}; valid: {', '.join(SORTS)}")
    lim, offset = _paging(limit, page)
    where, params = filters.where()
    if histogram is None:
        histogram = date_histogram(db, filters)
    total = sum(n for _, n in histogram)
    if offset >= total:
        return Page(data=[], total=int(total), page=int(page), limit=lim, fields=names)
    # Small queries instead of one wide one: (1) the page's ids (date order: from the rows of the
    # page's own dates, found in the histogram; other orders: a top-N that reads only the sort key
    # and id), (2) those rows by id, (3) their stories by id.  A join with stories is planned as a
    # hash join over the whole stories table (~200 ms at 1,000,000 events), and a top-N over every
    # matching row that carries every output column through the sort is ~10x slower.
    if sort in ("-date", "date"):
        page_ids = _date_page_ids(db, where, params, sort, lim, offset, histogram)
    else:
        page_ids = db.execute(f"SELECT e.id, e.date_start FROM events e WHERE {where} ORDER BY {SORTS[sort]} "
                              f"LIMIT ? OFFSET ?", [*params, lim, offset])
    select = ", ".join(["e.id AS _id", "e.story_id AS _story",
                        *(f"{EVENT_FIELDS[n]} AS {n}" for n in names if EVENT_FIELDS[n].startswith("e."))])
    rows = _rows_by_id(db, page_ids, select)
    data = _with_stories(db, rows, names)
    return Page(data=data, total=int(total), page=int(page), limit=lim, fields=names)


def _date_page_ids(db: Backend, where: str, params: list[Any], sort: str, lim: int, offset: int,
                   histogram: list[tuple[Any, int]]) -> list[tuple]:
    """(id, date_start) of one page in date order (ties by id), read from the page's dates only.

    The histogram says which dates the page spans and how many events of its first date come
    before it, so the query sorts the events of those few dates instead of every match: a top-N
    on (date_start, id) over all matches compares id strings for each of them (DuckDB: 30-60 ms
    at 1,000,000 events; with ``events`` kept in date order the date range also skips all other
    row groups).  Same rows as the one-step ``ORDER BY ... LIMIT/OFFSET`` query."""
    dated = sorted(((d, n) for d, n in histogram if d is not None), reverse=sort == "-date")
    undated = sum(n for d, n in histogram if d is None)
    first = last = None  # the page's first and last dates
    skip = 0  # events of the first date before the page
    seen = 0
    end = offset + lim - 1
    for d, n in dated:
        if first is None and seen + n > offset:
            first, skip = d, offset - seen
        if seen + n > end:
            last = d
            break
        seen += n
    if first is None or (last is None and undated):
        # The page reaches the undated events (last in both orders): the plain query.
        return db.execute(f"SELECT e.id, e.date_start FROM events e WHERE {where} ORDER BY {SORTS[sort]} "
                          f"LIMIT ? OFFSET ?", [*params, lim, offset])
    last = last if last is not None else dated[-1][0]
    lo, hi = min(first, last), max(first, last)
    return db.execute(f"SELECT e.id, e.date_start FROM events e WHERE {where} AND e.date_start BETWEEN ? AND ? "
                      f"ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?", [*params, lo, hi, lim, skip])


def _rows_by_id(db: Backend, page: list[tuple], select: str) -> list[dict[str, Any]]:
    """The rows of ``page`` ((id, date_start) in page order).  An id list is a scan of the id
    column in DuckDB (it does not use its index for IN); the page's date range lets that scan skip
    every other row group."""
    if not page:
        return []
    ids, dates = [r[0] for r in page], [r[1] for r in page]
    cond, extra = "", []
    if all(d is not None for d in dates):
        cond, extra = " AND e.date_start BETWEEN ? AND ?", [min(dates), max(dates)]
    by_id = {r["_id"]: r for r in _rows(db, f"SELECT {select} FROM events e WHERE e.id IN ({_in(ids)}){cond}",
                                        [*ids, *extra])}
    return [by_id[i] for i in ids]


def _in(values: list[Any]) -> str:
    return ", ".join("?" * len(values))


def _with_stories(db: Backend, rows: list[dict[str, Any]], names: list[str]) -> list[dict[str, Any]]:
    """The ``names`` fields of the page's event ``rows`` (with ``_id`` and ``_story``), their
    story's fields looked up by id."""
    story_cols = [n for n in names if EVENT_FIELDS[n].startswith("s.")]
    stories_by_id: dict[str, dict[str, Any]] = {}
    story_ids = sorted({r["_story"] for r in rows if r["_story"] is not None})
    if story_cols and story_ids:
        cols = ", ".join(f"{EVENT_FIELDS[n]} AS {n}" for n in story_cols)
        stories_by_id = {r["_id"]: r for r in _rows(
            db, f"SELECT s.id AS _id, {cols} FROM stories s WHERE s.id IN ({_in(story_ids)})", story_ids)}
    out = []
    for row in rows:
        story = stories_by_id.get(row["_story"], {})  # LEFT JOIN: no story -> NULLs
        out.append({n: story.get(n) if n in story_cols else row[n] for n in names})
    return out


def iter_events(db: Backend, filters: EventFilter, batch: int = 5000) -> Iterator[dict[str, Any]]:
    """Every matching event (all columns, ``json`` parsed into ``event``), in id order, streamed
    with keyset paging so memory stays flat however large the store."""
    where, params = filters.where()
    last = ""
    while True:
        rows = db.query(f"SELECT e.*, s.n_articles AS story_n_articles, s.n_sources AS story_n_sources, "
                        f"s.n_mentions AS story_n_mentions, s.first_seen AS story_first_seen, "
                        f"s.last_seen AS story_last_seen, d.title AS doc_title, d.url AS doc_url, "
                        f"j.json AS event_json "
                        f"{FROM_EVENTS} JOIN documents d ON d.id = e.doc_id JOIN event_json j ON j.event_id = e.id "
                        f"WHERE {where} AND e.id > ? ORDER BY e.id LIMIT ?", [*params, last, batch])
        for row in rows:
            row.pop("json", None)  # the old inline column, NULL since migration 0006
            row["event"] = json.loads(row.pop("event_json"))
            for column in INTERNAL_COLUMNS:
                row.pop(column, None)
            yield row
        if len(rows) < batch:
            return
        last = rows[-1]["id"]


def event(db: Backend, event_id: str) -> dict[str, Any] | None:
    """One event with its provenance, or None.  Shape::

        {<the event JSON as coded: id, type, mode, quad, score, sentence{start,end}, trigger,
          actor[], recipient[], date..., location, status, confidence, context, reason, mentions[]>,
         "doc_id", "story_id", "sentence_text",
         "document": {"id", "date", "title", "url", "source", "text"},
         "sentences": [{"start", "end", "text", "primary"}],      # every sentence reporting it here
         "story": {"id", "n_events", "n_mentions", "n_articles", "n_sources", "first_seen",
                   "last_seen", "date", "date_granularity"} | None,
         "sources": [{"event_id", "doc_id", "title", "url", "source", "date", "sentence_text"}]}

    All ``start``/``end`` offsets point into ``document.text``; ``sources`` lists every report
    of the same story (this one included), earliest article first.
    """
    rows = db.query("SELECT e.id, e.doc_id, e.story_id, e.sentence_text, j.json FROM events e "
                    "JOIN event_json j ON j.event_id = e.id WHERE e.id = ?", [event_id])
    if not rows:
        return None
    row = rows[0]
    out: dict[str, Any] = json.loads(row["json"])
    out.update(doc_id=row["doc_id"], story_id=row["story_id"], sentence_text=row["sentence_text"])
    docs = _rows(db, "SELECT id, date, title, url, source, text FROM documents WHERE id = ?", [row["doc_id"]])
    out["document"] = docs[0] if docs else None
    out["sentences"] = [
        {"start": r["start_char"], "end": r["end_char"], "text": r["text"], "primary": bool(r["is_primary"])}
        for r in _rows(db, "SELECT start_char, end_char, text, is_primary FROM event_mentions "
                           "WHERE event_id = ? ORDER BY idx", [event_id])]
    out["story"], out["sources"] = None, []
    if row["story_id"]:
        stories = _rows(db, "SELECT id, n_events, n_mentions, n_articles, n_sources, first_seen, last_seen, "
                            "date, date_granularity FROM stories WHERE id = ?", [row["story_id"]])
        out["story"] = stories[0] if stories else None
        out["sources"] = _rows(
            db, "SELECT e.id AS event_id, e.doc_id, d.title, d.url, d.source, d.date, e.sentence_text "
                "FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.story_id = ? "
                "ORDER BY d.date ASC NULLS LAST, e.doc_id, e.id LIMIT 500", [row["story_id"]])
    return out


def actors(db: Backend, filters: EventFilter, limit: int = 50, page: int = 1, level: str = "name",
           role: str | None = None) -> Page:
    """Participants of the matching events, most frequent first.

    ``level``: ``country`` | ``sector`` (country + sector) | ``name`` (country + sector + name).
    ``role``: ``actor`` | ``recipient`` | None (both).  Rows: country, sector, name (as the level
    keeps them), n_events, n_as_actor, n_as_recipient, mean_score.
    """
    levels = {"country": 1, "sector": 2, "name": 3}
    if level not in levels:
        raise FilterError(f"bad level {level!r}; valid: {', '.join(levels)}")
    if role not in (None, "actor", "recipient"):
        raise FilterError("role must be actor or recipient")
    lim, offset = _paging(limit, page)
    where, params = filters.where()
    names = ["country", "sector", "name"][:levels[level]]
    # actor_events (migration 0007) holds one row per (event, key) at each level, with the event's
    # score: one pass over a narrow table.  A role keeps the keys seen in that role only, and the
    # other role's count is then 0 (as if the event's other participants were not there).
    conds = ["a.level = ?"]
    if role:
        conds.append(f"a.as_{role} = 1")
    if where != "TRUE":
        conds.append(f"a.event_id IN (SELECT e.id FROM events e WHERE {where})")
    n_actor = "0" if role == "recipient" else "a.as_actor"
    n_recipient = "0" if role == "actor" else "a.as_recipient"
    group = ", ".join(f"a.{n}" for n in names)
    source = f"FROM actor_events a WHERE {' AND '.join(conds)} GROUP BY {group}"
    data = _rows(db, f"SELECT {', '.join(f'a.{n} AS {n}' for n in names)}, COUNT(*) AS n_events, "
                     f"SUM({n_actor}) AS n_as_actor, SUM({n_recipient}) AS n_as_recipient, "
                     f"AVG(a.score) AS mean_score, COUNT(*) OVER () AS _total {source} "
                     f"ORDER BY n_events DESC, {', '.join(f'{n} ASC NULLS FIRST' for n in names)} "
                     f"LIMIT ? OFFSET ?", [level, *params, lim, offset])
    total = _take_total(db, data, f"SELECT COUNT(*) FROM (SELECT {group} {source}) y", [level, *params])
    return Page(data=data, total=total, page=int(page), limit=lim, fields=[*names, "n_events", "n_as_actor",
                                                                            "n_as_recipient", "mean_score"])


def _take_total(db: Backend, data: list[dict[str, Any]], count_sql: str, params: list[Any]) -> int:
    """The group count that ``COUNT(*) OVER ()`` put on every row (one pass instead of two); a page
    past the end has no rows to carry it, so count then."""
    if data:
        total = int(data[0]["_total"])
        for row in data:
            del row["_total"]
        return total
    return int(db.execute(count_sql, params)[0][0])


def _dyad_pairs(where: str, level: str) -> tuple[str, list[str]]:
    """Distinct (event, actor side, recipient side) rows for the matching events."""
    if level == "country":
        names = ["actor_country", "recipient_country"]
    elif level == "sector":
        names = ["actor_country", "actor_sector", "recipient_country", "recipient_sector"]
    else:
        raise FilterError("dyad level must be country or sector")
    # event_dyads holds the distinct pairs per event (written with the event; migration 0005).
    conds = ["d.country_first"] if level == "country" else []
    if where != "TRUE":
        conds.append(f"d.event_id IN (SELECT e.id FROM events e WHERE {where})")
    sql = (f"SELECT d.event_id, d.score, d.quad, d.date_start, d.date_granularity, {', '.join(names)} "
           f"FROM event_dyads d WHERE {' AND '.join(conds) or 'TRUE'}")
    return sql, names


def dyads(db: Backend, filters: EventFilter, limit: int = 100, page: int = 1, level: str = "country") -> Page:
    """Directed actor -> recipient pairs of the matching events (every actor x recipient of an
    event), most events first.  Rows: actor_country, recipient_country (+ sectors at level
    ``sector``), n_events, mean_score, and n_quad1..n_quad4 (verbal/material cooperation,
    verbal/material conflict): the edges of a dyad network."""
    lim, offset = _paging(limit, page)
    where, params = filters.where()
    pairs, names = _dyad_pairs(where, level)
    group = ", ".join(names)
    quads = ", ".join(f"SUM(CASE WHEN quad = {q} THEN 1 ELSE 0 END) AS n_quad{q}" for q in (1, 2, 3, 4))
    data = _rows(db, f"SELECT {group}, COUNT(*) AS n_events, AVG(score) AS mean_score, {quads}, "
                     f"COUNT(*) OVER () AS _total FROM ({pairs}) x "
                     f"GROUP BY {group} ORDER BY n_events DESC, {group} LIMIT ? OFFSET ?", [*params, lim, offset])
    total = _take_total(db, data, f"SELECT COUNT(*) FROM (SELECT {group} FROM ({pairs}) x GROUP BY {group}) y", params)
    return Page(data=data, total=total, page=int(page), limit=lim,
                fields=[*names, "n_events", "mean_score", "n_quad1", "n_quad2", "n_quad3", "n_quad4"])


_COARSE = {  # granularities coarser than the bucket: their events sit on the bucket of their first day
    "day": "'day'", "week": "'day', 'week'", "month": "'day', 'week', 'month'",
    "year": "'day', 'week', 'month', 'quarter', 'season', 'year'"}


def aggregate(db: Backend, filters: EventFilter, by: str = "day", group: str = "quad",
              limit: int = MAX_LIMIT) -> list[dict[str, Any]]:
    """Counts and mean score per time bucket (``by``: day|week|month|year, ISO weeks start on
    Monday) and group (``group``: none|type|quad|dyad|status), computed in the database.

    Rows ``{"bucket": "2024-03-11", "group": "4", "n_events", "mean_score", "n_coarse"}`` sorted by
    bucket then group.  Events are bucketed by the first day of their date; ``n_coarse`` counts
    those whose date is coarser than the bucket (a "2023" event in a monthly series), so a chart
    can show them apart.  Undated events are left out.  ``group=dyad`` counts each actor x
    recipient country pair of an event (``"NER-USA"``).
    """
    if by not in BUCKETS:
        raise FilterError(f"bad bucket {by!r}; valid: {', '.join(BUCKETS)}")
    if group not in GROUPS:
        raise FilterError(f"bad group {group!r}; valid: {', '.join(GROUPS)}")
    where, params = filters.where()
    if group == "dyad":
        pairs, _ = _dyad_pairs(where, "country")
        source = f"({pairs}) x WHERE x.date_start IS NOT NULL"
        gexpr = "x.actor_country || '-' || x.recipient_country"
        prefix = "x"
    else:
        source = "events e"
        gexpr = {"none": "'all'", "type": "e.type", "quad": "CAST(e.quad AS TEXT)", "status": "e.status"}[group]
        prefix = "e"
        source = f"{source} WHERE {where} AND e.date_start IS NOT NULL"
    bucket = f"CAST(date_trunc('{by}', {prefix}.date_start) AS DATE)"
    # group=none: no group column in GROUP BY (PostgreSQL rejects grouping by a constant).
    sql = (f"SELECT {bucket} AS bucket, {gexpr} AS grp, COUNT(*) AS n_events, AVG({prefix}.score) AS mean_score, "
           f"SUM(CASE WHEN {prefix}.date_granularity IN ({_COARSE[by]}) THEN 0 ELSE 1 END) AS n_coarse "
           f"FROM {source} GROUP BY {bucket}{'' if group == 'none' else ', ' + gexpr} ORDER BY bucket, grp LIMIT ?")
    rows = _rows(db, sql, [*params, int(limit)])
    return [{"bucket": r["bucket"], "group": r["grp"], "n_events": r["n_events"], "mean_score": r["mean_score"],
             "n_coarse": r["n_coarse"]} for r in rows]


def places(db: Backend, filters: EventFilter, limit: int = 1000) -> list[dict[str, Any]]:
    """Map points: matching events with a location, aggregated per place, most events first.

    Rows: name, geonameid, country, kind, lat, lon, n_events, mean_score, n_quad1..n_quad4,
    example_event_id (the earliest-id event there, for a popup link)."""
    limit = _checked_limit(limit)
    where, params = filters.where()
    quads = ", ".join(f"SUM(CASE WHEN e.quad = {q} THEN 1 ELSE 0 END) AS n_quad{q}" for q in (1, 2, 3, 4))
    return _rows(db, f"SELECT e.location_name AS name, e.location_geonameid AS geonameid, "
                     f"e.location_country AS country, e.location_kind AS kind, AVG(e.lat) AS lat, AVG(e.lon) AS lon, "
                     f"COUNT(*) AS n_events, AVG(e.score) AS mean_score, {quads}, MIN(e.id) AS example_event_id "
                     f"FROM events e WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL "
                     f"GROUP BY e.location_name, e.location_geonameid, e.location_country, e.location_kind "
                     f"ORDER BY n_events DESC, name LIMIT ?", [*params, int(limit)])


def document_places(db: Backend, filters: EventFilter, limit: int = 1000) -> list[dict[str, Any]]:
    """Places the articles mention (the places stage's resolved toponyms, wherever they stand in
    the text, captions included), for the articles with a matching event (every article when
    there is no filter), aggregated per place, most articles first.  Not where events happened:
    that is :func:`places`.

    Rows: name, geonameid, country, kind, lat, lon, n_documents, n_mentions,
    example_doc_id (the first such article by id)."""
    limit = _checked_limit(limit)
    where, params = filters.where()
    cond = "" if where == "TRUE" else f" AND p.doc_id IN (SELECT e.doc_id FROM events e WHERE {where})"
    return _rows(db, f"SELECT p.name, p.geonameid, p.country, p.kind, AVG(p.lat) AS lat, AVG(p.lon) AS lon, "
                     f"COUNT(DISTINCT p.doc_id) AS n_documents, COUNT(*) AS n_mentions, "
                     f"MIN(p.doc_id) AS example_doc_id FROM places p "
                     f"WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL{cond} "
                     f"GROUP BY p.name, p.geonameid, p.country, p.kind "
                     f"ORDER BY n_documents DESC, n_mentions DESC, p.name LIMIT ?", [*params, int(limit)])


def stories(db: Backend, filters: EventFilter, limit: int = 50, page: int = 1) -> Page:
    """Stories with at least one matching event, most articles first."""
    lim, offset = _paging(limit, page)
    where, params = filters.where()
    cond = "TRUE" if where == "TRUE" else f"s.id IN (SELECT e.story_id FROM events e WHERE {where})"
    total = db.execute(f"SELECT COUNT(*) FROM stories s WHERE {cond}", params)[0][0]
    data = _rows(db, f"SELECT s.id, s.type, s.date, s.date_granularity, s.founder_event_id, s.n_events, "
                     f"s.n_mentions, s.n_articles, s.n_sources, s.first_seen, s.last_seen FROM stories s "
                     f"WHERE {cond} ORDER BY s.n_articles DESC, s.first_seen ASC NULLS LAST, s.id "
                     f"LIMIT ? OFFSET ?", [*params, lim, offset])
    return Page(data=data, total=int(total), page=int(page), limit=lim)


def stats(db: Backend) -> dict[str, Any]:
    """Counts and the event date range: what a UI shows before any filter."""
    row = _rows(db, "SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM events) AS events, "
                    "(SELECT COUNT(*) FROM stories) AS stories, (SELECT MIN(date_start) FROM events) AS date_min, "
                    "(SELECT MAX(date_start) FROM events) AS date_max", [])[0]
    return row
