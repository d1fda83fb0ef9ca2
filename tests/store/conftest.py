"""The ``store`` fixture: every store test runs on DuckDB and, when ``DATELINE_TEST_PG_URL`` is set
(``export DATELINE_TEST_PG_URL="$(bash .ci/postgres.sh)"``), on PostgreSQL too.

Each PostgreSQL test gets its own schema (dropped afterwards) through the connection's
``search_path``, so tests never see each other's rows and may share one database.
"""

from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest

PG_URL = os.environ.get("DATELINE_TEST_PG_URL")
BACKENDS = ["duckdb", pytest.param("postgresql", marks=[
    pytest.mark.db, pytest.mark.skipif(not PG_URL, reason="DATELINE_TEST_PG_URL not set")])]


def pg_schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options={quote(f'-csearch_path={schema}')}"


def new_store_url(backend: str, tmp_path, request, name: str = "events") -> str:
    """URL of a fresh, empty store; PostgreSQL schemas are dropped when the test ends."""
    if backend == "duckdb":
        return str(tmp_path / f"{name}.duckdb")
    import psycopg

    schema = f"dl_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute(f'CREATE SCHEMA "{schema}"')

    def drop() -> None:
        with psycopg.connect(PG_URL, autocommit=True) as con:
            con.execute(f'DROP SCHEMA "{schema}" CASCADE')

    request.addfinalizer(drop)
    return pg_schema_url(PG_URL, schema)


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def store_url(backend, tmp_path, request) -> str:
    return new_store_url(backend, tmp_path, request)


@pytest.fixture
def store(store_url):
    """An open, empty store on each backend."""
    from dateline.store import open_store

    with open_store(store_url) as s:
        yield s
