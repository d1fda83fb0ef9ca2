"""Throughput of ``dateline code`` against bare spaCy, on the same news articles, in one run.

    .venv/bin/python bench/throughput.py                # 480 articles, 1 and 2 workers
    .venv/bin/python bench/throughput.py --n 1200 --workers 1 2 --dask

One process tree: this script draws a fixed seeded mix of articles across the sources of
``../shared/data/news/`` (bench/news_sample.py), writes it to a temporary JSONL file, and runs
each measurement in a child process of its own (so one phase's memory does not count against
another's):

- ``spacy``: bare ``en_core_web_sm`` (all components) ``nlp.pipe`` over the texts, one process;
- ``dateline`` with N workers: the library path of ``dateline code`` - the JSONL reader, the
  local engine (``--workers N``), every stage, and the doc-jsonl writer (to /dev/null);
- ``dask`` (with ``--dask``): the same through ``--engine dask`` on a LocalCluster.

Printed per phase: articles/s and words/s (whitespace words, the same count for all), model
and pipeline load time (excluded from the steady rate, reported apart), wall time including
worker start-up, peak RSS of every worker process (sampled every 0.2 s with psutil), and then
the dateline/spaCy ratio, the 2-vs-1-worker scaling and the extrapolation to 250,000
articles.  The load average at start is printed: the machine may be shared.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import DEFAULT_SEED, NEWS_DIR, sample_articles, words, write_jsonl  # noqa: E402

GDELT_DAY = 250_000


class RssSampler:
    """Peak RSS per process of this process tree, sampled in a background thread."""

    def __init__(self, interval: float = 0.2) -> None:
        import psutil

        self._me = psutil.Process()
        self.interval = interval
        self.peak: dict[int, int] = {}
        self.cpu: dict[int, float] = {}  # last seen user+system CPU seconds per process
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self._me] + self._me.children(recursive=True)
            except psutil.Error:
                procs = [self._me]
            for proc in procs:
                try:
                    rss = proc.memory_info().rss
                    cpu = proc.cpu_times()
                except psutil.Error:
                    continue
                self.peak[proc.pid] = max(self.peak.get(proc.pid, 0), rss)
                self.cpu[proc.pid] = cpu.user + cpu.system
            self._stop.wait(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def workers_mb(self, min_mb: float = 150.0) -> list[float]:
        """Peak RSS of the processes that held a model (helpers like the forkserver are small)."""
        return sorted((round(v / 2**20, 1) for pid, v in self.peak.items()
                       if pid != self._me.pid and v / 2**20 >= min_mb), reverse=True)

    def cpu_seconds(self) -> float:
        """CPU time of the whole tree (as last sampled; a process is sampled up to its exit)."""
        return sum(self.cpu.values())

    def own_cpu_seconds(self) -> float:
        """CPU time of this (the parent) process, as last sampled."""
        return self.cpu.get(self._me.pid, 0.0)

    def self_mb(self) -> float:
        return round(self.peak.get(self._me.pid, 0) / 2**20, 1)


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def phase_spacy(input_path: Path) -> dict:
    import spacy

    from dateline.nlp.load import model_package

    texts = [json.loads(line)["text"] for line in open(input_path, encoding="utf-8")]
    with RssSampler() as rss:
        t0 = time.perf_counter()
        nlp = spacy.load(model_package())
        load = time.perf_counter() - t0
        t1, c1 = time.perf_counter(), _cpu()
        n = sum(1 for _ in nlp.pipe(texts))
        seconds, cpu = time.perf_counter() - t1, _cpu() - c1
    return {"phase": "spacy en_core_web_sm", "workers": 1, "articles": n, "words": sum(map(words, texts)),
            "load_s": load, "seconds": seconds, "wall_s": load + seconds, "steady_s": seconds,
            "steady_articles": n, "steady_words": sum(map(words, texts)), "events": None, "steady_cpu_s": cpu,
            "rss_mb": [rss.self_mb()], "components": nlp.pipe_names}


def phase_dateline(input_path: Path, workers: int, engine: str, batch_size: int) -> dict:
    from dateline.engine.local import _get_pipeline, code_stream
    from dateline.ingest import read_inputs
    from dateline.model import DocResult, InputProblem
    from dateline.output import Writer

    if engine == "dask":
        from dateline.engine.dask import code_stream as dask_stream

        def stream(items):
            return dask_stream(items, workers=workers, batch_size=batch_size)
    else:
        def stream(items):
            return code_stream(items, workers=workers, batch_size=batch_size)

    def articles():
        for item in read_inputs([str(input_path)]):
            if isinstance(item, InputProblem):
                problems.append(str(item))
            else:
                yield item

    problems: list[str] = []
    done_at: list[float] = []
    counts = {"articles": 0, "words": 0, "events": 0}
    with RssSampler() as rss, open(os.devnull, "w", encoding="utf-8") as sink:
        load = 0.0
        if workers == 1 and engine == "local":
            t0 = time.perf_counter()
            _get_pipeline()  # the in-process pipeline, loaded once and reused by code_stream
            load = time.perf_counter() - t0
        writer = Writer("doc-jsonl", sink, coder="dateline bench")
        # With worker processes, the steady window starts once the first wave of batches is
        # back (every worker has loaded its pipeline by then); in-process it is the whole run.
        first = batch_size * workers if (workers > 1 or engine == "dask") else 0
        cpu_marks: list[float] = []
        t1 = time.perf_counter()
        cpu_marks.append(rss.cpu_seconds() if first else _cpu())
        parent_marks = [rss.own_cpu_seconds()]
        per_article_words: list[int] = []
        for item in stream(articles()):
            if isinstance(item, DocResult):
                writer.write(item)
                counts["articles"] += 1
                per_article_words.append(words(item.text))
                counts["events"] += len(item.events)
            else:
                problems.append(str(item))
            done_at.append(time.perf_counter())
            if first and len(done_at) == first:
                cpu_marks[0] = rss.cpu_seconds()
                parent_marks[0] = rss.own_cpu_seconds()
        writer.close()
        seconds = time.perf_counter() - t1
        time.sleep(2 * rss.interval)  # let the sampler see the workers' final CPU time
        cpu_end = rss.cpu_seconds() if first else _cpu()
        parent_cpu = rss.own_cpu_seconds() - parent_marks[0]
    counts["words"] = sum(per_article_words)
    first = min(first, max(0, len(done_at) - 1))
    if first:
        steady_s = done_at[-1] - done_at[first - 1]
        steady_articles = len(done_at) - first
        steady_words = sum(per_article_words[first:])
    else:
        steady_s, steady_articles, steady_words = seconds, counts["articles"], counts["words"]
    workers_mb = rss.workers_mb() if (workers > 1 or engine == "dask") else [rss.self_mb()]
    return {"phase": f"dateline code ({engine})", "workers": workers, **counts, "load_s": load,
            "seconds": seconds, "wall_s": load + seconds, "steady_s": steady_s,
            "steady_articles": steady_articles, "steady_words": steady_words,
            "steady_cpu_s": cpu_end - cpu_marks[0], "parent_cpu_s": parent_cpu if first else None, "rss_mb": workers_mb, "problems": len(problems), "first_problems": problems[:3]}


def run_phase(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        raise SystemExit(f"phase {args} failed with status {out.returncode}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def rate(r: dict) -> tuple[float, float]:
    """Steady articles/s and words/s (wall clock)."""
    return r["steady_articles"] / r["steady_s"], r["steady_words"] / r["steady_s"]


def cpu_rate(r: dict) -> float:
    """Articles per CPU-second of the process tree: the figure a busy shared machine distorts least."""
    return r["steady_articles"] / max(r["steady_cpu_s"], 1e-9)


def report(results: list[dict], n: int, seed: int, load_at_start: float) -> None:
    print(f"\narticles: {n} (seeded mix across sources, seed {seed}); load average (1 min) at start "
          f"{load_at_start:.2f}, at the end {os.getloadavg()[0]:.2f}, on {os.cpu_count()} cores\n")
    head = (f"{'phase':28} {'wrk':>3} {'articles':>8} {'words':>9} {'load s':>7} {'wall s':>7} "
            f"{'art/s':>7} {'words/s':>8} {'art/cpu-s':>9} {'events':>7}  peak RSS per worker (MB)")
    print(head)
    print("-" * len(head))
    for r in results:
        a, w = rate(r)
        ev = "" if r.get("events") is None else r["events"]
        print(f"{r['phase']:28} {r['workers']:>3} {r['articles']:>8} {r['words']:>9} {r['load_s']:>7.1f} "
              f"{r['wall_s']:>7.1f} {a:>7.2f} {w:>8.0f} {cpu_rate(r):>9.2f} {ev!s:>7}  "
              f"{', '.join(map(str, r['rss_mb']))}")
    spacy = next(r for r in results if r["phase"].startswith("spacy"))
    local = {r["workers"]: r for r in results if r["phase"] == "dateline code (local)"}
    print()
    if 1 in local:
        ra, rw = rate(local[1])[0] / rate(spacy)[0], rate(local[1])[1] / rate(spacy)[1]
        print(f"dateline (1 worker) / bare spaCy: {ra:.2f}x articles/s, {rw:.2f}x words/s "
              f"(target >= 1.0x); per CPU-second: {cpu_rate(local[1]) / cpu_rate(spacy):.2f}x")
    if 1 in local and 2 in local:
        print(f"scaling 2 workers vs 1: {rate(local[2])[0] / rate(local[1])[0]:.2f}x wall-clock, "
              f"{cpu_rate(local[2]) / cpu_rate(local[1]):.2f}x per CPU-second")
    for r in results:
        if r.get("parent_cpu_s") is not None:
            print(f"{r['phase']} with {r['workers']} workers: the parent process (reading, handing out batches, "
                  f"writing) used {r['parent_cpu_s']:.1f} of {r['steady_cpu_s']:.1f} CPU-s "
                  f"({r['parent_cpu_s'] / max(r['steady_cpu_s'], 1e-9):.0%})")
    for workers, r in sorted(local.items()):
        a = rate(r)[0]
        hours = GDELT_DAY / a / 3600
        print(f"extrapolation, {workers} worker(s): {GDELT_DAY:,} articles in {hours:.1f} h "
              f"({a:.1f} articles/s measured; target >= 35/s, <= 2 h with 2 workers)")
    if local:
        best = max(cpu_rate(r) for r in local.values())
        cores = os.cpu_count() or 1
        print(f"extrapolation on an idle {cores}-core machine (CPU-bound, {best:.2f} articles per CPU-second "
              f"x {cores}): {GDELT_DAY / (best * cores) / 3600:.1f} h")
    problems = sum(r.get("problems", 0) for r in results)
    if problems:
        print(f"note: {problems} inputs reported as problems, e.g. "
              + "; ".join(p for r in results for p in r.get("first_problems", []))[:300])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=480, help="articles in the sample (default 480)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--dask", action="store_true", help="also run --engine dask with the largest worker count")
    ap.add_argument("--news-dir", type=Path, default=NEWS_DIR)
    ap.add_argument("--json", type=Path, help="also write the raw results here")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--engine", default="local", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase == "spacy":
        print(json.dumps(phase_spacy(args.input)))
        return
    if args.phase == "dateline":
        print(json.dumps(phase_dateline(args.input, args.workers[0], args.engine, args.batch_size)))
        return
    load_at_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        path = Path(tmp) / "sample.jsonl"
        write_jsonl(sample_articles(args.n, args.seed, args.news_dir), path)
        common = ["--input", str(path), "--batch-size", str(args.batch_size)]
        results = [run_phase(["--phase", "spacy", *common])]
        for w in args.workers:
            print(f"running dateline with {w} worker(s) ...", file=sys.stderr, flush=True)
            results.append(run_phase(["--phase", "dateline", "--workers", str(w), *common]))
        if args.dask:
            results.append(run_phase(["--phase", "dateline", "--engine", "dask", "--workers",
                                      str(max(args.workers)), *common]))
    report(results, args.n, args.seed, load_at_start)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
