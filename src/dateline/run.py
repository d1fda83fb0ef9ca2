"""``dateline code``: read inputs, code them, write the chosen format, optionally store.

Bad inputs are printed to stderr as ``path:line: message`` as they are met and skipped; the
exit status is 1 at the end if any input was skipped.  With ``--db`` the results of each
batch are written in one transaction, so a run that is killed loses at most the batch in
flight and a rerun continues where it stopped (articles already coded by the same pipeline
version are skipped unless ``--force``).
"""

from __future__ import annotations

import sys
import time as _time
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from dateline.engine.local import default_workers
from dateline.ingest import read_inputs
from dateline.model import Article, DocResult, InputProblem
from dateline.output import Writer

STORE_BATCH = 64


@dataclass
class CodeOptions:
    paths: list[str]
    format: str | None = None  # None: from the --out suffix
    out: Path | None = None
    date: str | None = None
    db: str | None = None
    workers: int | None = None
    engine: str = "local"
    force: bool = False
    progress: bool | None = None
    columns: str | None = None  # CSV/Parquet column mapping, e.g. "id=doc_id,text=body"
    scheduler: str | None = None  # --engine dask: address of an existing scheduler


@dataclass
class RunSummary:
    articles: int = 0
    events: int = 0
    problems: int = 0
    skipped_already_coded: int = 0
    seconds: float = 0.0


def _report(problem: InputProblem, summary: RunSummary) -> None:
    summary.problems += 1
    print(str(problem), file=sys.stderr, flush=True)


def _articles(opts: CodeOptions, summary: RunSummary) -> Iterator[Article]:
    for item in read_inputs(opts.paths, date=opts.date, columns=opts.columns):
        if isinstance(item, InputProblem):
            _report(item, summary)
        else:
            yield item


def _skip_coded(articles: Iterator[Article], store, version: str, summary: RunSummary) -> Iterator[Article]:
    """Drop articles the store already holds for this pipeline version (resumable runs)."""
    while batch := list(islice(articles, 256)):
        done = store.coded_ids([a.id for a in batch], version)
        for article in batch:
            if article.id in done:
                summary.skipped_already_coded += 1
            else:
                yield article


def format_for(out: Path | None) -> str:
    """The output format implied by the output file's suffix (doc-jsonl for stdout)."""
    suffix = out.suffix.lower() if out else ""
    return {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}.get(suffix, "doc-jsonl")


def run_code(opts: CodeOptions) -> int:
    from dateline.pipeline import PIPELINE_VERSION

    if opts.engine == "dask":
        from dateline.engine.dask import is_partition_output, run_partitions

        if is_partition_output(opts.out, opts.format or "doc-jsonl"):
            return run_partitions(opts)
    summary = RunSummary()
    started = _time.perf_counter()
    fmt = opts.format or format_for(opts.out)
    writer = Writer(fmt, opts.out if opts.out else sys.stdout, coder=f"dateline {PIPELINE_VERSION}")
    store = None
    if opts.db:
        from dateline.store import open_store
        from dateline.store.errors import StoreError

        from dateline.store.handoff import SharedDuckDBStore, is_duckdb_file

        try:
            # A DuckDB file is opened per batch, so `dateline serve` on it keeps serving (store/handoff.py).
            store = SharedDuckDBStore(opts.db) if is_duckdb_file(opts.db) else open_store(opts.db)
        except StoreError as exc:  # e.g. a DuckDB file held by `dateline serve`: a message, not a traceback
            writer.close()
            hint = ("; DuckDB lets one process at a time open a file for writing and another program kept "
                    "it (see docs/reliability.md)") if "lock" in str(exc).lower() else ""
            print(f"dateline: {exc}{hint}", file=sys.stderr)
            return 2
    run_id = None
    if store is not None:
        run_id = store.start_run(PIPELINE_VERSION, {"paths": opts.paths, "format": fmt, "date": opts.date,
                                                     "force": opts.force, "engine": opts.engine})
    try:
        articles = _articles(opts, summary)
        if store is not None and not opts.force:
            articles = _skip_coded(articles, store, PIPELINE_VERSION, summary)
        results = _engine_stream(opts, articles)
        pending: list[DocResult] = []
        with _progress(opts, summary) as tick:
            for item in results:
                if isinstance(item, InputProblem):
                    _report(item, summary)
                    continue
                summary.articles += 1
                summary.events += len(item.events)
                writer.write(item)
                if store is not None:
                    pending.append(item)
                    if len(pending) >= STORE_BATCH:
                        store.write(pending, run_id=run_id)
                        pending = []
                tick()
            if store is not None and pending:
                store.write(pending, run_id=run_id)
            if store is not None:
                store.finish_run(run_id)
    finally:
        writer.close()
        if store is not None:
            store.close()
    summary.seconds = _time.perf_counter() - started
    _print_summary(summary)
    return 1 if summary.problems else 0


def _engine_stream(opts: CodeOptions, articles: Iterator[Article]):
    workers = opts.workers if opts.workers is not None else default_workers()
    if opts.engine == "local":
        from dateline.engine.local import code_stream

        return code_stream(articles, workers=workers)
    if opts.engine == "dask":
        from dateline.engine.dask import code_stream as dask_stream

        return dask_stream(articles, workers=workers, scheduler=opts.scheduler)
    raise SystemExit(f"dateline: unknown engine {opts.engine!r}; choose local or dask")


class _progress:
    """A rich progress line on stderr (articles/s, events, errors) when stderr is a terminal."""

    def __init__(self, opts: CodeOptions, summary: RunSummary) -> None:
        self.enabled = sys.stderr.isatty() if opts.progress is None else opts.progress
        self.summary = summary

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                             transient=False, console=None)
        self._bar.start()
        self._task = self._bar.add_task("starting", total=None)
        self._t0 = _time.perf_counter()

        def tick() -> None:
            s = self.summary
            rate = s.articles / max(_time.perf_counter() - self._t0, 1e-9)
            self._bar.update(self._task, description=(f"{s.articles:,} articles  {rate:,.1f}/s  "
                                                      f"{s.events:,} events  {s.problems:,} errors"))

        return tick

    def __exit__(self, *exc) -> None:
        if self.enabled:
            self._bar.stop()


def _print_summary(s: RunSummary) -> None:
    rate = s.articles / s.seconds if s.seconds else 0.0
    parts = [f"{s.articles:,} articles coded", f"{s.events:,} events", f"{s.problems:,} inputs skipped"]
    if s.skipped_already_coded:
        parts.append(f"{s.skipped_already_coded:,} already coded (use --force to recode)")
    print(f"dateline: {', '.join(parts)} in {s.seconds:.1f}s ({rate:.1f} articles/s)", file=sys.stderr)
