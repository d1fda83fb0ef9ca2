"""``dateline serve``: run the API and web UI with uvicorn.

The write token comes from configuration (the ``DATELINE_WRITE_TOKEN`` environment variable), never
from the command line, where other users of the machine could read it in the process list.
"""

from __future__ import annotations

import os
import sys

TOKEN_ENV = "DATELINE_WRITE_TOKEN"


def run_serve(db: str, host: str = "127.0.0.1", port: int = 8000, *, allow_writes: bool = False,
              query_timeout: float = 10.0, memory_pages_max_events: int = 3_000_000) -> int:
    """Serve until interrupted; returns the exit status (2 when the store cannot be opened).

    ``memory_pages_max_events``: the largest DuckDB store whose /events pages are kept in memory
    (about 0.7 GB per million events); 0 turns the in-memory pages off."""
    import uvicorn

    from dateline.api.app import create_app
    from dateline.store.errors import StoreError

    token = None
    if allow_writes:
        token = os.environ.get(TOKEN_ENV, "").strip()
        if len(token) < 16:
            print(f"dateline serve: --allow-writes needs a token of at least 16 characters in ${TOKEN_ENV}",
                  file=sys.stderr)
            return 2
    try:
        app = create_app(db, write_token=token, query_timeout=query_timeout,
                         memory_pages_max_events=memory_pages_max_events)
    except StoreError as exc:
        print(f"dateline serve: {exc}", file=sys.stderr)
        return 2
    mode = "read-write (DELETE /documents needs the token)" if token else "read-only"
    print(f"dateline serve: {db} ({mode}) at http://{host}:{port}/", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
    return 0
