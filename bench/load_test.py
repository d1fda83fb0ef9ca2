"""Load test: 50 concurrent connections against ``dateline serve`` on a store of 1,000,000 events.

Builds (once, then reuses) a store of synthetic coded articles (``dateline.api.synthetic``, 3
events per article, written through ``Store.write``), starts ``dateline serve`` as a separate
process on 127.0.0.1, and drives it from this process with wrk (Debian package ``wrk``) or, if
wrk is missing, a bounded Python load generator (threads, one keep-alive connection each).
Loopback only; each scenario runs for ``--seconds`` and the whole run stops by itself.

Reports throughput, p50/p99 latency and non-2xx responses per scenario: ``/events`` with filters
and the aggregates (``/aggregates``, ``/dyads``, ``/actors``).  Target: ``/events`` p99 <= 200 ms.

    .venv/bin/python bench/load_test.py                         # 1,000,000 events, DuckDB
    .venv/bin/python bench/load_test.py --events 100000 --seconds 5
    .venv/bin/python bench/load_test.py --db postgresql://...   # same on PostgreSQL
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

SCENARIOS = [
    ("events: no filter", "/events", {}),
    ("events: country=NER", "/events", {"country": "NER"}),
    ("events: country=NER|MLI|BFA&quad=3|4", "/events", {"country": "NER|MLI|BFA", "quad": "3|4"}),
    ("events: dyad=NER-USA|USA-NER", "/events", {"dyad": "NER-USA|USA-NER"}),
    ("events: type=SANCTION&date range", "/events", {"type": "SANCTION", "date_from": "2024-01", "date_to": "2024-06"}),
    ("events: actor=junta|military", "/events", {"actor": "junta|military"}),
    ("events: q=sanctions", "/events", {"q": "sanctions"}),
    ("events: page 50, limit 100", "/events", {"limit": 100, "page": 50}),
    ("aggregates: day by quad", "/aggregates", {"interval": "day", "by": "quad"}),
    ("aggregates: week by quad, country=NER", "/aggregates", {"interval": "week", "by": "quad", "country": "NER"}),
    ("aggregates: month by type", "/aggregates", {"interval": "month", "by": "type"}),
    ("dyads: top 100", "/dyads", {"limit": 100}),
    # Every request different (random page / date window), so the API's answer cache cannot help:
    # these measure the database under 50 connections.
    # A random page and page size: 200 x 41 = 8,200 distinct URLs, so nearly every request is new
    # (a random page alone, 200 URLs, is answered from the cache after its first seconds).
    ("uncached events: country=NER, random page 1-200, limit 20-60", "/events",
     {"country": "NER", "page": "{rand:1:200}", "limit": "{rand:20:60}"}),
    ("uncached events: random date window", "/events", {"date_from": "2023-{rand:10:12}-{rand:10:28}",
                                                        "date_to": "2024-{rand:10:12}-{rand:10:28}"}),
    ("uncached aggregates: week by quad, random start", "/aggregates",
     {"interval": "week", "by": "quad", "date_from": "2023-{rand:10:12}-{rand:10:28}"}),
    ("actors: countries", "/actors", {"level": "country", "limit": 300}),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Columns that carry ids: each replica gets them suffixed, so every row stays unique and linked.
_ID_COLUMNS = {
    "documents": ("id",), "events": ("id", "doc_id", "story_id"), "event_mentions": ("event_id", "doc_id"),
    "event_participants": ("event_id", "doc_id"), "sentences": ("doc_id",), "mentions": ("doc_id",),
    "places": ("doc_id",), "stories": ("id", "founder_event_id"),
    # Tables added by later migrations: replicated like the rest, or queries on them undercount.
    "event_dyads": ("event_id", "doc_id"), "event_json": ("event_id", "doc_id"),
    "actor_events": ("event_id", "doc_id"),
}


def build_store(url: str, n_events: int, base_events: int) -> None:
    """``base_events`` events written through ``Store.write`` (dedup, stories, everything), then the
    rows replicated by SQL with suffixed ids until the store holds ``n_events``.  Writing a million
    events through the full writer takes hours on a busy 2-core machine; query cost depends on the
    row count, not on how the rows were made."""
    from api_latency import build_store as build  # the API engineer's builder: same synthetic articles

    from dateline.store import open_store

    with open_store(url) as store:
        have = store.stats()["events"]
    if have >= n_events:
        print(f"store: {url} already holds {have:,} events", file=sys.stderr)
        return
    build(url, min(base_events, n_events))
    t0 = time.perf_counter()
    with open_store(url) as store:
        db = store.db
        base = int(db.execute("SELECT COUNT(*) FROM events WHERE id NOT LIKE '%~%'")[0][0])
        have = int(db.execute("SELECT COUNT(*) FROM events")[0][0])
        k = have // base
        while have < n_events:
            with db.transaction():
                for table, id_cols in _ID_COLUMNS.items():
                    cols = [r[0] for r in db.execute(
                        "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                        "ORDER BY ordinal_position", [table])]
                    exprs = [f"{c} || '~{k}'" if c in id_cols else c for c in cols]
                    key = "id" if table in ("documents", "stories", "events") else \
                        ("event_id" if "event_id" in cols else "doc_id")
                    db.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(exprs)} FROM {table} "
                               f"WHERE {key} NOT LIKE '%~%'")
            have = int(db.execute("SELECT COUNT(*) FROM events")[0][0])
            print(f"store: replica {k}: {have:,} events", file=sys.stderr)
            k += 1
    print(f"store: {have:,} events ({base:,} written through Store.write, the rest replicas) "
          f"in {time.perf_counter() - t0:.0f} s of replication", file=sys.stderr)


def start_server(db: str, port: int, workers: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "dateline", "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"dateline serve exited {proc.returncode}: {proc.stderr.read()[-2000:]}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/health")
            resp = conn.getresponse()
            body = resp.read()
            # The in-memory /events pages are built in the background after start-up: measure
            # once they are ready (or the server said it does not build them), not the build.
            if resp.status == 200 and b'"memory_pages":"building"' not in body:
                return proc
            time.sleep(0.5)
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("dateline serve was not ready within 300 s")


def _ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


_RAND = re.compile(r"\{rand:(\d+):(\d+)\}")


def _lua_for(url: str) -> str | None:
    """A wrk script that fills each ``{rand:a:b}`` of the URL with a new random number per request."""
    parts = urllib.parse.urlsplit(url)
    target = urllib.parse.unquote(parts.path + ("?" + parts.query if parts.query else ""))
    if not _RAND.search(target):
        return None
    pieces, last = [], 0
    for m in _RAND.finditer(target):
        pieces.append(repr(target[last:m.start()]).replace("'", '"'))
        pieces.append(f"math.random({m[1]}, {m[2]})")
        last = m.end()
    pieces.append(repr(target[last:]).replace("'", '"'))
    return ("math.randomseed(os.time())\nrequest = function()\n  return wrk.format(\"GET\", "
            + " .. ".join(pieces) + ")\nend\n")


def run_wrk(url: str, connections: int, seconds: int, threads: int) -> dict:
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency"]
    lua = _lua_for(url)
    script = None
    if lua:
        import tempfile

        script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
        script.write(lua)
        script.close()
        cmd += ["-s", script.name]
    try:
        out = subprocess.run(cmd + [url.split("?")[0] if lua else url], capture_output=True, text=True,
                             timeout=seconds + 60).stdout
    finally:
        if script:
            os.unlink(script.name)
    lat = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.M))

    def parse(v: str) -> float:
        m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", v)
        return _ms(m[1], m[2]) if m else float("nan")

    reqs = re.search(r"(\d+) requests in", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    return {"requests": int(reqs[1]) if reqs else 0, "rps": float(rps[1]) if rps else 0.0,
            "p50": parse(lat.get("50", "nan")), "p99": parse(lat.get("99", "nan")),
            "non2xx": int(non2xx[1]) if non2xx else 0,
            "socket_errors": sum(int(x) for x in errors.groups()) if errors else 0}


def run_python(url: str, connections: int, seconds: int) -> dict:
    """Bounded fallback load generator: ``connections`` threads, keep-alive, for ``seconds``."""
    parts = urllib.parse.urlsplit(url)
    target = parts.path + ("?" + parts.query if parts.query else "")
    stop = time.monotonic() + seconds
    lat: list[float] = []
    bad = [0, 0]
    lock = threading.Lock()

    def worker() -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        mine, nb, errs = [], 0, 0
        while time.monotonic() < stop:
            t0 = time.perf_counter()
            try:
                conn.request("GET", target)
                resp = conn.getresponse()
                resp.read()
                if not 200 <= resp.status < 400:
                    nb += 1
            except OSError:
                errs += 1
                conn.close()
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
                continue
            mine.append((time.perf_counter() - t0) * 1000)
        with lock:
            lat.extend(mine)
            bad[0] += nb
            bad[1] += errs

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 30)
    elapsed = time.perf_counter() - t0
    lat.sort()
    pick = (lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]) if lat else (lambda q: float("nan"))
    return {"requests": len(lat), "rps": len(lat) / elapsed, "p50": pick(0.50), "p99": pick(0.99),
            "non2xx": bad[0], "socket_errors": bad[1]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="/tmp/dateline-load-1m.duckdb", help="DuckDB file or postgresql:// URL")
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--base-events", type=int, default=54_000,
                    help="events written through Store.write before replication (default 54,000)")
    ap.add_argument("--connections", type=int, default=50)
    ap.add_argument("--seconds", type=int, default=10, help="per scenario")
    ap.add_argument("--threads", type=int, default=2, help="wrk threads")
    ap.add_argument("--python", action="store_true", help="use the Python load generator even if wrk exists")
    ap.add_argument("--only", help="run only scenarios whose label contains this text")
    args = ap.parse_args()

    build_store(args.db, args.events, args.base_events)
    from dateline.store import open_store

    with open_store(args.db) as st:
        n_events = st.stats()["events"]
    port = _free_port()
    use_wrk = shutil.which("wrk") is not None and not args.python
    server = start_server(args.db, port, 1)
    results = []
    load0 = os.getloadavg()
    try:
        for label, path, params in SCENARIOS:
            if args.only and args.only not in label:
                continue
            url = f"http://127.0.0.1:{port}{path}" + ("?" + urllib.parse.urlencode(params, safe="{}:") if params else "")
            concrete = _RAND.sub(lambda m: m[1], urllib.parse.unquote(url))  # the warm-up asks the lowest value
            for _ in range(3):  # warm-up, and check it answers 200 (a 503 under load: try again)
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                conn.request("GET", concrete[len(f"http://127.0.0.1:{port}"):])
                resp = conn.getresponse()
                resp.read()
                if resp.status == 200:
                    break
            else:
                print(f"{label}: warm-up answered HTTP {resp.status}", flush=True)
            r = run_wrk(url, args.connections, args.seconds, args.threads) if use_wrk else \
                run_python(concrete, args.connections, args.seconds)
            results.append((label, r))
            print(f"{label:42} {r['rps']:8.1f} req/s  p50 {r['p50']:7.1f} ms  p99 {r['p99']:7.1f} ms  "
                  f"non-2xx {r['non2xx']}  socket errors {r['socket_errors']}  "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
    ev = [r for label, r in results if label.startswith("events")]
    agg = [r for label, r in results if label.startswith(("aggregates", "dyads", "actors"))]
    unc = [r for label, r in results if label.startswith("uncached")]
    print(f"\ntool: {'wrk' if use_wrk else 'python threads'}, {args.connections} connections, {args.seconds} s per "
          f"scenario, loopback; {n_events:,} events in {args.db if not args.db.startswith('postgres') else 'PostgreSQL'}")
    if ev:
        print(f"/events: worst p99 {max(r['p99'] for r in ev):.1f} ms, worst p50 {max(r['p50'] for r in ev):.1f} ms, "
              f"mean throughput {sum(r['rps'] for r in ev) / len(ev):.1f} req/s "
              f"-> target p99 <= 200 ms {'MET' if max(r['p99'] for r in ev) <= 200 else 'NOT MET'}")
    if agg:
        print(f"aggregates: worst p99 {max(r['p99'] for r in agg):.1f} ms, worst p50 {max(r['p50'] for r in agg):.1f} ms, "
              f"mean throughput {sum(r['rps'] for r in agg) / len(agg):.1f} req/s")
    if unc:
        print(f"uncached (every request different): worst p99 {max(r['p99'] for r in unc):.1f} ms, worst p50 "
              f"{max(r['p50'] for r in unc):.1f} ms, mean throughput {sum(r['rps'] for r in unc) / len(unc):.1f} req/s")
    print(f"non-2xx responses: {sum(r['non2xx'] for _, r in results)}; load average before/after "
          f"{load0[0]:.1f}/{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
