"""Fixtures for the API tests: one store per backend, filled once per session with the founding
example (coded by hand) and synthetic articles, and an app client over it.

Every API test runs on DuckDB and, when ``DATELINE_TEST_PG_URL`` is set
(``export DATELINE_TEST_PG_URL="$(bash .ci/postgres.sh)"``), on PostgreSQL too; each PostgreSQL
session gets its own schema, dropped at the end.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

REPO = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("DATELINE_TEST_PG_URL")
BACKENDS = ["duckdb", pytest.param("postgresql", marks=[
    pytest.mark.db, pytest.mark.skipif(not PG_URL, reason="DATELINE_TEST_PG_URL not set")])]
N_SYNTHETIC = 200  # articles, 3 events each


def founding_text() -> str:
    """The founding example's article text: everything after the date line and the blank lines."""
    raw = (REPO / "samples" / "niger-2024-03-17.txt").read_text(encoding="utf-8")
    return raw.split("\n", 1)[1].lstrip("\n")


def fill(url: str) -> None:
    from dateline.api.synthetic import make_documents
    from handcoded import founding_example
    from dateline.store import open_store

    with open_store(url) as store:
        store.write([founding_example(founding_text()), *make_documents(N_SYNTHETIC, seed=11)])


def _pg_schema(request) -> str:
    import psycopg

    schema = f"dl_api_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute(f'CREATE SCHEMA "{schema}"')

    def drop() -> None:
        with psycopg.connect(PG_URL, autocommit=True) as con:
            con.execute(f'DROP SCHEMA "{schema}" CASCADE')

    request.addfinalizer(drop)
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture(scope="session", params=BACKENDS)
def api_store_url(request, tmp_path_factory) -> str:
    """A filled store (DuckDB file path or PostgreSQL URL), shared by the session's API tests."""
    if request.param == "duckdb":
        url = str(tmp_path_factory.mktemp("api") / "events.duckdb")
    else:
        url = _pg_schema(request)
    fill(url)
    return url


@pytest.fixture(scope="session")
def client(api_store_url):
    from fastapi.testclient import TestClient

    from dateline.api import create_app

    app = create_app(api_store_url)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
