"""Crawl inputs: HTML pages, RSS and Atom feeds, WARC archives, CSV and Parquet tables.

Every fixture is written here by hand (or built with warcio); each test also feeds bad
records and checks they are reported with the file and line/record while the rest is read.
"""

from __future__ import annotations

import gzip
import io

import pytest

from dateline.ingest import read_inputs, read_path
from dateline.ingest.crawl import crawl_kind
from dateline.ingest.html import fragment_text
from dateline.ingest.tables import ColumnSpecError, parse_columns
from dateline.model import Article, InputProblem

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Niger ends military accord with the United States | Example News</title>
<meta property="article:published_time" content="2024-03-17T09:30:00+01:00">
<meta property="og:title" content="Niger ends military accord with the United States">
<meta property="og:site_name" content="Example News">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/login">Log in</a></nav>
<article>
<h1>Niger ends military accord with the United States</h1>
<p>The Nigerien government announced on Saturday that it was terminating its military cooperation
agreement with the United States with immediate effect.</p>
<p>The statement comes just a day after a senior U.S. delegation left Niger, following a three-day
visit aimed at renewing contacts with the military junta.</p>
<p>Travel there has been restricted since the July 2023 coup and Washington has cut aid to the government.</p>
</article>
<footer>Copyright 2024 Example News. All rights reserved. <a href="/privacy">Privacy policy</a></footer>
</body></html>
"""

NAV_ONLY = """<html><head><title>Index</title></head><body>
<nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Example World News</title>
  <link>https://news.example.org/</link>
  <description>World news</description>
  <item>
    <title>Junta ends accord</title>
    <link>https://news.example.org/niger-accord</link>
    <guid>urn:example:1</guid>
    <pubDate>Sat, 16 Mar 2024 22:30:00 -0500</pubDate>
    <description>&lt;p&gt;The junta in Niger ended its military accord with the United States.&lt;/p&gt;&lt;p&gt;Officials said talks had failed.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Item without text</title>
    <link>https://news.example.org/empty</link>
    <pubDate>Sun, 17 Mar 2024 08:00:00 GMT</pubDate>
  </item>
  <item>
    <title>Item with an impossible date</title>
    <link>https://news.example.org/bad-date</link>
    <pubDate>Fri, 30 Feb 2024 08:00:00 GMT</pubDate>
    <description>Something happened.</description>
  </item>
  <item>
    <title>Undated item</title>
    <link>https://news.example.org/undated</link>
    <description>Ministers met in Bamako.</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom</title>
  <id>urn:example:feed</id>
  <updated>2024-03-18T10:00:00Z</updated>
  <entry>
    <title>Talks in Niamey</title>
    <id>urn:example:atom:1</id>
    <link href="https://atom.example.org/talks"/>
    <published>2024-03-17T23:15:00+01:00</published>
    <updated>2024-03-18T10:00:00Z</updated>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;Delegations met in Niamey on Sunday.&lt;/p&gt;&lt;p&gt;They agreed to meet again next month.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Only updated</title>
    <id>urn:example:atom:2</id>
    <updated>2024-03-18T10:00:00Z</updated>
    <summary>Troops left the base.</summary>
  </entry>
