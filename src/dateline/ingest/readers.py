"""Readers for the input forms of ``dateline code`` (see docs/interfaces.md).

- dated text: first non-blank line ``date YYYY-MM-DD``; the article is everything after that
  line and the blank lines following it, unchanged;
- plain ``.txt``: the whole file, dated by ``--date`` (else undated, said so in the output);
- ``.jsonl`` / ``.jsonl.gz``: one ``{"id", "date", "text", ...}`` object per line;
- directories (recursive, sorted, so the order is stable) and ``-`` for standard input.
- crawl formats (HTML, RSS/Atom, WARC, CSV/TSV, Parquet with ``--columns``): ``crawl.py``.

Every reader is a generator: nothing is held beyond the current article, so memory stays flat
however large the input.  Problems are yielded as :class:`InputProblem` and reading goes on.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from dateline.ingest.crawl import CRAWL_KINDS, column_option, crawl_kind, read_crawl_file
from dateline.ingest.dates import BadDate, parse_article_date
from dateline.ingest.records import MAX_ARTICLE_CHARS, build_article
from dateline.model import Article, InputProblem, Origin

Item = Article | InputProblem

_DATE_LINE = re.compile(r"^\s*date\s+(\S+)\s*$", re.IGNORECASE)
TEXT_SUFFIXES = {".txt", ".text", ".story", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# A JSONL line holds one article plus its fields, JSON-escaped (up to 6 bytes per character).
MAX_LINE_BYTES = MAX_ARTICLE_CHARS * 6 + 100_000


def read_inputs(paths: Iterable[str], *, date: str | None = None, columns: str | None = None) -> Iterator[Item]:
    """Articles and problems from every path in turn (``columns``: CSV/Parquet mapping, see tables.py)."""
    for raw in paths:
        yield from read_path(raw, date=date, columns=columns)


def read_path(raw: str, *, date: str | None = None, columns: str | None = None) -> Iterator[Item]:
    column_map = column_option(columns)
    if isinstance(column_map, InputProblem):
        yield column_map
        return
    default_date: str | None = None
    if date is not None:
        try:
            default_date = parse_article_date(date)
        except BadDate as exc:
            yield InputProblem(Origin("--date"), str(exc))
            return
    if raw == "-":
        yield from _read_stream(sys.stdin.buffer, "<stdin>", "stdin", default_date)
        return
    path = Path(raw)
    if path.is_dir():
        for file in _walk(path):
            yield from _read_file(file, _doc_id(file, path), default_date, column_map)
    elif path.exists():
        yield from _read_file(path, _doc_id(path, None), default_date, column_map)
    else:
        yield InputProblem(Origin(raw), "no such file or directory")


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and _kind(Path(name)) is not None:
                yield Path(dirpath) / name


def _kind(path: Path) -> str | None:
    if kind := crawl_kind(path):
        return kind
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes[-2:] in ([".jsonl", ".gz"], [".ndjson", ".gz"]):
        return "jsonl.gz"
    suffix = suffixes[-1] if suffixes else ""
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def _doc_id(path: Path, root: Path | None) -> str:
    """Stable id from the file name (relative to the directory given, so ids are unique in it)."""
    rel = path.relative_to(root) if root is not None else Path(path.name)
    name = rel.as_posix()
    for suffix in (".jsonl.gz", ".ndjson.gz", ".jsonl", ".ndjson", ".txt", ".text", ".story"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def _read_file(path: Path, doc_id: str, default_date: str | None,
               columns: dict[str, str] | None = None) -> Iterator[Item]:
    kind = _kind(path) or "text"
    try:
        if kind in CRAWL_KINDS:
            yield from read_crawl_file(kind, path, doc_id, default_date, columns)
        elif kind == "jsonl.gz":
            with gzip.open(path, "rb") as fh:
                yield from _read_jsonl(fh, str(path))
        elif kind == "jsonl":
            with open(path, "rb") as fh:
                yield from _read_jsonl(fh, str(path))
        else:
            with open(path, "rb") as fh:
                data = fh.read(MAX_ARTICLE_CHARS * 4 + 1)
            yield from _read_text(data, str(path), doc_id, default_date)
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield InputProblem(Origin(str(path)), f"cannot read: {exc.strerror if isinstance(exc, OSError) and exc.strerror else exc}")


def _read_stream(stream: BinaryIO, name: str, doc_id: str, default_date: str | None) -> Iterator[Item]:
    """Standard input: JSONL if it starts with ``{``, else one dated/plain text article."""
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if head.lstrip().startswith(b"{"):
        yield from _read_jsonl(stream, name)
    else:
        yield from _read_text(stream.read(MAX_ARTICLE_CHARS * 4 + 1), name, doc_id, default_date)


def _decode(data: bytes, name: str) -> str | InputProblem:
    """UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured); else a problem naming the line."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return InputProblem(Origin(name), f"invalid UTF-16: {exc.reason}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return InputProblem(Origin(name, line),
                            f"invalid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                            "convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8")


def _looks_binary(text: str) -> bool:
    return "\x00" in text  # anywhere: PostgreSQL cannot store NUL, and text never holds one


def _read_text(data: bytes, name: str, doc_id: str, default_date: str | None) -> Iterator[Item]:
    # Checked on the bytes, before decoding: the prefix read of a huge file may end inside a
    # character, and a PNG or PDF is "binary", not "invalid UTF-8".
    if len(data) > MAX_ARTICLE_CHARS * 4:
        yield InputProblem(Origin(name), f"article longer than {MAX_ARTICLE_CHARS:,} characters; "
                                         "split it into articles (e.g. JSONL, one per line)")
        return
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in data[:4096]:
        yield InputProblem(Origin(name), "binary file (NUL bytes), not text")
        return
    decoded = _decode(data, name)
    if isinstance(decoded, InputProblem):
        yield decoded
        return
    if len(decoded) > MAX_ARTICLE_CHARS:
        yield InputProblem(Origin(name), f"article longer than {MAX_ARTICLE_CHARS:,} characters; "
                                         "split it into articles (e.g. JSONL, one per line)")
        return
    if _looks_binary(decoded):
        yield InputProblem(Origin(name), "binary file (NUL bytes), not text")
        return
    text = decoded.replace("\r\n", "\n").replace("\r", "\n") if "\r" in decoded else decoded
    date, body, header_line = _split_date_line(text)
    if header_line is not None:
        try:
            date = parse_article_date(date)
        except BadDate as exc:
            yield InputProblem(Origin(name, header_line), str(exc))
            return
    else:
        date = default_date
    if not body.strip():
        yield InputProblem(Origin(name), "empty article: no text after the date line"
                           if header_line is not None else "empty file")
        return
    yield Article(id=doc_id, text=body, date=date, origin=Origin(name))


def _split_date_line(text: str) -> tuple[str | None, str, int | None]:
    """(date string, article text, line number of the date line) for the dated text form.

    The header may be preceded by blank lines and carry surrounding spaces; the blank lines
    after it are dropped.  Without a header the whole text is the article.
    """
    pos = 0
    line_no = 1
    while True:
        end = text.find("\n", pos)
        line = text[pos:] if end == -1 else text[pos:end]
        if line.strip():
            break
        if end == -1:
            return None, text, None
        pos, line_no = end + 1, line_no + 1
    m = _DATE_LINE.match(line)
    if not m:
        return None, text, None
    body_start = len(text) if end == -1 else end + 1
    while body_start < len(text):
        nxt = text.find("\n", body_start)
        candidate = text[body_start:] if nxt == -1 else text[body_start:nxt]
        if candidate.strip() or nxt == -1:
            break
        body_start = nxt + 1
    return m[1], text[body_start:], line_no


def _read_jsonl(stream: BinaryIO | io.BufferedReader, name: str) -> Iterator[Item]:
    line_no = 0
    while True:
        try:
            # Bounded read: a runaway line (a dump without newlines) must not take all memory.
            raw = stream.readline(MAX_LINE_BYTES + 1)
            too_long = len(raw) > MAX_LINE_BYTES
            while too_long and raw and not raw.endswith(b"\n"):
                raw = stream.readline(MAX_LINE_BYTES)  # skip the rest of the line, chunk by chunk
        except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as exc:
            yield InputProblem(Origin(name, line_no + 1), f"cannot read: {exc}")
            return
        if not raw:
            return
        line_no += 1
        if too_long:
            yield InputProblem(Origin(name, line_no), f"line longer than {MAX_LINE_BYTES:,} bytes: article longer "
                                                      f"than {MAX_ARTICLE_CHARS:,} characters; not read")
            continue
        if not raw.strip():
            continue
        decoded = _decode(raw, name)
        if isinstance(decoded, InputProblem):
            yield InputProblem(Origin(name, line_no), decoded.message)
            continue
        yield _article_from_json(decoded, Origin(name, line_no))


def _article_from_json(line: str, origin: Origin) -> Item:
    """JSON-level checks here; the article-level rules (text, size, NUL, date) are the ones every
    reader shares, in :func:`dateline.ingest.records.build_article`."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputProblem(origin, f"malformed JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return InputProblem(origin, f"expected a JSON object, got {type(obj).__name__}")
    missing = [k for k in ("id", "text") if obj.get(k) in (None, "")]
    if missing:
        return InputProblem(origin, "missing required field(s): " + ", ".join(missing))
    if "date" not in obj:
        return InputProblem(origin, 'missing required field "date" (use null when unknown)')
    return build_article(id=obj["id"], text=obj["text"], date=obj["date"], origin=origin, title=obj.get("title"),
                         url=obj.get("url"), source=obj.get("source"), lang=obj.get("lang"))
