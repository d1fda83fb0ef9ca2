"""The HTTP API (FastAPI) over a dateline store; it also serves the web UI (``dateline.web``).

Public: :func:`create_app` (``create_app(db, *, write_token=None) -> FastAPI``) and :func:`serve`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(db: str, *, write_token: str | None = None, **options) -> "FastAPI":
    from dateline.api.app import create_app as _create_app

    return _create_app(db, write_token=write_token, **options)


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, *, write_token: str | None = None) -> None:
    """Run the API and UI with uvicorn until interrupted (``dateline serve``)."""
    import uvicorn

    uvicorn.run(create_app(db, write_token=write_token), host=host, port=port, log_level="info",
                server_header=False)


__all__ = ["create_app", "serve"]
