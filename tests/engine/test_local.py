"""Local engine: input order kept and output identical whatever the number of workers."""

from __future__ import annotations

import json

import pytest

from dateline.engine.local import code_batch, code_stream
from dateline.model import DocResult

from .conftest import tiny_articles

pytestmark = pytest.mark.model


def _dump(results) -> list[str]:
    return [json.dumps(r.to_json(), sort_keys=True) if isinstance(r, DocResult) else str(r) for r in results]


def test_one_and_two_workers_give_identical_output_in_input_order(shared_pipeline):
    articles = tiny_articles()
    one = list(code_stream(iter(articles), workers=1, batch_size=2))
    two = list(code_stream(iter(articles), workers=2, batch_size=2))  # 4 batches over 2 processes
    assert [r.id for r in one] == [a.id for a in articles]
    assert _dump(two) == _dump(one)
    assert sum(len(r.events) for r in one) >= 3  # real coding happened, not empty shells


def test_batch_size_does_not_change_results(shared_pipeline):
    articles = tiny_articles()
    whole = code_batch(articles)
    pieces = [r for i in range(0, len(articles), 3) for r in code_batch(articles[i:i + 3])]
    assert _dump(pieces) == _dump(whole)
