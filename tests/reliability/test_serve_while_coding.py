"""The API keeps serving a DuckDB store while a ``dateline code --db`` run writes to it.

DuckDB lets one process write a file or many read it, never both; dateline takes turns
(``dateline.store.handoff``): the run opens the file per batch, the server lets go while it writes.
Here a real server (uvicorn, loopback) answers requests throughout a real coding run in another
process: every answer is 200 or a 503 "retry shortly" (never a 500), most are 200, the counts
seen by the API grow while the run goes on, and the run stores everything.
"""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
import pytest

from crash_harness import write_articles


def _serve(app) -> tuple[str, object]:
    from live_server import LiveServer

    live = LiveServer(app)
    return live.url, live.server


@pytest.mark.model
def test_api_serves_while_a_coding_run_writes(tmp_path):
    from dateline.api import create_app
    from dateline.api.synthetic import make_documents
    from dateline.store import open_store

    db = str(tmp_path / "shared.duckdb")
    with open_store(db) as store:
        store.write(make_documents(50, seed=21, prefix="base"))
    articles = write_articles(tmp_path / "new.jsonl", 150, seed=23)
    base, server = _serve(create_app(db, query_timeout=20.0))
    statuses: list[int] = []
    doc_counts: list[int] = []
    try:
        run = subprocess.Popen([sys.executable, "-m", "dateline", "code", str(tmp_path / "new.jsonl"), "--db", db,
                                "--format", "events-jsonl", "--workers", "1", "--no-progress"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        with httpx.Client(base_url=base, timeout=60) as client:
            while run.poll() is None:
                r = client.get("/events", params={"limit": 5, "country": "NER|USA"})
                statuses.append(r.status_code)
                h = client.get("/health")
                statuses.append(h.status_code)
                if h.status_code == 200:
                    doc_counts.append(h.json()["documents"])
                time.sleep(0.05)
            _, err = run.communicate(timeout=60)
            assert run.returncode == 0, err
            final = client.get("/health").json()
    finally:
        server.should_exit = True
    print(f"\nserve while coding: {len(statuses)} requests during the run: {statuses.count(200)} x 200, "
          f"{statuses.count(503)} x 503; documents seen via /health: {sorted(set(doc_counts))[:3]} ... "
          f"{sorted(set(doc_counts))[-1:]} ({len(set(doc_counts))} distinct counts)")
    assert set(statuses) <= {200, 503}, statuses
    assert statuses.count(200) >= 0.8 * len(statuses)
    assert len(set(doc_counts)) >= 2, "the API saw the store grow during the run"
    assert final["documents"] == 50 + len(articles)
