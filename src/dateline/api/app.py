"""The HTTP API and web UI: ``create_app(db)`` returns a FastAPI application over a store.

Read-only by default.  The one writing endpoint (``DELETE /documents/{id}``) exists only when a
write token is configured, and then needs ``Authorization: Bearer <token>``.  Every response
that is not 2xx has the shape of :mod:`dateline.api.errors`.  Pages are bounded (``MAX_LIMIT``)
and every query is time-limited (:mod:`dateline.api.pool`).
"""

from __future__ import annotations

import dataclasses
import gc
import hmac
import inspect
import json
from collections.abc import Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import orjson

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from fastapi.staticfiles import StaticFiles

from dateline.api import queries
from dateline.api.cache import AggregateCache
from dateline.api.errors import ERROR_RESPONSES, ApiError, error_response, install_error_handlers
from dateline.api.memory_pages import MemoryPages
from dateline.api.pool import ConnectionPool, prepare_store
from dateline.store import query as store_query
from dateline.store.filters import PLOVER_TYPES, STATUSES
from dateline.store.handoff import writer_waiting
from dateline.store.page_index import StaleIndex

DEFAULT_LIMIT = 50
MAX_LIMIT = 500  # rows per page of /events
MAX_GROUPS = 2000  # rows of /dyads, /actors, /places
MAX_BUCKETS = 20_000  # rows of /aggregates (e.g. 16 types x 3 years of days)
MAX_PARAM = 500  # characters in one filter value
STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}

_F = {"max_length": MAX_PARAM}
_CONTROL = tuple(chr(c) for c in range(32) if chr(c) not in "\t")


class Filters:
    """The event filters of one request (built by :func:`filter_params`)."""

    def __init__(self, params: dict[str, Any]) -> None:
        self.filter = queries.ApiFilter.from_params(params)

    def key(self) -> tuple:
        return tuple(sorted(self.filter.to_params().items()))


async def filter_params(
    country: str | None = Query(None, description="Actor OR recipient country (ISO-3/PLOVER code), e.g. NER|MLI", **_F),
    actor_country: str | None = Query(None, description="Actor country, e.g. USA", **_F),
    recipient_country: str | None = Query(None, description="Recipient country, e.g. NER", **_F),
    actor: str | None = Query(None, description="Text in a participant's name or words, e.g. junta|Blinken", **_F),
    dyad: str | None = Query(None, description="Directed country pair(s) actor-recipient, e.g. NER-USA|USA-NER", **_F),
    type: str | None = Query(None, description="PLOVER event type(s), e.g. SANCTION|COERCE", **_F),
    mode: str | None = Query(None, description="PLOVER mode(s), e.g. visit", **_F),
    quad: str | None = Query(None, description="Quad class(es) 1-4, e.g. 3|4", **_F),
    status: str | None = Query(None, description="factual, future, hypothetical, negated, claimed", **_F),
    date_from: str | None = Query(None, description="First day, YYYY[-MM[-DD]] (inclusive)", **_F),
    date_to: str | None = Query(None, description="Last day, YYYY[-MM[-DD]] (inclusive)", **_F),
    q: str | None = Query(None, description="Words in the event's sentence (case-insensitive)", **_F),
    story_id: str | None = Query(None, description="Cross-article story id", **_F),
    doc_id: str | None = Query(None, description="Article id", **_F),
    source: str | None = Query(None, description="Publisher / source name", **_F),
    place: str | None = Query(None, description="Event location: GeoNames id or place name", **_F),
    min_confidence: str | None = Query(None, description="Only events coded at least this sure, 0-1, e.g. 0.5",
                                       **_F),
) -> Filters:
    """The event filters every list and aggregate endpoint accepts (``|`` separates alternatives).
    Async (it does no I/O): FastAPI then runs it on the event loop, not in a worker thread."""
    return Filters(dict(locals()))


