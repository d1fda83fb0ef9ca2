"""HTML pages: the article's main text and publication date, extracted with trafilatura.

Navigation, footers, comments and tables are left out (trafilatura's main-content
extraction); the publication date comes from the page's metadata, structured data, URL or
<time> elements (htmldate, which trafilatura runs), never from the time of reading.  A page without a
date takes ``--date`` if given, else it stays undated.

The text is the extracted paragraphs separated by blank lines (the form the clean stage and
the sentence splitter expect); a first line repeating the title is dropped, since the title
has its own field and a headline glued to the first sentence would parse as one sentence.
:func:`fragment_text` turns the HTML snippets of feed items into text the same way.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from dateline.ingest.records import MAX_PAGE_BYTES, Item, build_article, require_extra
from dateline.model import InputProblem, Origin

HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# htmldate options: the original publication date (not "last modified"), from metadata,
# structured data, <time> elements and the URL.  No extensive search: it guesses from any
# date-like text, e.g. "Copyright 2024" becomes 2024-01-01, which would date every relative
# expression of an undated page wrongly; undated is honest.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
# Fewer words than this is link text or a stub, not an article (trafilatura falls back to any
# text it finds, e.g. the navigation of an index page).
MIN_WORDS = 6
_SPACE = re.compile(r"[ \t\u00a0]+")
_TAG = re.compile(r"<[A-Za-z!/][^>]*>")


def read_html_file(path: Path, doc_id: str, default_date: str | None) -> Iterator[Item]:
    """One article from a saved page (``.html``/``.htm``)."""
    with open(path, "rb") as fh:
        data = fh.read(MAX_PAGE_BYTES + 1)
    origin = Origin(str(path))
    if len(data) > MAX_PAGE_BYTES:
        yield InputProblem(origin, f"HTML page larger than {MAX_PAGE_BYTES:,} bytes")
        return
    for suffix in HTML_SUFFIXES:
        if doc_id.lower().endswith(suffix):
            doc_id = doc_id[: -len(suffix)]
    yield extract_article(data, doc_id=doc_id, origin=origin, default_date=default_date)


def extract_article(data: bytes | str, *, doc_id: str, origin: Origin, url: str | None = None,
                    default_date: str | None = None) -> Item:
    """Main text, title, date and site of one page, as an Article (or why not)."""
    trafilatura = require_extra("trafilatura", origin)
    if isinstance(trafilatura, InputProblem):
        return trafilatura
    if not data or not (data.strip() if isinstance(data, str) else data.strip()):
        return InputProblem(origin, "empty HTML page")
    try:
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, include_images=False,
                                          date_extraction_params=_DATE_PARAMS)
    except (ValueError, TypeError, LookupError, AttributeError) as exc:  # lxml/decoding failures
        return InputProblem(origin, f"cannot parse HTML: {type(exc).__name__}: {exc}")
    text = getattr(doc, "text", None) if doc is not None else None
    words = len(text.split()) if text else 0
    if words < MIN_WORDS:
        return InputProblem(origin, f"no main text found in the HTML page ({words} words; not an article page?)")
    title = doc.title
    return build_article(id=doc_id, text=paragraph_text(text, title), date=doc.date, origin=origin,
                         default_date=default_date, title=title, url=url or doc.url, source=doc.sitename,
                         lang=doc.language)


def paragraph_text(text: str, title: str | None = None) -> str:
    """Lines -> paragraphs separated by one blank line; a leading copy of the title dropped."""
    lines = [_SPACE.sub(" ", line).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if title and lines and _norm(lines[0]) == _norm(title) and len(lines) > 1:
        lines = lines[1:]
    return "\n\n".join(lines)


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


class _TextParser(HTMLParser):
    """HTML fragment -> text: block elements start paragraphs, scripts and styles vanish."""

    BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
              "section", "article", "table", "tr", "pre", "figure", "figcaption", "hr", "dd", "dt"}
    SKIP = {"script", "style", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data.replace("\n", " "))


def fragment_text(fragment: str) -> str:
    """Text of an HTML snippet (a feed item's content or summary); plain text keeps its lines."""
    if not _TAG.search(fragment):
        return paragraph_text(html.unescape(fragment))
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    return paragraph_text("".join(parser.parts))
