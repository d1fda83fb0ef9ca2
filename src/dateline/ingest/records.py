"""One record of a crawl format (HTML page, feed item, WARC response, table row) -> Article.

All crawl readers end here, so every format applies the same bad-input rules as the JSONL
reader: no text, an article longer than the limit, or a date that is not a calendar date
makes an :class:`InputProblem` naming the record; a record without a date takes ``--date``
(else it is undated, which the output says).  The optional ``crawl`` extra is imported
lazily through :func:`require_extra`, so a missing package is reported, not raised.
"""

from __future__ import annotations

import datetime as dt
import importlib
from types import ModuleType

from dateline.ingest.dates import BadDate, parse_article_date
from dateline.ingest.encoding import repair
from dateline.model import Article, InputProblem, Origin

Item = Article | InputProblem

# A single article larger than this is refused, whatever the format: it is a dump, not an
# article, and parsing it whole would take the memory of a worker.
MAX_ARTICLE_CHARS = 5_000_000
# Raw bytes read from one HTML page or WARC record: markup is several times the text.
MAX_PAGE_BYTES = 25_000_000

_PACKAGES = {"trafilatura": "trafilatura", "feedparser": "feedparser", "warcio": "warcio"}


def require_extra(module: str, origin: Origin) -> ModuleType | InputProblem:
    """The module of the optional ``crawl`` extra, or a problem telling how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        return InputProblem(origin, f"reading this format needs {_PACKAGES.get(module, module)}, part of the "
                                    "optional extra 'crawl': pip install 'dateline[crawl]'")


def date_value(value: object) -> object:
    """Dates from typed sources (Parquet, feeds) as ISO strings; strings pass through."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def build_article(*, id: object, text: object, date: object, origin: Origin, default_date: str | None = None,
                  title: object = None, url: object = None, source: object = None,
                  lang: object = None) -> Item:
    """An Article, or the problem that keeps this record out (the rest of the input goes on)."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return InputProblem(origin, "no article text")
    if not isinstance(text, str):
        return InputProblem(origin, f"text must be a string, got {type(text).__name__}")
    if len(text) > MAX_ARTICLE_CHARS:
        return InputProblem(origin, f"article longer than {MAX_ARTICLE_CHARS:,} characters")
    if "\x00" in text:  # as for text files; PostgreSQL could not even store it
        return InputProblem(origin, "text contains NUL characters: binary data, not article text")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a JSON escape like \\ud800 decodes to a lone surrogate
        return InputProblem(origin, f"text contains an unpaired surrogate (U+{ord(exc.object[exc.start]):04X}): "
                                    "not valid Unicode")
    if id is None or str(id).strip() == "":
        return InputProblem(origin, "no article id")
    date = date_value(date)
    try:
        iso = parse_article_date(date) if date not in (None, "") else default_date
    except BadDate as exc:
        return InputProblem(origin, str(exc))
    text = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    text = repair(text)  # "Trumpâ€™s" -> "Trump’s": the text as analysed (docs/interfaces.md)

    def opt(value: object) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return _clean_field(value)

    return Article(id=_clean_field(id), text=text, date=iso, title=opt(title), url=opt(url), source=opt(source),
                   lang=opt(lang), origin=origin)


def _clean_field(value: object) -> str:
    """An id or metadata value as storable text: NUL dropped, lone surrogates replaced by "?"."""
    return str(value).replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
