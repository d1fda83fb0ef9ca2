"""Web UI responsiveness: time from navigation to the rendered view, in headless Chromium.

Serves a store (default: the 102,000-event store that ``bench/api_latency.py`` builds) on a
loopback port and opens each view three times in Debian's chromium (Playwright), timing until its
table rows, bars, edges or map points are in the page.  Prints the median per view.

    .venv/bin/python bench/api_latency.py      # builds .bench-out/api-bench.duckdb once
    .venv/bin/python bench/ui_render.py
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VIEWS = [
    ("#events", "#events-table tbody tr[data-id]"),
    ("#events?country=NER&quad=4", "#events-table tbody[data-query*='quad=4'] tr[data-id]"),
    ("#timeline?interval=day", "#dyad-chart svg circle"),
    ("#timeline?interval=week", "#dyad-chart svg circle"),
    ("#network", "#network-chart svg .net-edge"),
    ("#network?level=sector&edges=200", "#network-chart svg .net-edge"),
    ("#map", "#map-chart svg .map-point"),
]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", default=str(REPO / ".bench-out" / "api-bench.duckdb"))
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not Path("/usr/bin/chromium").exists():
        print("needs Debian chromium at /usr/bin/chromium (apt-get install chromium)", file=sys.stderr)
        return 2
    import uvicorn
    from playwright.sync_api import sync_playwright

    from dateline.api import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(args.db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}/"
    load0 = os.getloadavg()[0]
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            for view, selector in VIEWS:
                times = []
                for _ in range(args.runs):
                    page = browser.new_page(viewport={"width": 1400, "height": 900})
                    t0 = time.perf_counter()
                    page.goto(url + view)
                    page.wait_for_selector(selector, state="attached", timeout=60_000)
                    times.append((time.perf_counter() - t0) * 1000)
                    page.close()
                print(f"{view:36} median {sorted(times)[len(times) // 2]:6.0f} ms   runs: "
                      + ", ".join(f"{t:.0f}" for t in times), flush=True)
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    print(f"(new page each run: HTML, scripts, map data and API calls included; load average "
          f"{load0:.1f}/{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
