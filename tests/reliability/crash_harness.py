"""Kill -9 a ``dateline code --db`` run at random points, rerun, and audit the store.

Shared by ``tests/reliability/test_crash_safety.py`` (a few cycles over a few hundred articles)
and ``bench/crash_resume.py`` (>= 20 cycles over 10,000 articles, both stores).

The articles are the API's synthetic news articles (``dateline.api.synthetic``): short, varied and
full of codable events, so every article stores events.  Each run is a real subprocess started in
its own session; the kill is ``SIGKILL`` to the whole process group (the run and its workers), at
a random moment: either after a random number of coded articles has appeared on stdout, or after
a random delay (which may fall while the model is still loading).  The last run is not killed.

The audit (``audit``) checks that the store holds every article exactly once and, for every
article, exactly the events, sentences, mentions and places of the version the runs printed - no
more (duplicates), no fewer (lost rows) - and that story counts match their members.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote


def write_articles(path: Path, n: int, seed: int = 7) -> list[dict]:
    """``n`` synthetic articles as JSONL (id, date, text); returns them."""
    from dateline.api.synthetic import make_documents

    rows = [{"id": d.id, "date": d.date, "text": d.text}
            for d in make_documents(n, seed=seed, prefix=f"crash{seed}")]
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    return rows


def pg_store_url(base: str, schema: str | None = None) -> tuple[str, str]:
    """(URL whose search_path is a fresh schema, schema name); drop it with :func:`drop_pg_schema`."""
    import psycopg

    schema = schema or f"dl_crash_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as con:
        con.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options={quote(f'-csearch_path={schema}')}", schema


def drop_pg_schema(base: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(base, autocommit=True) as con:
        con.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@dataclass
class Cycle:
    kind: str  # "after N articles" | "after T seconds" | "final"
    target: float
    seen: int  # articles printed by the run before it died
    killed: bool
    returncode: int | None
    seconds: float
    stored_after: int


@dataclass
class Report:
    articles: int
    cycles: list[Cycle] = field(default_factory=list)
    stored_documents: int = 0
    distinct_documents: int = 0
    missing: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    events: int = 0
    distinct_event_ids: int = 0
    duplicate_event_keys: int = 0
    orphan_rows: int = 0
    story_count_mismatches: int = 0
    sample_checked: int = 0
    sample_mismatches: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (self.stored_documents == self.distinct_documents == self.articles and not self.missing
                and not self.unexpected and self.events == self.distinct_event_ids
                and not self.duplicate_event_keys and not self.orphan_rows and not self.story_count_mismatches
                and not self.sample_mismatches)

    @property
    def lost_or_duplicated(self) -> int:
        return (len(self.missing) + (self.stored_documents - self.distinct_documents)
                + (self.events - self.distinct_event_ids) + self.duplicate_event_keys + len(self.sample_mismatches))


def _stored_count(url: str) -> int:
    from dateline.store import open_store

    with open_store(url) as store:
        return int(store.db.execute("SELECT COUNT(*) FROM documents")[0][0])


def _summary(line: bytes) -> tuple[str, tuple] | None:
    """(doc id, (event ids, sentences, mentions, places)) of one doc-jsonl line; None if cut short."""
    try:
        doc = json.loads(line)
    except ValueError:
        return None
    return doc["id"], (tuple(sorted(e["id"] for e in doc["events"])), len(doc["sentences"]), len(doc["mentions"]),
                       len(doc["places"]))


def _run_once(cmd: list[str], env: dict, *, stop_after: int | None, stop_at: float | None,
              timeout: float, printed: dict | None = None) -> tuple[int, bool, int | None, float]:
    """Start the run; SIGKILL its process group after ``stop_after`` articles or ``stop_at`` seconds.
    Returns (articles seen, killed, return code, seconds).  ``printed`` collects, per article, the
    summary of the last version a run printed: the version the store must hold (a run prints an
    article before its batch is stored; an article whose batch died is recoded and printed again by
    the next run; a stored one is skipped by later runs)."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                            start_new_session=True)
    seen = 0
    done = threading.Event()

    def reader() -> None:
        nonlocal seen
        for line in proc.stdout:  # one doc-jsonl line per coded article
            seen += 1
            if printed is not None and (item := _summary(line)) is not None:
                printed[item[0]] = item[1]
        done.set()

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    killed = False
    try:
        while not done.is_set():
            elapsed = time.monotonic() - started
            if ((stop_after is not None and seen >= stop_after) or (stop_at is not None and elapsed >= stop_at)
                    or elapsed >= timeout):
                os.killpg(proc.pid, signal.SIGKILL)
                killed = True
                break
            time.sleep(0.02)
    finally:
        if not killed and proc.poll() is None and done.wait(timeout) is False:
            os.killpg(proc.pid, signal.SIGKILL)
            killed = True
        proc.wait()
        t.join(5)
        if proc.stdout:
            proc.stdout.close()
    return seen, killed, proc.returncode, time.monotonic() - started


