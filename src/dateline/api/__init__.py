"""The HTTP API (FastAPI) over a dateline store; it also serves the web UI (``dateline.web``).

Public: :func:`create_app` (``create_app(db, *, write_token=None) -> FastAPI``) and :func:`run_serve`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(db: str, *, write_token: str | None = None, **options) -> "FastAPI":
    from dateline.api.app import create_app as _create_app

    return _create_app(db, write_token=write_token, **options)


def run_serve(db: str, host: str = "127.0.0.1", port: int = 8000, **options) -> int:
    """``dateline serve``: run the API and UI with uvicorn until interrupted; returns the exit status."""
    from dateline.api.serve import run_serve as _run_serve

    return _run_serve(db, host, port, **options)


__all__ = ["create_app", "run_serve"]
