"""Crash safety at scale: kill -9 ``dateline code --db`` >= 20 times over 10,000 articles, resume,
and audit the store (every article exactly once; for every article exactly the events, sentences,
mentions and places of the version the runs printed; no orphan rows; story counts equal members).

    .venv/bin/python bench/crash_resume.py                              # DuckDB
    .venv/bin/python bench/crash_resume.py --pg "$(bash .ci/postgres.sh)"  # DuckDB, then PostgreSQL
    .venv/bin/python bench/crash_resume.py --articles 2000 --cycles 5   # a shorter run

Prints one line per cycle and a summary per store; exits 1 if any store lost or duplicated anything.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "reliability"))

from crash_harness import audit, drop_pg_schema, pg_store_url, run_cycles, write_articles  # noqa: E402


def _log(msg: str) -> None:
    print(msg, flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--cycles", type=int, default=20, help="killed runs before the final one")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--max-delay", type=float, default=60.0, help="upper bound of a time-based kill (s)")
    ap.add_argument("--pg", help="PostgreSQL base URL: also run on PostgreSQL (fresh schema, dropped after)")
    ap.add_argument("--no-duckdb", action="store_true")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    failed = False
    with tempfile.TemporaryDirectory(prefix="dateline-crash-") as tmp:
        jsonl = Path(tmp) / "articles.jsonl"
        articles = write_articles(jsonl, args.articles, seed=args.seed)
        stores = [] if args.no_duckdb else [("duckdb", str(Path(tmp) / "crash.duckdb"), None)]
        if args.pg:
            url, schema = pg_store_url(args.pg)
            stores.append(("postgresql", url, schema))
        for name, url, schema in stores:
            _log(f"== {name}: {args.articles:,} articles, {args.cycles} kill -9 cycles, workers={args.workers}")
            t0 = time.perf_counter()
            try:
                printed: dict = {}
                cycles = run_cycles(jsonl, url, len(articles), cycles=args.cycles, seed=args.seed,
                                    workers=args.workers, max_delay=args.max_delay, timeout=7200, log=_log,
                                    printed=printed)
                report = audit(url, articles, printed=printed)
            finally:
                if schema:
                    drop_pg_schema(args.pg, schema)
            killed = sum(c.killed for c in cycles[:-1])
            final = cycles[-1]
            _log(f"{name}: {killed} runs killed with SIGKILL, final run exit {final.returncode}; "
                 f"{time.perf_counter() - t0:.0f}s")
            _log(f"{name}: documents stored {report.stored_documents:,} (distinct {report.distinct_documents:,}) "
                 f"of {report.articles:,}; missing {len(report.missing)}, unexpected {len(report.unexpected)}")
            _log(f"{name}: events {report.events:,} (distinct ids {report.distinct_event_ids:,}), duplicate "
                 f"event keys {report.duplicate_event_keys}, orphan rows {report.orphan_rows}, story count "
                 f"mismatches {report.story_count_mismatches}")
            _log(f"{name}: articles compared with the version the runs printed (never-printed ones re-coded "
                 f"here): {report.sample_checked:,}; mismatches {len(report.sample_mismatches)} "
                 + "; ".join(report.sample_mismatches[:5]))
            _log(f"{name}: lost or duplicated: {report.lost_or_duplicated} -> {'OK' if report.ok else 'FAIL'}")
            failed |= not report.ok or final.returncode != 0 or killed < args.cycles
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
