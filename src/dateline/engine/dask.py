"""Cluster engine on Dask (``dask.distributed``): the local engine's :func:`code_batch`, unchanged,
on a cluster's workers.

Two ways in:

- :func:`code_stream` - the ``dateline code --engine dask`` path: batches of the input stream go
  to the workers, results come back in input order (at most ``2 x workers`` batches in flight,
  so memory stays flat), and are written, stored and counted by the caller exactly as with the
  local engine.
- :func:`code_partitions` - for data that is already partitioned (one JSONL/Parquet/... file per
  partition, as a crawl or an export produces): each partition is read, coded and written *on a
  worker*, to one Parquet file of flat event rows (:func:`dateline.output.flat_row`, the same
  columns and order as ``--format parquet``) plus one of document rows.  Only the small
  per-partition summaries travel back, so the client is never the bottleneck.

The cluster is a ``LocalCluster`` of ``workers`` processes (one thread each: spaCy is
CPU-bound and the GIL would serialise threads), or an existing scheduler given by
``scheduler=`` / ``--scheduler`` / the ``DATELINE_DASK_SCHEDULER`` environment variable
(``tcp://host:8786``).  Workers of an existing cluster need dateline installed (same version)
and must see the input and output paths (shared filesystem).  See docs/scale.md.
"""

from __future__ import annotations

import json
import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from dateline.engine.local import CodedItem, _batches, code_batch, default_workers
from dateline.model import Article, DocResult, InputProblem, Origin

SCHEDULER_ENV = "DATELINE_DASK_SCHEDULER"
PARTITION_BATCH = 16
_PARQUET_ROWS = 2_000  # event rows buffered per partition before a row group is written
MANIFEST = "_partitions.json"


def scheduler_address(scheduler: str | None = None) -> str | None:
    return scheduler or os.environ.get(SCHEDULER_ENV) or None


