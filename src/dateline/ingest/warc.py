"""WARC archives (warcio): every successful HTML response becomes an article via ``html.py``.

Records are read one at a time from the (optionally gzipped) archive, so memory is bounded
by one page.  What is read:

- ``response`` records with HTTP status 2xx and an HTML content type (and ``resource``
  records holding HTML, as some crawlers write them); requests, metadata, revisits,
  redirects, images and scripts are not articles and are passed over silently;
- id and url: the record's ``WARC-Target-URI`` (the same page captured twice keeps its id,
  so a store replaces rather than duplicates it), else its ``WARC-Record-ID``;
- date: the page's own publication date; the capture date (``WARC-Date``) is NOT used - an
  archive may capture a years-old page, and dating its "on Saturday" by the crawl would be
  wrong - so a page without a date takes ``--date``, else stays undated.

Problems name the archive, the record number and its byte offset.  A corrupt record ends
the archive (the format has no way to find the next record), with a problem saying so.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from dateline.ingest.html import extract_article
from dateline.ingest.records import MAX_PAGE_BYTES, Item, require_extra
from dateline.model import InputProblem, Origin

WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc_file(path: Path, default_date: str | None) -> Iterator[Item]:
    warcio = require_extra("warcio", Origin(str(path)))
    if isinstance(warcio, InputProblem):
        yield warcio
        return
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with open(path, "rb") as fh:
        records = ArchiveIterator(fh)
        n = 0
        try:
            for record in records:
                n += 1
                page = _html_payload(record)
                if page is None:
                    continue
                # Only after the payload is read: asking for the offset consumes the record.
                origin = Origin(f"{path}:record {n} (offset {records.get_record_offset()})")
                if len(page) > MAX_PAGE_BYTES:
                    yield InputProblem(origin, f"HTML page larger than {MAX_PAGE_BYTES:,} bytes")
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                doc_id = uri or record.rec_headers.get_header("WARC-Record-ID") or f"{path.name}:{n}"
                yield extract_article(page, doc_id=doc_id, origin=origin, url=uri, default_date=default_date)
        except (ArchiveLoadFailed, ValueError, EOFError, OSError) as exc:
            yield InputProblem(Origin(f"{path}:record {n + 1}"),
                               f"not a readable WARC record ({type(exc).__name__}: {str(exc)[:120]}); "
                               "the rest of this archive is skipped")


def _html_payload(record) -> bytes | None:
    """The HTML body of an article-bearing record (at most one byte over the limit), None
    for records that are not pages."""
    if record.rec_type == "response":
        if record.http_headers is None:
            return None
        status = record.http_headers.get_statuscode() or ""
        ctype = record.http_headers.get_header("Content-Type") or ""
        if not status.startswith("2"):
            return None
    elif record.rec_type == "resource":
        ctype = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    if ctype.split(";")[0].strip().lower() not in _HTML_TYPES:
        return None
    stream = record.content_stream()
    body = bytearray()
    while len(body) <= MAX_PAGE_BYTES:  # the stream returns short reads (one chunk at a time)
        chunk = stream.read(1 << 16)
        if not chunk:
            break
        body += chunk
    return bytes(body)
