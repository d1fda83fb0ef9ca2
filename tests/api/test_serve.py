"""``dateline serve``: the real command, as a user runs it, on a loopback port."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from live_server import free_port

DATELINE = [sys.executable, "-m", "dateline.cli"] if not Path(sys.executable).with_name("dateline").exists() \
    else [str(Path(sys.executable).with_name("dateline"))]


def test_serve_refuses_a_missing_store(tmp_path):
    run = subprocess.run([*DATELINE, "serve", "--db", str(tmp_path / "none.duckdb")], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 2
    assert "no store at" in run.stderr and "Traceback" not in run.stderr


def test_serve_answers_on_loopback(tmp_path):
    from dateline.api.synthetic import make_documents
    from dateline.store import open_store

    db = tmp_path / "events.duckdb"
    with open_store(str(db)) as store:
        store.write(make_documents(5, seed=3))
    port = free_port()
    proc = subprocess.Popen([*DATELINE, "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        body = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                body = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).json()
                break
            except httpx.HTTPError:
                time.sleep(0.3)
        assert body is not None, proc.stderr.read() if proc.poll() is not None else "no answer in 60 s"
        assert body["ok"] is True and body["events"] == 15 and body["read_only"] is True
        assert httpx.delete(f"http://127.0.0.1:{port}/documents/syn-0000000").status_code == 403
        page = httpx.get(f"http://127.0.0.1:{port}/")
        assert page.status_code == 200 and "server" not in {k.lower() for k in page.headers}
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_allow_writes_needs_a_token_in_the_environment(tmp_path):
    from dateline.store import open_store

    db = tmp_path / "events.duckdb"
    open_store(str(db)).close()
    env = {k: v for k, v in os.environ.items() if k != "DATELINE_WRITE_TOKEN"}
    run = subprocess.run([*DATELINE, "serve", "--db", str(db), "--allow-writes"], capture_output=True, text=True,
                         timeout=60, env=env)
    assert run.returncode == 2 and "DATELINE_WRITE_TOKEN" in run.stderr
