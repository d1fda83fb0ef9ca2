"""CSV/TSV and Parquet tables: one article per row, with a column mapping.

Columns are found by name: a column called ``text`` (``id``, ``date``, ``title``, ``url``,
``source``, ``lang``) feeds that field, and ``--columns`` maps others, e.g.
``--columns id=doc_id,text=body,date=published``.  Only ``text`` is required: without an id
column a row's id is ``<file>:<line>`` (CSV) or ``<file>:<row>`` (Parquet); without a date
column rows take ``--date`` (else they are undated).

Both are streamed: CSV row by row with the ``csv`` module, Parquet in record batches
(``pyarrow`` ``iter_batches``, only the mapped columns), so a table of any length is read in
constant memory.  A bad row (no text, impossible date, wrong number of fields, invalid UTF-8)
is reported with the file and line (CSV) or row number (Parquet) and the other rows go on.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections.abc import Iterator
from pathlib import Path

from dateline.ingest.records import MAX_ARTICLE_CHARS, Item, build_article
from dateline.model import InputProblem, Origin

FIELDS = ("id", "text", "date", "title", "url", "source", "lang")
CSV_SUFFIXES = (".csv", ".csv.gz", ".tsv", ".tsv.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")
PARQUET_BATCH_ROWS = 256
_SURROGATE = re.compile("[\udc80-\udcff]")

ColumnMap = dict[str, str]


class ColumnSpecError(ValueError):
    """A ``--columns`` value that cannot be used; the message says which part and why."""


def parse_columns(spec: str | None) -> ColumnMap:
    """``"id=doc_id,text=body"`` -> ``{"id": "doc_id", "text": "body"}`` (field -> column)."""
    mapping: ColumnMap = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        field, sep, column = part.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or not column:
            raise ColumnSpecError(f"--columns: expected FIELD=COLUMN, got {part.strip()!r}")
        if field not in FIELDS:
            raise ColumnSpecError(f"--columns: unknown field {field!r}; fields are {', '.join(FIELDS)}")
        mapping[field] = column
    return mapping


def resolve_columns(header: list[str], mapping: ColumnMap | None) -> dict[str, str] | str:
    """field -> column present in ``header``, or a message saying what is missing."""
    mapping = mapping or {}
    by_lower = {h.strip().lower(): h for h in header}
    resolved: dict[str, str] = {}
    for field in FIELDS:
        if field in mapping:
            if mapping[field] not in header:
                return (f"column {mapping[field]!r} (mapped to {field}) is not in the header; "
                        f"columns are: {', '.join(header)}")
            resolved[field] = mapping[field]
        elif field in header:
            resolved[field] = field
        elif field in by_lower:
            resolved[field] = by_lower[field]
    if "text" not in resolved:
        return ("no text column: name one with --columns text=COLUMN; "
                f"columns are: {', '.join(header)}")
    return resolved


def read_csv_file(path: Path, doc_id: str, default_date: str | None,
                  columns: ColumnMap | None = None) -> Iterator[Item]:
    name = str(path)
    delimiter = "\t" if ".tsv" in [s.lower() for s in path.suffixes] else ","
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    with opener(path, "rb") as raw:
        # surrogateescape: a row with invalid UTF-8 is reported on its own, and the rows after
        # it are still read (a strict decoder would stop the whole file).
        # A UTF-16 byte-order mark (spreadsheet exports) is honoured, as in the text readers.
        bom = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
        encoding = "utf-16" if bom in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
        fh = io.TextIOWrapper(raw, encoding=encoding, errors="surrogateescape", newline="")
        reader = csv.reader(fh, delimiter=delimiter, strict=True)
        _allow_long_fields()
        try:
            header = next(reader)
        except StopIteration:
            yield InputProblem(Origin(name), "empty file")
            return
        except csv.Error as exc:
            yield InputProblem(Origin(name, 1), f"malformed CSV header: {exc}")
            return
        resolved = resolve_columns(header, columns)
        if isinstance(resolved, str):
            yield InputProblem(Origin(name, 1), resolved)
            return
        index = {field: header.index(column) for field, column in resolved.items()}
        last_line = reader.line_num
        while True:
            line = last_line + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                last_line = reader.line_num
                yield InputProblem(Origin(name, line), f"malformed CSV row: {exc}")
                continue
            last_line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            origin = Origin(name, line)
            if len(row) != len(header):
                yield InputProblem(origin, f"expected {len(header)} fields, got {len(row)}")
                continue
            values = {field: row[i] for field, i in index.items()}
            if any(_SURROGATE.search(v) for v in values.values()):
                yield InputProblem(origin, "invalid UTF-8 in this row; convert the file to UTF-8")
                continue
            yield build_article(id=values["id"] if "id" in values else f"{doc_id}:{line}", text=values["text"],
                                date=values.get("date"), origin=origin, default_date=default_date,
                                title=values.get("title"), url=values.get("url"),
                                source=values.get("source"), lang=values.get("lang"))


def _allow_long_fields() -> None:
    # The csv default (128 KiB) would refuse long articles; one above the article limit lets
    # build_article report an over-long article by its own rule.
    if csv.field_size_limit() < MAX_ARTICLE_CHARS + 1:
        csv.field_size_limit(MAX_ARTICLE_CHARS + 1)


def read_parquet_file(path: Path, doc_id: str, default_date: str | None,
                      columns: ColumnMap | None = None) -> Iterator[Item]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    name = str(path)
    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        yield InputProblem(Origin(name), f"not a readable Parquet file: {exc}")
        return
    resolved = resolve_columns(pf.schema_arrow.names, columns)
    if isinstance(resolved, str):
        yield InputProblem(Origin(name), resolved)
        return
    wanted = list(dict.fromkeys(resolved.values()))
    row_no = 0
    try:
        for batch in pf.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=wanted):
            data = batch.to_pydict()
            for i in range(batch.num_rows):
                row_no += 1
                values = {field: data[column][i] for field, column in resolved.items()}
                yield build_article(id=values["id"] if "id" in values else f"{doc_id}:{row_no}",
                                    text=values["text"], date=values.get("date"),
                                    origin=Origin(f"{name}:row {row_no}"), default_date=default_date,
                                    title=values.get("title"), url=values.get("url"),
                                    source=values.get("source"), lang=values.get("lang"))
    except (pa.ArrowException, OSError) as exc:
        yield InputProblem(Origin(f"{name}:row {row_no + 1}"),
                           f"cannot read Parquet data ({exc}); the rest of this file is skipped")