</feed>
"""


def _split(items):
    arts = [i for i in items if isinstance(i, Article)]
    probs = [i for i in items if isinstance(i, InputProblem)]
    return arts, probs


# --- HTML ---------------------------------------------------------------------------------

def test_html_main_text_date_title_and_no_page_furniture(tmp_path):
    page = tmp_path / "niger-accord.html"
    page.write_text(PAGE, encoding="utf-8")
    (article,) = list(read_path(str(page)))
    assert isinstance(article, Article)
    assert article.id == "niger-accord"
    assert article.date == "2024-03-17"  # from the page metadata, not from today
    assert article.title == "Niger ends military accord with the United States"
    assert article.source == "Example News"
    assert article.text.startswith("The Nigerien government announced on Saturday")  # headline is the title
    assert "Washington has cut aid" in article.text
    assert "\n\n" in article.text  # paragraphs stay apart
    for furniture in ("Log in", "Privacy policy", "All rights reserved"):
        assert furniture not in article.text


def test_html_without_date_takes_date_option_and_nav_only_page_is_reported(tmp_path):
    undated = tmp_path / "undated.htm"
    undated.write_text(PAGE.replace('<meta property="article:published_time" content="2024-03-17T09:30:00+01:00">',
                                    ""), encoding="utf-8")
    nav = tmp_path / "index.html"
    nav.write_text(NAV_ONLY, encoding="utf-8")
    arts, probs = _split(list(read_inputs([str(nav), str(undated)], date="2024-03-18")))
    assert [a.id for a in arts] == ["undated"] and arts[0].date == "2024-03-18"
    assert len(probs) == 1 and probs[0].origin.path == str(nav)
    assert "no main text" in probs[0].message


def test_fragment_text_keeps_paragraphs_and_drops_scripts():
    text = fragment_text("<p>One &amp; two.</p><script>var x = 1;</script><p>Three<br>four.</p>")
    assert text == "One & two.\n\nThree\n\nfour."
    assert fragment_text("Plain &lt;text&gt;\n\nsecond") == "Plain <text>\n\nsecond"


# --- feeds --------------------------------------------------------------------------------

def test_rss_items_dated_by_their_own_local_day_and_bad_items_reported_with_line(tmp_path):
    feed = tmp_path / "world.rss"
    feed.write_text(RSS, encoding="utf-8")
    arts, probs = _split(list(read_path(str(feed), date="2024-03-20")))
    assert [a.id for a in arts] == ["urn:example:1", "https://news.example.org/undated"]
    first = arts[0]
    # 22:30 at UTC-5 on the 16th is the 17th in UTC; the publisher's day is the 16th.
    assert first.date == "2024-03-16"
    assert first.title == "Junta ends accord" and first.url == "https://news.example.org/niger-accord"
    assert first.text == "The junta in Niger ended its military accord with the United States.\n\nOfficials said talks had failed."
    assert arts[1].date == "2024-03-20"  # undated item: --date
    lines = RSS.splitlines()
    assert [p.origin.path for p in probs] == [str(feed), str(feed)]
    for problem, title in zip(probs, ("Item without text", "Item with an impossible date")):
        assert "<item>" in lines[problem.origin.line - 1]
        assert title in lines[problem.origin.line]
    assert "no article text" in probs[0].message
    assert "date" in probs[1].message


def test_atom_entry_prefers_full_content_and_published_date(tmp_path):
    feed = tmp_path / "atom.xml"
    feed.write_text(ATOM, encoding="utf-8")
    arts, probs = _split(list(read_path(str(feed))))
    assert not probs
    assert [a.id for a in arts] == ["urn:example:atom:1", "urn:example:atom:2"]
    assert arts[0].date == "2024-03-17"
    assert arts[0].text == "Delegations met in Niamey on Sunday.\n\nThey agreed to meet again next month."
    assert arts[0].url == "https://atom.example.org/talks"
    assert arts[1].date == "2024-03-18" and arts[1].text == "Troops left the base."


def test_broken_feed_reports_problem_and_keeps_readable_items(tmp_path):
    truncated = tmp_path / "cut.rss"
    truncated.write_text(RSS[: RSS.index("<item>", RSS.index("Undated") - 200)], encoding="utf-8")
    garbage = tmp_path / "garbage.xml"
    garbage.write_text("this is not xml at all <<<", encoding="utf-8")
    arts, probs = _split(list(read_inputs([str(truncated), str(garbage)])))
    assert arts and arts[0].id == "urn:example:1"
    assert any(p.origin.path == str(truncated) and "malformed feed" in p.message for p in probs)
    assert any(p.origin.path == str(garbage) for p in probs)


# --- WARC ---------------------------------------------------------------------------------

def _warc(path, records):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        for uri, status, ctype, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
        req = writer.create_warc_record("https://news.example.org/page", "request",
                                        payload=io.BytesIO(b"GET /page HTTP/1.1\r\n\r\n"))
        writer.write_record(req)


def test_warc_html_responses_become_articles_other_records_pass(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    _warc(archive, [
        ("https://news.example.org/page", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
        ("https://news.example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
        ("https://news.example.org/moved", "301 Moved Permanently", "text/html", b"<html>moved</html>"),
        ("https://news.example.org/index", "200 OK", "text/html", NAV_ONLY.encode()),
    ])
    arts, probs = _split(list(read_path(str(archive))))
    assert [a.id for a in arts] == ["https://news.example.org/page"]
    assert arts[0].url == "https://news.example.org/page"
    assert arts[0].date == "2024-03-17"
    assert "terminating its military cooperation agreement" in arts[0].text
    (problem,) = probs  # the navigation-only page, named by its record
    assert problem.origin.path.startswith(f"{archive}:record 4")
    assert "no main text" in problem.message


def test_corrupt_warc_reports_and_following_inputs_are_read(tmp_path):
    archive = tmp_path / "bad.warc"
    _warc(archive, [("https://news.example.org/page", "200 OK", "text/html", PAGE.encode())])
    data = archive.read_bytes()
    archive.write_bytes(data + b"this is not a WARC record\r\n\r\n")
    good = tmp_path / "good.txt"
    good.write_text("date 2024-01-01\n\nFine.\n", encoding="utf-8")
    arts, probs = _split(list(read_inputs([str(archive), str(good)])))
    assert [a.id for a in arts] == ["https://news.example.org/page", "good"]
    assert len(probs) == 1 and probs[0].origin.path.startswith(f"{archive}:record")


# --- CSV and Parquet ----------------------------------------------------------------------

CSV_TEXT = (
    "doc_id,published,body,headline\n"
    'a1,2024-03-17,"The junta ended the accord.\nTalks failed.",Accord ends\n'
    "a2,2024-02-30,Impossible date.,Bad\n"
    "a3,,Undated row.,None\n"
    "a4,2024-03-17,,Empty text\n"
    "a5,2024-03-17,Too,many,fields\n"
    "a6,2024-03-18,Last good row.,Fine\n"
)


def test_csv_with_column_mapping_streams_rows_and_reports_bad_ones_by_line(tmp_path):
    table = tmp_path / "news.csv"
    table.write_text(CSV_TEXT, encoding="utf-8")
    items = list(read_path(str(table), columns="id=doc_id,text=body,date=published,title=headline"))
    arts, probs = _split(items)
    assert [a.id for a in arts] == ["a1", "a3", "a6"]
    assert arts[0].text == "The junta ended the accord.\nTalks failed." and arts[0].title == "Accord ends"
    assert arts[0].origin.line == 2 and arts[1].date is None
    # a1 spans lines 2-3, so a2 starts on line 4
    assert [(p.origin.line, p.message.split(" (")[0]) for p in probs] == [
        (4, "date '2024-02-30' is not a calendar date"), (6, "no article text"), (7, "expected 4 fields, got 5")]


def test_csv_invalid_utf8_row_and_missing_text_column(tmp_path):
    table = tmp_path / "latin.csv"
    table.write_bytes(b"id,text,date\nx1,caf\xe9 opens,2024-01-01\nx2,Fine row.,2024-01-02\n")
    arts, probs = _split(list(read_path(str(table))))
    assert [a.id for a in arts] == ["x2"]
    assert probs[0].origin.line == 2 and "invalid UTF-8" in probs[0].message
    no_text = tmp_path / "no_text.csv"
    no_text.write_text("id,content\n1,hello\n", encoding="utf-8")
    (problem,) = list(read_path(str(no_text)))
    assert isinstance(problem, InputProblem) and "--columns text=" in problem.message


def test_utf16_csv_with_byte_order_mark(tmp_path):
    table = tmp_path / "excel.csv"
    table.write_bytes("id,text\r\nu1,Troops left the base.\r\n".encode("utf-16"))
    (article,) = list(read_path(str(table)))
    assert isinstance(article, Article) and article.id == "u1" and article.text == "Troops left the base."


def test_tsv_gz_without_id_column_gets_line_ids_and_date_option(tmp_path):
    table = tmp_path / "rows.tsv.gz"
    with gzip.open(table, "wt", encoding="utf-8") as fh:
        fh.write("text\tsource\nFirst story.\tWire\nSecond story.\tWire\n")
    arts, probs = _split(list(read_path(str(table), date="2024-05-01")))
    assert not probs
    assert [a.id for a in arts] == ["rows.tsv.gz:2", "rows.tsv.gz:3"]
    assert {a.date for a in arts} == {"2024-05-01"} and arts[0].source == "Wire"


def test_parquet_in_batches_with_typed_dates_and_bad_rows_by_row_number(tmp_path, monkeypatch):
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    from dateline.ingest import tables

    monkeypatch.setattr(tables, "PARQUET_BATCH_ROWS", 2)  # several batches from a tiny file
    n = 7
    texts = [f"Story number {i}." for i in range(n)]
    texts[3] = ""
    dates = [dt.datetime(2024, 3, 1 + i, 12, 0) for i in range(n)]
    dates[5] = None
    table = pa.table({"uid": pa.array(range(100, 100 + n), pa.int64()), "body": texts,
                      "when": pa.array(dates, pa.timestamp("s")), "extra": ["x"] * n})
    path = tmp_path / "part.parquet"
    pq.write_table(table, path, row_group_size=3)
    arts, probs = _split(list(read_path(str(path), columns="id=uid,text=body,date=when")))
    assert [a.id for a in arts] == ["100", "101", "102", "104", "105", "106"]
    assert arts[0].date == "2024-03-01" and arts[4].date is None
    (problem,) = probs
    assert problem.origin.path == f"{path}:row 4" and "no article text" in problem.message


def test_bad_columns_option_and_unreadable_parquet(tmp_path):
    with pytest.raises(ColumnSpecError, match="unknown field 'body'"):
        parse_columns("body=text")
    with pytest.raises(ColumnSpecError, match="FIELD=COLUMN"):
        parse_columns("text")
    (problem,) = list(read_path(str(tmp_path), columns="text"))
    assert problem.origin.path == "--columns"
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"not parquet at all")
    (problem,) = list(read_path(str(bad)))
    assert "not a readable Parquet file" in problem.message


def test_directory_walk_picks_up_crawl_formats_in_sorted_order(tmp_path):
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a.csv").write_text("id,text,date\nrow1,Text.,2024-01-01\n", encoding="utf-8")
    (tmp_path / "c.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    arts, _ = _split(list(read_path(str(tmp_path))))
    assert [a.id for a in arts][:3] == ["row1", "b", "urn:example:1"]
    assert crawl_kind(tmp_path / "x.WARC.GZ") == "warc" and crawl_kind(tmp_path / "x.png") is None

