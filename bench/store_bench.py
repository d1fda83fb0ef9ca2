"""Store latency at scale: write 100,000+ synthetic events, then time every query function.

    .venv/bin/python bench/store_bench.py                        # 100,000 events into a temp DuckDB
    .venv/bin/python bench/store_bench.py --events 200000 --reps 50
    .venv/bin/python bench/store_bench.py --db "$(bash .ci/postgres.sh)"   # the same on PostgreSQL

The articles come from ``dateline.api.synthetic`` (seeded templates: exact offsets, 16 countries,
15 event types, two years of dates), written in batches through ``Store.write`` - so the write
figure includes cross-article story clustering.  Each query case then runs ``--reps`` times after
one warm-up; printed: p50 / p99 / max wall-clock milliseconds, the median CPU time of this
process (all DuckDB threads; less sensitive than wall time to other load on a shared machine),
and rows returned.  With fewer than 100
repetitions p99 is the largest-but-one sample's neighbour (nearest-rank), so look at max too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from dateline.api.synthetic import make_documents  # noqa: E402
from dateline.store import EventFilter, open_store  # noqa: E402
from dateline.store.export import export  # noqa: E402

CASES = [
    ("events: first page, no filter", lambda s: s.events(limit=50).data),
    ("events: country=NER", lambda s: s.events(EventFilter(country="NER"), limit=50).data),
    ("events: country=NER|MLI, page 20", lambda s: s.events(EventFilter(country="NER|MLI"), limit=50, page=20).data),
    ("events: dyad=NER-USA", lambda s: s.events(EventFilter(dyad="NER-USA"), limit=50).data),
    ("events: type+quad+date range", lambda s: s.events(EventFilter(type="SANCTION|COERCE", quad="4",
                                                                    date_from="2024-01", date_to="2024-06")).data),
    ("events: actor text 'military'", lambda s: s.events(EventFilter(actor="military"), limit=50).data),
    ("events: q text search 'defence pact'", lambda s: s.events(EventFilter(q="defence pact"), limit=50).data),
    ("events: sort -score, fields", lambda s: s.events(limit=100, sort="-score", fields="id,type,score").data),
    ("event(id)", None),  # filled in with a real id
    ("actors (name level)", lambda s: s.actors(limit=50).data),
    ("dyads (country)", lambda s: s.dyads(limit=200).data),
    ("dyads country=NER", lambda s: s.dyads(EventFilter(country="NER")).data),
    ("aggregate day x quad", lambda s: s.aggregate(by="day", group="quad")),
    ("aggregate week x type", lambda s: s.aggregate(by="week", group="type")),
    ("aggregate month x dyad (dyad=NER-USA)", lambda s: s.aggregate(by="month", group="dyad",
                                                                    filters=EventFilter(dyad="NER-USA"))),
    ("aggregate month x dyad (all dyads)", lambda s: s.aggregate(by="month", group="dyad")),
    ("places (map points)", lambda s: s.places()),
    ("stories (most articles)", lambda s: s.stories(limit=50).data),
    ("stats", lambda s: [s.stats()]),
]


def percentile(samples: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(samples)
    k = max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--per-doc", type=int, default=3)
    ap.add_argument("--batch", type=int, default=1000, help="articles per Store.write call")
    ap.add_argument("--reps", type=int, default=50)
    ap.add_argument("--db", default=None, help="DuckDB path or postgresql:// URL (default: a temp DuckDB file)")
    ap.add_argument("--keep", action="store_true", help="keep an existing store: skip writing if it has events")
    ap.add_argument("--json", action="store_true", help="print the results as JSON too")
    args = ap.parse_args()

    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.mkdtemp(prefix="dateline-bench-")
        db = os.path.join(tmp, "bench.duckdb")
    n_docs = (args.events + args.per_doc - 1) // args.per_doc
    print(f"store: {db.split('@')[-1]}   target: {args.events} events in {n_docs} articles", flush=True)

    with open_store(db) as store:
        have = store.stats()["events"]
        write = None
        if not (args.keep and have >= args.events):
            if have:
                sys.exit(f"{db} already holds {have} events: use an empty store (or --keep)")
            t0 = time.perf_counter()
            docs = make_documents(n_docs, events_per_doc=args.per_doc)
            t_gen = time.perf_counter() - t0
            t0 = time.perf_counter()
            for i in range(0, len(docs), args.batch):
                store.write(docs[i:i + args.batch])
            t_write = time.perf_counter() - t0
            n_events = store.stats()["events"]
            write = {"generate_s": round(t_gen, 1), "write_s": round(t_write, 1),
                     "events_per_s": round(n_events / t_write), "articles_per_s": round(n_docs / t_write)}
            print(f"generated in {t_gen:.1f} s; wrote {n_events} events in {t_write:.1f} s "
                  f"({n_events / t_write:,.0f} events/s, {n_docs / t_write:,.0f} articles/s, "
                  f"batches of {args.batch} articles)", flush=True)
        stats = store.stats()
        print(f"store holds {stats['documents']} documents, {stats['events']} events, {stats['stories']} stories "
              f"({stats['date_min']} .. {stats['date_max']})")
        if tmp:
            print(f"DuckDB file size: {os.path.getsize(db) / 1e6:.0f} MB")

        load = os.getloadavg()
        print(f"load average before the queries: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} "
              f"on {os.cpu_count()} cores (the machine may be shared: latencies rise with load)")
        some_id = store.events(limit=1, page=max(1, stats["events"] // 2)).data[0]["id"]
        results = []
        print(f"\n{'query':42s} {'p50 ms':>8s} {'p99 ms':>8s} {'max ms':>8s} {'cpu ms':>8s} {'rows':>6s}")
        for name, fn in CASES:
            if fn is None:
                fn = lambda s, i=some_id: [s.event(i)]  # noqa: E731
            rows = fn(store)  # warm-up
            samples, cpu = [], []
            for _ in range(args.reps):
                c0, t0 = time.process_time(), time.perf_counter()
                fn(store)
                samples.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
            r = {"query": name, "p50_ms": round(statistics.median(samples), 2),
                 "p99_ms": round(percentile(samples, 99), 2), "max_ms": round(max(samples), 2),
                 "cpu_p50_ms": round(statistics.median(cpu), 2), "rows": len(rows)}
            results.append(r)
            print(f"{name:42s} {r['p50_ms']:8.2f} {r['p99_ms']:8.2f} {r['max_ms']:8.2f} {r['cpu_p50_ms']:8.2f} "
                  f"{r['rows']:6d}", flush=True)

        t0 = time.perf_counter()
        out = os.path.join(tmp or tempfile.gettempdir(), "bench-export.tsv")
        n = export(store, "gdelt-tsv", out)
        t_exp = time.perf_counter() - t0
        print(f"\nexport gdelt-tsv of {n} events: {t_exp:.1f} s ({n / t_exp:,.0f} events/s)")
        os.remove(out)
    if args.json:
        print(json.dumps({"store": store.backend, "stats": stats, "write": write, "queries": results,
                          "load_before_queries": load, "load_after": os.getloadavg()}, indent=1))


if __name__ == "__main__":
    main()
