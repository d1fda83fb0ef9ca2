"""API latency on a large store: p50/p99 of /events (with filters) and of the aggregates.

Builds (once, then reuses) a store of synthetic coded articles - ``--events`` events, 3 per
article, written through the store's ``write`` - starts the API with uvicorn on a loopback port
in this process, and times sequential HTTP requests from one client over loopback.  Every request
is bounded; the run stops by itself.

    .venv/bin/python bench/api_latency.py                       # 102,000 events, DuckDB
    .venv/bin/python bench/api_latency.py --db postgresql://... # same on PostgreSQL
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# (label, path, params): what an analyst's UI session asks for.
REQUESTS = [
    ("events: no filter", "/events", {}),
    ("events: country=NER", "/events", {"country": "NER"}),
    ("events: country=NER|MLI|BFA, quad=3|4", "/events", {"country": "NER|MLI|BFA", "quad": "3|4"}),
    ("events: dyad=NER-USA|USA-NER", "/events", {"dyad": "NER-USA|USA-NER"}),
    ("events: type=SANCTION, date range", "/events", {"type": "SANCTION", "date_from": "2024-01", "date_to": "2024-06"}),
    ("events: q=sanctions (text search)", "/events", {"q": "sanctions"}),
    ("events: actor=junta|military", "/events", {"actor": "junta|military"}),
    ("events: page 500 of 200 rows", "/events", {"limit": 200, "page": 500}),
    ("event: one event page", "/events/{id}", {}),
    ("aggregates: day by quad", "/aggregates", {"interval": "day", "by": "quad"}),
    ("aggregates: week by quad, country=NER", "/aggregates", {"interval": "week", "by": "quad", "country": "NER"}),
    ("aggregates: month by type", "/aggregates", {"interval": "month", "by": "type"}),
    ("aggregates: week, dyad NER-USA trajectory", "/aggregates", {"interval": "week", "by": "none", "dyad": "NER-USA"}),
    ("dyads: top 100 countries", "/dyads", {"limit": 100}),
    ("dyads: top 100 country+sector", "/dyads", {"limit": 100, "level": "sector"}),
    ("actors: countries", "/actors", {"level": "country", "limit": 300}),
    ("places: map points", "/places", {"limit": 2000}),
]


def build_store(url: str, n_events: int) -> None:
    from dateline.api.synthetic import make_documents
    from dateline.store import open_store

    n_docs = (n_events + 2) // 3
    batch = 2000
    t0 = time.perf_counter()
    with open_store(url) as store:
        have = store.stats()["events"]
        if have >= n_events:
            print(f"store: {url} already holds {have:,} events", file=sys.stderr)
            return
        for start in range(0, n_docs, batch):
            docs = make_documents(min(batch, n_docs - start), seed=1000 + start // batch, prefix=f"b{start // batch:03d}")
            store.write(docs)
            print(f"\rstore: {start + len(docs):,}/{n_docs:,} articles", end="", file=sys.stderr)
        print(f"\nstore: wrote {store.stats()['events']:,} events in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", default=str(REPO / ".bench-out" / "api-bench.duckdb"),
                    help="DuckDB file (created if missing) or postgresql:// URL")
    ap.add_argument("--events", type=int, default=102_000, help="events in the store (default 102,000)")
    ap.add_argument("--repeat", type=int, default=40, help="requests per kind (default 40)")
    ap.add_argument("--cache", action="store_true",
                    help="keep the API's answer cache on (default off: every request runs its queries)")
    ap.add_argument("--memory-pages", action="store_true",
                    help="serve date-ordered /events pages from memory as `dateline serve` does on a DuckDB "
                         "store of 50,000+ events (default off: the database path is measured)")
    args = ap.parse_args()

    import httpx
    import uvicorn

    from dateline.api import create_app

    if not args.db.startswith("postgres"):
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    build_store(args.db, args.events)

    port = _free_port()
    app = create_app(args.db, cache_size=256 if args.cache else 0,
                     memory_pages_min_events=0 if args.memory_pages else 2**62)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    if not app.state.memory_pages.ready.wait(600):  # measure the pages once they are in memory
        raise SystemExit("the in-memory pages were not built within 600 s")
    base = f"http://127.0.0.1:{port}"
    load0 = os.getloadavg()  # other work on the machine inflates latencies: print it beside them
    results = []
    try:
        with httpx.Client(base_url=base, timeout=30.0) as client:
            health = client.get("/health").json()
            event_id = client.get("/events", params={"limit": 1, "country": "NER", "fields": "id"}).json()["data"][0]["id"]
            print(f"store: {health['events']:,} events, {health['documents']:,} articles ({health['store']})")
            for label, path, params in REQUESTS:
                url = path.replace("{id}", event_id)
                client.get(url, params=params)  # warm-up
                times, rows = [], None
                for _ in range(args.repeat):
                    t0 = time.perf_counter()
                    resp = client.get(url, params=params)
                    times.append((time.perf_counter() - t0) * 1000)
                    if resp.status_code != 200:
                        raise SystemExit(f"{label}: HTTP {resp.status_code} {resp.text[:200]}")
                    body = resp.json()
                    rows = body.get("total", len(body.get("data", [])) if isinstance(body.get("data"), list) else 1)
                results.append((label, statistics.median(times), percentile(times, 0.99), max(times), rows))
    finally:
        server.should_exit = True
        thread.join(timeout=10)

    print(f"\n{'request':46} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'rows':>9}")
    for label, p50, p99, mx, rows in results:
        print(f"{label:46} {p50:8.1f} {p99:8.1f} {mx:8.1f} {rows:>9,}")
    ev = [r for r in results if r[0].startswith("events:")]
    agg = [r for r in results if not r[0].startswith(("events:", "event:"))]
    print(f"\n/events (all filters above): worst p50 {max(r[1] for r in ev):.1f} ms, worst p99 {max(r[2] for r in ev):.1f} ms")
    print(f"aggregates (/aggregates, /dyads, /actors, /places): worst p50 {max(r[1] for r in agg):.1f} ms, "
          f"worst p99 {max(r[2] for r in agg):.1f} ms")
    print(f"(answer cache {'on: repeats are served from memory' if args.cache else 'off: every request queries the store'}; "
          f"in-memory /events pages {app.state.memory_pages.status()}; "
          f"{args.repeat} sequential requests per row over loopback, one client, uvicorn in-process; "
          f"load average before/after: {load0[0]:.1f}/{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