def _query_names(dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


async def reject_unknown_parameters(request: Request) -> None:
    """A misspelt filter (``countr=NER``) must not silently return every event: name it."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None or not getattr(route, "include_in_schema", True):  # the UI page takes any query
        return
    known = _query_names(dependant)
    unknown = sorted(set(request.query_params.keys()) - known)
    if unknown:
        raise ApiError(400, f"unknown parameter(s) {', '.join(unknown)}; valid: {', '.join(sorted(known)) or 'none'}",
                       [{"field": u, "message": "unknown parameter"} for u in unknown])


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    import pycountry

    names, numeric = {}, {}
    for c in pycountry.countries:
        names[c.alpha_3] = getattr(c, "common_name", None) or c.name
        numeric[c.alpha_3] = c.numeric
    names.update({"IGO": "International organisation", "UNO": "United Nations", "EUR": "European Union",
                  "NGO": "Non-governmental organisation", "MNC": "Multinational corporation",
                  "IMG": "International militant group"})
    return names, numeric


def create_app(db: str, *, write_token: str | None = None, pool_size: int = 4,
               query_timeout: float = 10.0, cache_size: int = 256, memory_pages_min_events: int = 50_000,
               memory_pages_max_events: int = 3_000_000, memory_pages_settle: float = 10.0) -> FastAPI:
    """An app serving the store at ``db`` (DuckDB path or ``postgresql://`` URL).

    ``write_token`` enables ``DELETE /documents/{id}`` for requests that present it; without it the
    app never writes.  ``query_timeout`` (seconds) bounds every database query.  Up to ``cache_size``
    answers of /events, /aggregates, /dyads, /actors and /places are kept until the store changes.
    A DuckDB store of ``memory_pages_min_events`` to ``memory_pages_max_events`` events has its
    date-ordered /events pages served from memory (:mod:`dateline.api.memory_pages`), rebuilt when
    the store has not changed for ``memory_pages_settle`` seconds.
    """
    prepare_store(db)
    pool = ConnectionPool(db, size=pool_size, timeout=query_timeout, read_only=write_token is None)
    # Answers of list/aggregate endpoints, dropped when the store changes (``cache_size=0``: off).
    cache = AggregateCache(cache_size, generation=(lambda: pool.generation) if pool.shared else None)
    # Date-ordered /events pages from memory, per store generation (the cache's).
    pages = MemoryPages(pool, cache.current_generation, min_events=memory_pages_min_events,
                        max_events=memory_pages_max_events,
                        can_build=lambda: not (pool.shared and writer_waiting(db)), serialize=json_bytes, settle=memory_pages_settle)
    app = FastAPI(
        title="dateline API",
        version=_version(),
        description="Political event data (PLOVER 2.0) coded by dateline, with the sentence behind every "
                    "event. Read-only unless a write token is configured. Errors: "
                    '{"ok": false, "status": N, "error": "...", "errors": [...]}.',
        docs_url=None, redoc_url=None,  # their pages load scripts from a CDN; the UI works offline
        lifespan=_closing(pool, pages),
        responses=ERROR_RESPONSES,
        dependencies=[Depends(reject_unknown_parameters)],
    )
    app.state.pool = pool
    app.state.cache = cache
    app.state.memory_pages = pages
    install_error_handlers(app)

    app.add_middleware(GuardAndHeaders, cached=lambda url: cached_by_url(url),
                       quick=lambda path, pairs, url: events_without_fastapi(path, pairs, url))

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/health", tags=["meta"], summary="Liveness and store size")
    def health() -> dict[str, Any]:
        with pool.connection() as con:
            stats = store_query.stats(con)
        return {"ok": True, "status": "ok", "store": pool.kind, "read_only": write_token is None,
                "version": _version(), "memory_pages": pages.status(), **stats}

    @app.get("/meta", tags=["meta"], summary="Code lists the UI and clients need")
    def meta() -> dict[str, Any]:
        names, numeric = _countries()
        return {"ok": True, "event_types": list(PLOVER_TYPES), "statuses": list(STATUSES),
                "quads": {str(k): v for k, v in QUADS.items()}, "intervals": list(store_query.BUCKETS),
                "groups": list(store_query.GROUPS), "sorts": list(store_query.SORTS),
                "fields": list(store_query.EVENT_FIELDS), "default_fields": list(store_query.DEFAULT_FIELDS),
                "max_limit": MAX_LIMIT, "country_names": names, "country_numeric": numeric}

    async def answer(key: tuple, compute, inline: Callable[[Any], bytes | None] | None = None) -> Response:
        """The JSON answer for ``key``: from the cache on the event loop when it is there (no worker
        thread, no connection); else ``inline()`` on the event loop if it answers without the
        database (in-memory pages); else ``compute(connection)`` in a worker thread.  Cached as
        bytes.  ``compute`` returns a JSON-ready value or the JSON bytes."""
        body = cached_or_inline(key, inline)
        if body is None:
            body = await run_in_threadpool(_computed, key, compute)
        url = REQUEST_URL.get()
        if url is not None:
            remember(url, key)
        return Response(body, media_type="application/json")

    def cached_or_inline(key: tuple, inline: Callable[[Any], bytes | None] | None) -> bytes | None:
        """The cached answer for ``key``, else ``inline(generation)`` (cached when it answers), else None."""
        body = cache.peek(key)
        if body is None and inline is not None:
            generation = cache.known_generation()
            body = inline(generation)
            if body is not None:
                cache.put(key, body, generation)
        return body

    def remember(url: tuple, key: tuple) -> None:
        if cache.size > 0:
            if len(url_keys) >= 8 * cache.size:  # bounded: forget the oldest URLs
                for old in list(url_keys)[:cache.size]:
                    del url_keys[old]
            url_keys[url] = key

    url_keys: dict[tuple, tuple] = {}  # URL -> answer-cache key of the answers given

    def cached_by_url(url: tuple) -> bytes | None:
        key = url_keys.get(url)
        return None if key is None else cache.peek(key)

    def _computed(key: tuple, compute) -> bytes:
        with pool.connection() as con:
            return cache.get(con, key, lambda: _as_json(compute(con)))

    @app.get("/events", tags=["events"], summary="Events, filtered and paged", response_model=None)
    async def events(
        f: Filters = Depends(filter_params),
        limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"Rows per page (max {MAX_LIMIT})"),
        page: int = Query(1, ge=1, le=1_000_000, description="Page number, from 1"),
        sort: str = Query("-date", description="date, -date, score, -score, confidence, -confidence, id, -id",
                          max_length=20),
        fields: str | None = Query(None, description="Comma-separated fields (GET /meta lists them), "
                                                     "e.g. id,type,date,actor_country", **_F),
    ) -> Response:
        store_query.parse_fields(fields)  # bad fields or sort: a 400 before anything is counted
        if sort not in store_query.SORTS:
            raise ApiError(400, f"bad sort {sort!r}; valid: {', '.join(store_query.SORTS)}")

        def compute(con) -> dict[str, Any] | bytes:
            index = pages.current(con)
            if index is not None and index.serves(fields, sort):
                try:
                    index.page_rows(con, f.filter, limit=1, page=1, sort=sort)  # the filter's matches, once
                    return from_memory(index, f, limit, page, sort)
                except StaleIndex:
                    pages.drop()
            # One pass over the filter's matches (events per date: the total, and where each page
            # lies), whatever page, sort or date window is asked (a window is a slice of the
            # histogram of the same filter without dates); then each page reads only its own dates.
            undated = dataclasses.replace(f.filter, date_from=None, date_to=None)
            base = cache.get(con, ("histogram", tuple(sorted(undated.to_params().items()))),
                             lambda: store_query.date_histogram(con, undated))
            histogram = store_query.histogram_within(base, f.filter.date_from, f.filter.date_to)
            result = store_query.events(con, f.filter, limit=limit, page=page, fields=fields, sort=sort,
                                        histogram=histogram)
            return {"ok": True, **result.to_json(), "fields": result.fields, "filters": f.filter.to_params()}

        return await answer(("events", f.key(), limit, page, sort, fields), compute,
                            lambda generation: events_inline(generation, f, limit, page, sort, fields))

    def from_memory(index, f: Filters, limit: int, page: int, sort: str) -> bytes:
        total, rows = index.page_rows(None, f.filter, limit=limit, page=page, sort=sort)
        pages.hits += 1
        # The JSON of the database path's answer (events(), below), its rows serialised in advance.
        meta = store_query.Page(data=[], total=total, page=page, limit=limit).to_json()
        del meta["data"]
        meta.update(count=len(rows), fields=list(store_query.DEFAULT_FIELDS), filters=f.filter.to_params())
        return b'{"ok":true,"data":[' + b",".join(rows) + b"]," + json_bytes(meta)[1:]

    def events_inline(generation, f: Filters, limit: int, page: int, sort: str, fields: str | None) -> bytes | None:
        """A page whose filter's matches the in-memory index knows: a binary search and a slice,
        on the event loop (no worker thread, no connection); else None."""
        index = pages.peek(generation)
        if index is not None and index.serves(fields, sort) and index.has_matches(f.filter, sort):
            return from_memory(index, f, limit, page, sort)
        return None

    filter_names = set(inspect.signature(filter_params).parameters)

    def events_without_fastapi(path: str, pairs: list[tuple[str, str]], url: tuple) -> bytes | None:
        """The answer to ``GET /events?...`` from memory, before routing, validation and
        dependencies (~1 ms of a request that memory answers in ~0.2 ms), for the plain cases
        only: known parameters, each once, non-empty, within their limits, default fields, a date
        order.  Anything else, or any doubt (a bad date ...), returns None and FastAPI answers,
        with its validation and error messages: the answers are those of ``events()``."""
        if path != "/events" or not pages.enabled or pages.peek(cache.known_generation()) is None:
            return None
        params = dict(pairs)
        if len(params) != len(pairs) or not params.keys() <= filter_names | {"limit", "page", "sort"}:
            return None
        if any(not v or len(v) > MAX_PARAM for v in params.values()):
            return None
        limit, page = _plain_int(params.pop("limit", str(DEFAULT_LIMIT)), MAX_LIMIT), _plain_int(params.pop("page", "1"), 1_000_000)
        sort = params.pop("sort", "-date")
        if limit is None or page is None or sort not in ("-date", "date"):
            return None
        try:
            f = Filters(params)
            key = ("events", f.key(), limit, page, sort, None)
            body = cached_or_inline(key, lambda generation: events_inline(generation, f, limit, page, sort, None))
            if body is None:
                return None
        except Exception:  # e.g. a malformed date: FastAPI's path names it
            return None
        remember(url, key)
        return body

    @app.get("/events/{event_id:path}", tags=["events"], summary="One event with its sources, sentences and spans")
    def event(event_id: str) -> dict[str, Any]:
        if len(event_id) > MAX_PARAM:
            raise ApiError(400, "event id too long")
        with pool.connection() as con:
            ev = queries.event_page(con, event_id)
        if ev is None:
            raise ApiError(404, f"no event with id {event_id!r}")
        return {"ok": True, "data": ev}

    @app.get("/actors", tags=["aggregates"], summary="Actors (participants) by number of events",
             response_model=None)
    async def actors(f: Filters = Depends(filter_params),
                     level: str = Query("country", description="country | sector (country+sector) | name",
                                        max_length=20),
                     role: str | None = Query(None, description="actor | recipient (default: both)", max_length=20),
                     limit: int = Query(100, ge=1, le=MAX_GROUPS),
                     page: int = Query(1, ge=1, le=1_000_000)) -> Response:
        return await answer(("actors", f.key(), level, role, limit, page), lambda con: {
            "ok": True, **store_query.actors(con, f.filter, limit=limit, page=page, level=level,
                                             role=role).to_json(), "level": level})

    @app.get("/dyads", tags=["aggregates"], summary="Directed actor-recipient pairs: counts, mean score, quads",
             response_model=None)
    async def dyads(f: Filters = Depends(filter_params),
                    level: str = Query("country", description="country | sector (country+sector)", max_length=20),
                    limit: int = Query(100, ge=1, le=MAX_GROUPS),
                    page: int = Query(1, ge=1, le=1_000_000)) -> Response:
        return await answer(("dyads", f.key(), level, limit, page), lambda con: {
            "ok": True, **store_query.dyads(con, f.filter, limit=limit, page=page, level=level).to_json(),
            "level": level})

    @app.get("/aggregates", tags=["aggregates"], summary="Event counts and mean score over time", response_model=None)
    async def aggregates(f: Filters = Depends(filter_params),
                         interval: str = Query("day", description="day | week | month | year", max_length=20),
                         by: str = Query("quad", description="none | quad | type | dyad | status", max_length=20)
                         ) -> Response:
        return await answer(("aggregates", f.key(), interval, by), lambda con: {
            "ok": True, "data": store_query.aggregate(con, f.filter, by=interval, group=by, limit=MAX_BUCKETS),
            "interval": interval, "by": by})

    @app.get("/places", tags=["aggregates"], summary="Event locations (map points) with counts and mean score",
             response_model=None)
    async def places(f: Filters = Depends(filter_params), limit: int = Query(1000, ge=1, le=MAX_GROUPS)) -> Response:
        return await answer(("places", f.key(), limit), lambda con: {
            "ok": True, "data": store_query.places(con, f.filter, limit=limit)})

    @app.get("/document-places", tags=["aggregates"], response_model=None,
             summary="Places the matching events' articles mention (not event locations), with counts")
    async def document_places(f: Filters = Depends(filter_params),
                              limit: int = Query(1000, ge=1, le=MAX_GROUPS)) -> Response:
        return await answer(("document-places", f.key(), limit), lambda con: {
            "ok": True, "data": store_query.document_places(con, f.filter, limit=limit)})

    @app.delete("/documents/{doc_id:path}", tags=["write"],
                summary="Delete an article and its events (needs the write token; off by default)")
    def delete_document(doc_id: str, authorization: str | None = Header(None)) -> JSONResponse:
        if write_token is None:
            raise ApiError(403, "this server is read-only: start it with a write token to enable deletes")
        presented = (authorization or "").removeprefix("Bearer ").strip()
        if not presented or not hmac.compare_digest(presented.encode(), write_token.encode()):
            raise ApiError(401, "missing or wrong write token (Authorization: Bearer <token>)")
        from dateline.store import Store

        with pool.connection() as con:
            if not con.execute("SELECT COUNT(*) FROM documents WHERE id = ?", [doc_id])[0][0]:
                raise ApiError(404, f"no document with id {doc_id!r}")
            # The store's own delete: one transaction, and the article's stories are recounted.
            Store(con, db).delete([doc_id])
            cache.clear()
            pages.drop()
        return JSONResponse({"ok": True, "deleted": doc_id})

    return app


_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
            (b"content-security-policy", b"default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                         b"connect-src 'self'; frame-ancestors 'none'")]


# The (path, query string) of the request being answered, so that an answer computed for it can be
# found again by that URL alone (GuardAndHeaders' fast path).
REQUEST_URL: ContextVar[tuple | None] = ContextVar("dateline_request_url", default=None)


class GuardAndHeaders:
    """Security headers on every response, and a 400 for control characters in the path or
    parameters.  NUL and other control characters are never meaningful in a filter or id, and
    PostgreSQL refuses NUL in text: answer before any query sees them.  A plain ASGI middleware
    (Starlette's ``BaseHTTPMiddleware`` costs about a millisecond per request)."""

    def __init__(self, app, cached: Callable[[tuple], bytes | None] = lambda url: None,
                 quick: Callable[[str, list, tuple], bytes | None] = lambda path, pairs, url: None) -> None:
        self.app = app
        self.cached = cached
        self.quick = quick

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in _HEADERS if h[0] not in names)]
            await send(message)

        url = (scope.get("path", ""), scope.get("query_string", b""))
        if scope.get("method") == "GET":
            # This exact URL was answered before and its answer is still current: send it without
            # routing, parameter validation or dependencies (most of a cached request's cost).
            body = self.cached(url)
            if body is not None:
                await Response(body, media_type="application/json")(scope, receive, send_with_headers)
                return
        pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        values = [scope.get("path", ""), *(x for kv in pairs for x in kv)]
        if any(ch in v for v in values for ch in _CONTROL):
            response = error_response(400, "control characters are not allowed in the path or parameters")
            await response(scope, receive, send_with_headers)
            return
        if scope.get("method") == "GET":
            body = self.quick(scope.get("path", ""), pairs, url)  # e.g. an /events page from memory
            if body is not None:
                await Response(body, media_type="application/json")(scope, receive, send_with_headers)
                return
        token = REQUEST_URL.set(url)
        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            REQUEST_URL.reset(token)


def _plain_int(value: str, most: int) -> int | None:
    """``value`` as an int in 1..``most`` if written plainly (digits, no sign or leading zero)."""
    if not value.isascii() or not value.isdigit() or value.startswith("0") or len(value) > 9:
        return None
    n = int(value)
    return n if n <= most else None


def json_bytes(content: Any) -> bytes:
    """Compact UTF-8 JSON (orjson: ~10x faster than ``json.dumps`` for a page of events; the same
    text except that small floats are written ``1e-5``/``0.00001``-style by orjson's rules and a
    NaN becomes null)."""
    try:
        return orjson.dumps(content, default=str, option=orjson.OPT_NON_STR_KEYS)
    except TypeError:  # e.g. an integer beyond 64 bits
        return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=str).encode()


def _as_json(value: Any) -> bytes:
    return value if isinstance(value, bytes) else json_bytes(value)


def _closing(pool: ConnectionPool, pages: MemoryPages):
    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        # Everything loaded so far (libraries, code lists, the app) lives as long as the server.
        # Left in the collector's oldest generation, each full collection walks it: ~170 ms on the
        # development machine, a pause for every request in flight, every few hundred requests
        # under load (the p99).  Frozen, a full collection walks only what requests create.
        gc.collect()
        gc.freeze()
        pages.start_build()  # in the background; /events reads the database until it is ready
        yield
        pool.close()

    return lifespan


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("dateline")
    except Exception:  # running from a source tree without metadata
        return "0"