def run_cycles(jsonl: Path, url: str, n_articles: int, *, cycles: int, seed: int = 1, workers: int = 1,
               max_delay: float = 40.0, timeout: float = 3600.0, log=None,
               printed: dict | None = None) -> list[Cycle]:
    """``cycles`` killed runs, then one run to completion (which must exit 0)."""
    rng = random.Random(seed)
    cmd = [sys.executable, "-m", "dateline", "code", str(jsonl), "--db", url, "--format", "doc-jsonl",
           "--workers", str(workers), "--no-progress"]
    env = dict(os.environ)
    out: list[Cycle] = []
    stored = _stored_count(url)
    for i in range(cycles + 1):
        final = i == cycles
        remaining = max(1, n_articles - stored)
        if final:
            kind, target = "final", 0.0
            stop_after = stop_at = None
        elif rng.random() < 0.7:  # mostly by progress, so most kills land while batches are written
            kind, target = "after N articles", rng.randint(1, max(1, min(remaining, 3 * 64)))
            stop_after, stop_at = int(target), None
        else:  # by time: may fall in start-up, the skip of coded articles, or coding
            kind, target = "after T seconds", round(rng.uniform(0.5, max_delay), 2)
            stop_after, stop_at = None, target
        seen, killed, rc, secs = _run_once(cmd, env, stop_after=stop_after, stop_at=stop_at, timeout=timeout,
                                           printed=printed)
        stored = _stored_count(url)  # reopening also replays (or discards) what the kill left behind
        cycle = Cycle(kind, target, seen, killed, rc, round(secs, 1), stored)
        out.append(cycle)
        if log:
            log(f"cycle {i + 1}/{cycles + 1}: {kind} {target}: saw {seen}, "
                f"{'killed' if killed else f'exit {rc}'}, {secs:.1f}s, store holds {stored}/{n_articles}")
    return out


def _compare_recoded(db, chosen: list[dict], report: Report) -> None:
    from dateline.engine.local import code_batch
    from dateline.model import Article, DocResult

    coded = code_batch([Article(a["id"], a["text"], a["date"]) for a in chosen]) if chosen else []
    for a, doc in zip(chosen, coded):
        if not isinstance(doc, DocResult):
            report.sample_mismatches.append(f"{a['id']}: could not be re-coded: {doc}")
            continue
        want_events = Counter(e.id for e in doc.events)
        have_events = Counter(r[0] for r in db.execute("SELECT id FROM events WHERE doc_id = ?", [a["id"]]))
        n_sent = db.execute("SELECT COUNT(*) FROM sentences WHERE doc_id = ?", [a["id"]])[0][0]
        n_ment = db.execute("SELECT COUNT(*) FROM mentions WHERE doc_id = ?", [a["id"]])[0][0]
        if have_events != want_events:
            report.sample_mismatches.append(f"{a['id']}: events stored {dict(have_events)} != coded "
                                            f"{dict(want_events)}")
        if n_sent != len(doc.sentences) or n_ment != len(doc.mentions):
            report.sample_mismatches.append(f"{a['id']}: sentences {n_sent}/{len(doc.sentences)}, "
                                            f"mentions {n_ment}/{len(doc.mentions)}")


