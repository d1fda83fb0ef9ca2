"""The ``store`` fixture: every store test runs on DuckDB and, when ``DATELINE_TEST_PG_URL`` is set
(``export DATELINE_TEST_PG_URL="$(bash .ci/postgres.sh)"``), on PostgreSQL too.

Each PostgreSQL test gets its own schema (dropped afterwards) through the connection's
``search_path``, so tests never see each other's rows and may share one database.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# --import-mode=importlib does not put test folders on sys.path: make store_fixtures importable.
sys.path.insert(0, str(Path(__file__).parent))

from store_fixtures import BACKENDS, new_store_url  # noqa: E402


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


@pytest.fixture(scope="module", params=BACKENDS)
def filled(request, tmp_path_factory):
    """A store holding the founding example and one wire report, shared by a module's read-only tests."""
    from store_fixtures import niger_doc, wire_doc

    from dateline.store import open_store

    url = new_store_url(request.param, tmp_path_factory.mktemp("filled"), request)
    with open_store(url) as s:
        s.write([niger_doc()])
        s.write([wire_doc()])
        yield s
