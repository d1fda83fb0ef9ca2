"""schemathesis against the API's own OpenAPI schema, in process: no generated request may get a 500.

The app serves a DuckDB store filled with the founding example and synthetic articles, with a
write token configured so the writing endpoint is part of the schema too (requests without the
token must be refused, not crash).  Default run: a few examples per operation; ``--slow``: many.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
TOKEN = "reliability-test-token-0123456789"
EXAMPLES = int(os.environ.get("DATELINE_SCHEMATHESIS_EXAMPLES", "15"))


def _app(tmp: Path):
    from dateline.api import create_app
    from dateline.api.synthetic import make_documents
    from handcoded import founding_example
    from dateline.store import open_store

    url = str(tmp / "events.duckdb")
    text = (REPO / "samples" / "niger-2024-03-17.txt").read_text(encoding="utf-8").split("\n", 1)[1].lstrip("\n")
    with open_store(url) as store:
        store.write([founding_example(text), *make_documents(60, seed=3)])
    return create_app(url, write_token=TOKEN, query_timeout=5.0)


def _serve(app) -> str:
    """Run the app with uvicorn on a free loopback port; returns the base URL."""
    from live_server import LiveServer

    return LiveServer(app, start_timeout=10.0).url


_tmp = Path(tempfile.mkdtemp(prefix="dl-schemathesis-"))
_app_obj = _app(_tmp)
schema = schemathesis.openapi.from_dict(_app_obj.openapi())
# Both valid requests and requests that break the schema (wrong types, out-of-range values, NUL).
schema.config.generation.update(modes=list(schemathesis.GenerationMode), allow_x00=True)
_base: list[str] = []


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    if not _base:
        _base.append(_serve(_app_obj))
    case.call_and_validate(base_url=_base[0], checks=[not_a_server_error], timeout=30)