def audit(url: str, articles: list[dict], *, sample: int = 100, seed: int = 3,
          printed: dict | None = None) -> Report:
    """Check the store against the articles (see module docstring).  With ``printed`` (from
    :func:`run_cycles`) every article's stored events, sentences, mentions and places are compared
    with the version the runs printed; without it, a sample is re-coded in this process (which
    assumes the pipeline code has not changed since the runs)."""
    from dateline.store import open_store

    report = Report(articles=len(articles))
    expected = {a["id"] for a in articles}
    with open_store(url) as store:
        db = store.db
        ids = [r[0] for r in db.execute("SELECT id FROM documents")]
        report.stored_documents, report.distinct_documents = len(ids), len(set(ids))
        report.missing = sorted(expected - set(ids))
        report.unexpected = sorted(set(ids) - expected)
        report.events, report.distinct_event_ids = db.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM events")[0]
        report.duplicate_event_keys = int(db.execute(
            "SELECT COUNT(*) FROM (SELECT doc_id, type, sentence_start, trigger_start, actor_text, recipient_text, "
            "COUNT(*) AS n FROM events GROUP BY 1, 2, 3, 4, 5, 6 HAVING COUNT(*) > 1) AS d")[0][0])
        orphans = 0
        for table in ("event_participants", "event_mentions"):
            orphans += int(db.execute(f"SELECT COUNT(*) FROM {table} t WHERE NOT EXISTS "
                                      "(SELECT 1 FROM events e WHERE e.id = t.event_id)")[0][0])
        for table in ("events", "sentences", "mentions", "places"):
            orphans += int(db.execute(f"SELECT COUNT(*) FROM {table} t WHERE NOT EXISTS "
                                      "(SELECT 1 FROM documents d WHERE d.id = t.doc_id)")[0][0])
        report.orphan_rows = orphans
        report.story_count_mismatches = int(db.execute(
            "SELECT COUNT(*) FROM stories s LEFT JOIN (SELECT story_id, COUNT(*) AS n FROM events "
            "WHERE story_id IS NOT NULL GROUP BY story_id) m ON m.story_id = s.id "
            "WHERE COALESCE(m.n, 0) <> s.n_events")[0][0])

        if printed is not None:
            events: dict[str, list[str]] = {}
            for doc_id, event_id in db.execute("SELECT doc_id, id FROM events"):
                events.setdefault(doc_id, []).append(event_id)
            counts = {}
            for table in ("sentences", "mentions", "places"):
                counts[table] = dict(db.execute(f"SELECT doc_id, COUNT(*) FROM {table} GROUP BY doc_id"))
            for doc_id, (ev, n_sent, n_ment, n_plc) in printed.items():
                have = (tuple(sorted(events.get(doc_id, []))), counts["sentences"].get(doc_id, 0),
                        counts["mentions"].get(doc_id, 0), counts["places"].get(doc_id, 0))
                if have != (ev, n_sent, n_ment, n_plc):
                    report.sample_mismatches.append(f"{doc_id}: stored {have[1:]} {len(have[0])} events != printed "
                                                    f"{(n_sent, n_ment, n_plc)} {len(ev)} events")
            # An article whose line was still in the run's stdout buffer when it was killed (after its
            # batch was stored) was never printed: re-code those here.
            chosen = [a for a in articles if a["id"] not in printed]
            _compare_recoded(db, chosen, report)
            chosen = list(printed) + chosen
        else:
            chosen = random.Random(seed).sample(articles, min(sample, len(articles)))
            _compare_recoded(db, chosen, report)
        report.sample_checked = len(chosen)
    return report