@contextmanager
def dask_client(workers: int = 2, scheduler: str | None = None):
    """A client of the given scheduler, else of a LocalCluster with ``workers`` processes."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # the optional extra "cluster"
        raise RuntimeError("--engine dask needs dask.distributed: pip install 'dateline[cluster]'") from exc
    address = scheduler_address(scheduler)
    if address:
        client = Client(address)
        try:
            yield client
        finally:
            client.close()
        return
    # No dashboard: it needs bokeh and opens a port; workers are processes with one thread each.
    cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=logging.ERROR)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def _worker_count(client, fallback: int) -> int:
    try:
        return max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
    except (KeyError, TypeError, OSError):
        return max(1, fallback)


def _lost_batch(batch: list[Article], exc: BaseException) -> list[CodedItem]:
    """A batch whose worker died (after Dask's retries): every article named, the run goes on."""
    return [InputProblem(a.origin or Origin(a.id), f"not coded: the Dask worker failed ({type(exc).__name__}: {exc})")
            for a in batch]


def code_stream(articles: Iterable[Article], *, workers: int = 2, batch_size: int = 16,
                scheduler: str | None = None) -> Iterator[CodedItem]:
    """Results in input order, computed by :func:`code_batch` on the cluster's workers."""
    with dask_client(workers, scheduler) as client:
        in_flight = 2 * _worker_count(client, workers)
        pending: deque = deque()

        def drain_one():
            batch, future = pending.popleft()
            try:
                results = future.result()
            except Exception as exc:  # noqa: BLE001 - KilledWorker, CommClosedError, ...: reported per article
                results = _lost_batch(batch, exc)
            future.release()
            return results

        for batch in _batches(articles, batch_size):
            # pure=False: no hashing of the articles to build a key; every batch is new work.
            pending.append((batch, client.submit(code_batch, batch, pure=False)))
            if len(pending) >= in_flight:
                yield from drain_one()
        while pending:
            yield from drain_one()


# --- partitions ---------------------------------------------------------------------------

@dataclass
class PartitionResult:
    input: str
    output: str
    documents_output: str
    articles: int = 0
    events: int = 0
    problems: list[str] = field(default_factory=list)
    skipped: bool = False  # already coded by this pipeline version (rerun without --force)


def partition_inputs(paths: Iterable[str]) -> list[str]:
    """Every input file is a partition; directories give their readable files, sorted."""
    from dateline.ingest.readers import _kind  # the reader's own notion of a readable file

    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                out.extend(str(Path(dirpath) / n) for n in sorted(filenames)
                           if not n.startswith(".") and _kind(Path(n)) is not None)
        else:
            out.append(raw)
    return out


def document_row(doc: DocResult) -> dict:
    return {"doc_id": doc.id, "article_date": doc.date, "title": doc.title, "url": doc.url, "source": doc.source,
            "focus_country": doc.focus_country, "n_sentences": len(doc.sentences), "n_events": len(doc.events),
            "warnings": "|".join(doc.warnings), "pipeline_version": doc.pipeline_version}


def _document_schema():
    import pyarrow as pa

    ints = {"n_sentences", "n_events"}
    return pa.schema([(c, pa.int64() if c in ints else pa.string())
                      for c in ("doc_id", "article_date", "title", "url", "source", "focus_country",
                                "n_sentences", "n_events", "warnings", "pipeline_version")])


def _version() -> str:
    from dateline.pipeline import PIPELINE_VERSION

    return PIPELINE_VERSION


def _already_done(path: Path, version: str) -> bool:
    import pyarrow.parquet as pq

    if not path.exists():
        return False
    try:
        meta = pq.read_schema(path).metadata or {}
    except OSError:
        return False
    return meta.get(b"dateline.pipeline_version", b"").decode() == version


def code_partition(input_path: str, output: str, documents_output: str, *, date: str | None = None,
                   columns: str | None = None, batch_size: int = PARTITION_BATCH,
                   force: bool = False) -> PartitionResult:
    """Read, code and write one partition (runs on a worker; also callable in-process).

    Files are written under a temporary name and renamed when complete, so a killed run
    leaves no half partition, and a rerun skips partitions this pipeline version finished.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from dateline.ingest import read_path
    from dateline.output import flat_row, parquet_schema

    result = PartitionResult(input_path, output, documents_output)
    version = _version()
    out, docs_out = Path(output), Path(documents_output)
    if not force and _already_done(out, version) and _already_done(docs_out, version):
        result.skipped = True
        result.articles = pq.ParquetFile(docs_out).metadata.num_rows
        result.events = pq.ParquetFile(out).metadata.num_rows
        return result
    out.parent.mkdir(parents=True, exist_ok=True)
    docs_out.parent.mkdir(parents=True, exist_ok=True)
    meta = {"dateline.pipeline_version": version, "dateline.input": input_path}
    event_schema = parquet_schema().with_metadata(meta)
    doc_schema = _document_schema().with_metadata(meta)
    tmp, docs_tmp = out.with_name(out.name + ".tmp"), docs_out.with_name(docs_out.name + ".tmp")
    rows: list[dict] = []
    doc_rows: list[dict] = []
    with pq.ParquetWriter(str(tmp), event_schema) as events_w, pq.ParquetWriter(str(docs_tmp), doc_schema) as docs_w:
        def flush(final: bool = False) -> None:
            nonlocal rows, doc_rows
            if rows and (final or len(rows) >= _PARQUET_ROWS):
                events_w.write_table(pa.Table.from_pylist(rows, schema=event_schema))
                rows = []
            if doc_rows and (final or len(doc_rows) >= _PARQUET_ROWS):
                docs_w.write_table(pa.Table.from_pylist(doc_rows, schema=doc_schema))
                doc_rows = []

        def code(batch: list[Article]) -> None:
            for item in code_batch(batch):
                if isinstance(item, InputProblem):
                    result.problems.append(str(item))
                    continue
                result.articles += 1
                result.events += len(item.events)
                rows.extend(flat_row(item, event) for event in item.events)
                doc_rows.append(document_row(item))
            flush()

        batch: list[Article] = []
        for item in read_path(input_path, date=date, columns=columns):
            if isinstance(item, InputProblem):
                result.problems.append(str(item))
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                code(batch)
                batch = []
        if batch:
            code(batch)
        flush(final=True)
    os.replace(tmp, out)
    os.replace(docs_tmp, docs_out)
    return result


def code_partitions(input_paths: Iterable[str], output_dir: str | Path, *, scheduler: str | None = None,
                    workers: int = 2, date: str | None = None, columns: str | None = None,
                    force: bool = False, batch_size: int = PARTITION_BATCH) -> list[PartitionResult]:
    """Code every partition on the cluster; ``output_dir/events/part-NNNNN.parquet`` and
    ``output_dir/documents/part-NNNNN.parquet`` per input partition, in input order, and a
    manifest ``_partitions.json`` saying which input each part came from."""
    inputs = partition_inputs(input_paths)
    root = Path(output_dir)
    root.mkdir(parents=True, exist_ok=True)
    root = root.resolve()  # workers may run elsewhere: give them absolute paths
    jobs = [(str(Path(p).resolve()) if Path(p).exists() else p,
             str(root / "events" / f"part-{i:05d}.parquet"), str(root / "documents" / f"part-{i:05d}.parquet"))
            for i, p in enumerate(inputs)]
    results: list[PartitionResult] = []
    if jobs:
        with dask_client(min(workers, len(jobs)), scheduler) as client:
            futures = [client.submit(code_partition, src, out, docs, date=date, columns=columns, force=force,
                                     batch_size=batch_size, pure=False) for src, out, docs in jobs]
            for (src, out, docs), future in zip(jobs, futures):
                try:
                    results.append(future.result())
                except Exception as exc:  # noqa: BLE001 - the partition is named, the others go on
                    results.append(PartitionResult(src, out, docs, problems=[
                        f"{src}: partition not coded: {type(exc).__name__}: {exc}"]))
    (root / MANIFEST).write_text(json.dumps([asdict(r) | {"problems": len(r.problems)} for r in results],
                                            indent=1) + "\n", encoding="utf-8")
    return results


def is_partition_output(out: Path | None, format: str) -> bool:
    """``--engine dask --format parquet --out DIR`` (a directory, or a path without a suffix)
    selects the partition mode; ``--out FILE.parquet`` keeps the streaming mode."""
    return format == "parquet" and out is not None and (out.is_dir() or out.suffix == "")


def run_partitions(opts) -> int:
    """``dateline code`` in partition mode: problems on stderr, a summary, exit status 1 if any."""
    import sys
    import time

    if opts.db:
        print("dateline: --db is not used with partitioned Parquet output; load the parts with "
              "`dateline code` without --out DIR, or query them with DuckDB", file=sys.stderr)
        return 2
    started = time.perf_counter()
    results = code_partitions(opts.paths, opts.out, scheduler=opts.scheduler, workers=opts.workers or default_workers(),
                              date=opts.date, columns=opts.columns, force=opts.force)
    problems = 0
    for r in results:
        for message in r.problems:
            print(message, file=sys.stderr)
        problems += len(r.problems)
    seconds = time.perf_counter() - started
    articles = sum(r.articles for r in results)
    skipped = sum(r.skipped for r in results)
    print(f"dateline: {len(results)} partitions ({skipped} already coded), {articles:,} articles, "
          f"{sum(r.events for r in results):,} events, {problems:,} inputs skipped in {seconds:.1f}s "
          f"-> {opts.out}", file=sys.stderr)
    return 1 if problems else 0
