"""What ``dateline query`` and ``dateline export`` do (``cli.py`` only parses options).

``run_query`` prints events (or an aggregate view) as a table, JSON or CSV; ``run_export`` writes
a whole filtered export.  Both return an exit status; library errors (bad filters, missing
store) are reported on stderr as one line each.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import IO, Any

from dateline.store.errors import FilterError, StoreError
from dateline.store.filters import EventFilter

VIEWS = ("events", "actors", "dyads", "timeline", "places", "stories")
OUTPUT_FORMATS = ("table", "json", "csv")
TABLE_COLUMNS = ["id", "date", "type", "mode", "quad", "score", "actor_country", "actor_name", "recipient_country",
                 "recipient_name", "location_name", "n_articles", "sentence"]


def _open(db: str):
    from dateline.store import open_store

    if not db.startswith(("postgresql://", "postgres://")) and not Path(db).exists():
        raise StoreError(f"{db}: no such store (create one with: dateline code ARTICLES --db {db})")
    return open_store(db, read_only=True)


def _rows_for(store, view: str, flt: EventFilter, limit: int, page: int, fields: str | None, sort: str,
              by: str, group: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    if view == "events":
        p = store.events(flt, limit=limit, page=page, fields=fields, sort=sort)
        return p.data, {k: v for k, v in p.to_json().items() if k != "data"}
    if view == "actors":
        p = store.actors(flt, limit=limit, page=page)
        return p.data, {k: v for k, v in p.to_json().items() if k != "data"}
    if view == "dyads":
        p = store.dyads(flt, limit=limit, page=page)
        return p.data, {k: v for k, v in p.to_json().items() if k != "data"}
    if view == "stories":
        p = store.stories(flt, limit=limit, page=page)
        return p.data, {k: v for k, v in p.to_json().items() if k != "data"}
    if view == "timeline":
        rows = store.aggregate(by=by, group=group, filters=flt)
        return rows, {"total": len(rows)}
    rows = store.places(flt, limit=limit)
    return rows, {"total": len(rows)}


def _print_table(rows: list[dict[str, Any]], info: dict[str, Any], view: str, out: IO[str],
                 fields: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=None if out.isatty() else 240)
    if not rows:
        console.print("no matching events")
        return
    # Events: a readable subset by default, exactly the asked fields with --fields.
    default = view == "events" and not fields
    columns = [c for c in (TABLE_COLUMNS if default else list(rows[0])) if c in rows[0]]
    table = Table(show_lines=False)
    for c in columns:
        table.add_column(c, overflow="ellipsis", no_wrap=c == "sentence", max_width=50 if c == "sentence" else None)
    for r in rows:
        table.add_row(*["" if r.get(c) is None else (f"{r[c]:.2f}" if isinstance(r[c], float) else str(r[c]))
                        for c in columns])
    console.print(table)
    if "pages" in info:
        console.print(f"{info['total']} matching; page {info['page']} of {max(info['pages'], 1)}")


def run_query(db: str, filters: dict[str, Any], *, view: str = "events", output: str = "table",
              limit: int = 20, page: int = 1, fields: str | None = None, sort: str = "-date",
              by: str = "day", group: str = "quad", out: Path | None = None) -> int:
    """Print matching events (or a view over them) to ``out`` or stdout.  Returns the exit status."""
    try:
        if view not in VIEWS:
            raise FilterError(f"unknown view {view!r}; valid: {', '.join(VIEWS)}")
        if output not in OUTPUT_FORMATS:
            raise FilterError(f"unknown output format {output!r}; valid: {', '.join(OUTPUT_FORMATS)}")
        flt = EventFilter.from_params(filters)
        with _open(db) as store:
            rows, info = _rows_for(store, view, flt, limit, page, fields, sort, by, group)
    except StoreError as exc:
        print(f"dateline query: {exc}", file=sys.stderr)
        return 2
    f = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        if output == "json":
            json.dump({"data": rows, **info}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        elif output == "csv":
            if rows:
                w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
                w.writeheader()
                w.writerows(rows)
        else:
            _print_table(rows, info, view, f, fields)
    finally:
        if out:
            f.close()
    return 0


def run_export(db: str, fmt: str, out: Path | None, filters: dict[str, Any], header: bool | None = None) -> int:
    """Write the filtered export; prints the number of events to stderr.  Returns the exit status."""
    from dateline.store.export import export

    try:
        flt = EventFilter.from_params(filters)
        flt.where()  # validate before creating the output file
        with _open(db) as store:
            n = export(store, fmt, str(out) if out else None, flt, header=header)
    except StoreError as exc:
        print(f"dateline export: {exc}", file=sys.stderr)
        return 2
    print(f"exported {n} events", file=sys.stderr)
    return 0
