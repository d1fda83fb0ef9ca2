"""RSS and Atom feeds (feedparser): one article per item.

- text: the item's full content if it has any, else its summary (HTML converted to text);
- date: the item's own publication date (``published``, else ``updated``) - the day as the
  publisher wrote it, in the publisher's time zone (feedparser's parsed form is UTC, which
  would move an evening story to the next day); no date: ``--date``, else undated;
- id: the item's guid/id, else its link, else ``<file>:<n>``;
- problems (no text, unreadable or impossible date) name the file and the line where the
  item starts, and the other items are still read.  A feed that is malformed but partly
  readable gives its items plus one problem saying that items may be missing.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterator
from pathlib import Path

from dateline.ingest.html import fragment_text
from dateline.ingest.records import MAX_PAGE_BYTES, Item, build_article, require_extra
from dateline.model import InputProblem, Origin

FEED_SUFFIXES = (".rss", ".atom", ".xml")

# Start tags of items (RSS 0.9x/2.0/1.0) and entries (Atom), with or without a namespace prefix.
_ITEM_TAG = re.compile(rb"<(?:[A-Za-z][\w.-]*:)?(?:item|entry)[\s>/]")


def read_feed_file(path: Path, doc_id: str, default_date: str | None) -> Iterator[Item]:
    with open(path, "rb") as fh:
        data = fh.read(MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        yield InputProblem(Origin(str(path)), f"feed larger than {MAX_PAGE_BYTES:,} bytes")
        return
    yield from read_feed(data, str(path), doc_id, default_date)


def read_feed(data: bytes, name: str, doc_id: str, default_date: str | None) -> Iterator[Item]:
    feedparser = require_extra("feedparser", Origin(name))
    if isinstance(feedparser, InputProblem):
        yield feedparser
        return
    # Given bytes, feedparser reads them and fetches nothing.
    parsed = feedparser.parse(data, resolve_relative_uris=False)
    entries = parsed.entries
    broken = parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"),
                                                     feedparser.CharacterEncodingOverride)
    if not entries:
        reason = f"not a readable RSS/Atom feed ({parsed.bozo_exception})" if broken else "feed has no items"
        yield InputProblem(Origin(name), reason)
        return
    lines = _item_lines(data)
    if len(lines) != len(entries):
        lines = []
    for n, entry in enumerate(entries, 1):
        origin = Origin(name, lines[n - 1]) if lines else Origin(f"{name}:item {n}")
        yield _article(entry, n, origin, doc_id, default_date)
    if broken:
        error = parsed.bozo_exception
        line = getattr(error, "getLineNumber", lambda: None)()
        yield InputProblem(Origin(name, line), f"malformed feed ({error}); {len(entries)} item(s) were read, "
                                               "items after the error may be missing")


def _item_lines(data: bytes) -> list[int]:
    """1-based line numbers where the feed's items start, for problem reports."""
    lines, pos, line = [], 0, 1
    for m in _ITEM_TAG.finditer(data):
        line += data.count(b"\n", pos, m.start())
        pos = m.start()
        lines.append(line)
    return lines


def _article(entry, n: int, origin: Origin, doc_id: str, default_date: str | None) -> Item:
    text = fragment_text(_body(entry))
    date, problem = _entry_date(entry, origin)
    if problem is not None:
        return problem
    item_id = entry.get("id") or entry.get("link") or f"{doc_id}:{n}"
    source = None
    if entry.get("source") and hasattr(entry["source"], "get"):
        source = entry["source"].get("title")
    return build_article(id=item_id, text=text, date=date, origin=origin, default_date=default_date,
                         title=entry.get("title"), url=entry.get("link"), source=source,
                         lang=entry.get("language"))


def _body(entry) -> str:
    """Full content when the feed carries it (the longest part), else the summary."""
    candidates = [c.get("value") or "" for c in entry.get("content") or []]
    candidates.append(entry.get("summary") or "")
    return max(candidates, key=len)


def _entry_date(entry, origin: Origin) -> tuple[str | None, InputProblem | None]:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        day = _local_day(raw)
        if day is None:
            parsed = entry.get(f"{key}_parsed")  # feedparser's UTC reading of odd formats
            if parsed is None:
                return None, InputProblem(origin, f"unreadable item date {raw!r}")
            day = dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        return day.isoformat(), None
    return None, None


def _local_day(raw: str) -> dt.date | None:
    """The calendar day of an RFC 822 (RSS) or RFC 3339 (Atom) timestamp, in its own zone."""
    raw = raw.strip()
    try:
        return email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(raw.replace("z", "Z")).date()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        return None
