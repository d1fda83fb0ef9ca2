"""Dispatch for the crawl formats: HTML, RSS/Atom, WARC, CSV/TSV, Parquet.

``readers.py`` asks :func:`crawl_kind` what a file is and hands crawl files to
:func:`read_crawl_file`; each format lives in its own module, imported only when a file of
that kind is met (trafilatura, feedparser and warcio are the optional extra ``crawl``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from dateline.ingest.records import Item
from dateline.model import InputProblem, Origin

# Longest suffixes first: ".warc.gz" before ".gz" would matter if ".gz" were ever added.
_SUFFIX_KINDS = (
    (".warc.gz", "warc"), (".warc", "warc"),
    (".csv.gz", "csv"), (".tsv.gz", "csv"), (".csv", "csv"), (".tsv", "csv"),
    (".parquet", "parquet"), (".pq", "parquet"),
    (".html", "html"), (".htm", "html"), (".xhtml", "html"),
    (".rss", "feed"), (".atom", "feed"), (".xml", "feed"),
)
CRAWL_KINDS = frozenset(kind for _, kind in _SUFFIX_KINDS)


def crawl_kind(path: Path) -> str | None:
    name = path.name.lower()
    for suffix, kind in _SUFFIX_KINDS:
        if name.endswith(suffix):
            return kind
    return None


def column_option(spec: str | None) -> dict[str, str] | InputProblem | None:
    """The ``--columns`` mapping, parsed once per run (a bad spec is a problem, like a bad --date)."""
    if not spec:
        return None
    from dateline.ingest.tables import ColumnSpecError, parse_columns

    try:
        return parse_columns(spec)
    except ColumnSpecError as exc:
        return InputProblem(Origin("--columns"), str(exc))


def read_crawl_file(kind: str, path: Path, doc_id: str, default_date: str | None,
                    columns: dict[str, str] | None = None) -> Iterator[Item]:
    if kind == "html":
        from dateline.ingest.html import read_html_file

        yield from read_html_file(path, doc_id, default_date)
    elif kind == "feed":
        from dateline.ingest.feeds import read_feed_file

        yield from read_feed_file(path, doc_id, default_date)
    elif kind == "warc":
        from dateline.ingest.warc import read_warc_file

        yield from read_warc_file(path, default_date)
    elif kind == "csv":
        from dateline.ingest.tables import read_csv_file

        yield from read_csv_file(path, doc_id, default_date, columns)
    elif kind == "parquet":
        from dateline.ingest.tables import read_parquet_file

        yield from read_parquet_file(path, doc_id, default_date, columns)
    else:
        raise ValueError(f"not a crawl format: {kind!r}")
