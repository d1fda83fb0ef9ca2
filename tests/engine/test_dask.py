"""Dask engine: a LocalCluster of 2 worker processes gives exactly the local engine's output."""

from __future__ import annotations

import json

import pytest

from dateline.engine.local import code_batch
from dateline.model import DocResult
from dateline.output import flat_row

from .conftest import tiny_articles

pytestmark = pytest.mark.model


def _dump(results) -> list[str]:
    return [json.dumps(r.to_json(), sort_keys=True) if isinstance(r, DocResult) else str(r) for r in results]


def _write_jsonl(path, articles) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "date": a.date, "text": a.text}) + "\n")
        fh.write("{broken line\n")


@pytest.fixture(scope="module")
def scheduler():
    """A LocalCluster of 2 worker processes, used as an "existing cluster" by address, so the
    stream and the partition runs share workers (each loads the pipeline once)."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def test_stream_and_partitions_match_local_engine(shared_pipeline, scheduler, tmp_path):
    import pyarrow.parquet as pq

    from dateline.engine.dask import code_partitions, code_stream
    from dateline.ingest import read_path

    articles = tiny_articles()
    local = code_batch(articles)

    streamed = list(code_stream(iter(articles), workers=2, batch_size=2, scheduler=scheduler))
    assert _dump(streamed) == _dump(local)

    parts = [articles[:5], articles[5:]]
    for i, part in enumerate(parts):
        _write_jsonl(tmp_path / f"in{i}.jsonl", part)
    out = tmp_path / "out"
    results = code_partitions([str(tmp_path / "in0.jsonl"), str(tmp_path / "in1.jsonl")], out, scheduler=scheduler)
    assert [r.articles for r in results] == [5, 3]
    assert [len(r.problems) for r in results] == [1, 1]
    assert ":6: malformed JSON" in results[0].problems[0] and ":4: malformed JSON" in results[1].problems[0]
    for i, result in enumerate(results):
        # The local engine on the same file (ids and origins as the reader gives them).
        read = [a for a in read_path(str(tmp_path / f"in{i}.jsonl")) if not hasattr(a, "message")]
        expected_docs = code_batch(read)
        expected = [flat_row(d, e) for d in expected_docs for e in d.events]
        got = pq.read_table(out / "events" / f"part-{i:05d}.parquet").to_pylist()
        assert got == expected
        docs = pq.read_table(out / "documents" / f"part-{i:05d}.parquet").to_pylist()
        assert [d["doc_id"] for d in docs] == [d.id for d in expected_docs]
        assert result.events == len(expected)
    assert sum(r.events for r in results) >= 3

    again = code_partitions([str(tmp_path / "in0.jsonl"), str(tmp_path / "in1.jsonl")], out, scheduler=scheduler)
    assert [r.skipped for r in again] == [True, True]  # resumable: finished parts are not recoded
    assert [r.articles for r in again] == [5, 3]


def test_local_cluster_started_by_the_engine(shared_pipeline):
    """Without a scheduler address the engine starts (and stops) its own LocalCluster."""
    from dateline.engine.dask import code_stream

    articles = tiny_articles()[:3]
    assert _dump(code_stream(iter(articles), workers=1, batch_size=2)) == _dump(code_batch(articles))
