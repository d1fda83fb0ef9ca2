"""Export stored events: PLOVER JSONL, ACLED-style CSV, GDELT-2.0-style TSV, Parquet.

All exports stream (keyset-paged reads, row-by-row writes), so memory stays flat however large
the store, and take the same :class:`EventFilter` as queries.  Rows come out in event-id order,
so two exports of the same store are byte-identical.

- ``plover-jsonl``: one PLOVER 2.0 record per line (``id``, ``date``/``enddate``, ``actor``,
  ``recipient``, ``event``, ``mode``, ``context``, ``quad_code``, ``event_scale``, ``event_loc``,
  ``event_text``, ``text_info``, ``cite_info``, ``link`` = story id) plus dateline's own fields
  (``date_value``, ``date_granularity``, ``status``, ``confidence``, ``story``, ``spans``).
- ``acled-csv``: one row per event, snake_case columns named after ACLED's where the meaning
  matches (``event_id_cnty``, ``event_date``, ``year``, ``time_precision``, ``event_type``,
  ``sub_event_type``, ``actor1``, ``assoc_actor_1``, ``actor2``, ``iso3``, ``location``,
  ``latitude``, ``longitude``, ``geo_precision``, ``source``, ``notes`` ...).
- ``gdelt-tsv``: the 61 GDELT 2.0 Events columns, tab-separated, no header (as GDELT ships them;
  ``header=True`` adds one).  Deviations, because dateline codes PLOVER, not CAMEO: ``EventCode``
  is the CAMEO root of the PLOVER type + ``0`` (``160`` for SANCTION); ``GLOBALEVENTID`` is a
  stable 63-bit hash of the dateline event id; country codes are ISO-3 (GDELT's geo fields use
  FIPS); ``DATEADDED`` is the article date at 00:00:00; actor geography and tone are empty.
- ``gdelt-mentions-tsv``: the 16 GDELT 2.0 Mentions columns, one row per sentence that reports an
  event (``SentenceID`` 1-based, character offsets of actor, recipient and trigger in the main
  sentence, -1 in further ones); joins the events file on ``GLOBALEVENTID``.  The count returned
  is the number of events.
- ``parquet``: the flat event columns of the store (``query.EVENT_FIELDS`` and the rest), with the
  coded event JSON in ``event_json``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from dateline import output
from dateline.store.errors import FilterError
from dateline.store.filters import EventFilter
from dateline.store.query import plain

DATA = Path(__file__).parent / "data"
FORMATS = ("plover-jsonl", "acled-csv", "gdelt-tsv", "gdelt-mentions-tsv", "parquet")
ALIASES = {"jsonl": "plover-jsonl", "plover": "plover-jsonl", "csv": "acled-csv", "acled": "acled-csv",
           "tsv": "gdelt-tsv", "gdelt": "gdelt-tsv", "gdelt-mentions": "gdelt-mentions-tsv"}
IGO_CODES = ("IGO", "UNO", "EUR", "NGO", "MNC", "IMG")


def resolve_format(name: str) -> str:
    fmt = ALIASES.get(name, name)
    if fmt not in FORMATS:
        raise FilterError(f"unknown export format {name!r}; valid: {', '.join(FORMATS)}")
    return fmt


@lru_cache(maxsize=1)
def gdelt_columns() -> list[str]:
    lines = (DATA / "gdelt_events_columns.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def gdelt_mention_columns() -> list[str]:
    lines = (DATA / "gdelt_mentions_columns.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def cameo_roots() -> dict[str, str]:
    rows = [line.split("\t") for line in (DATA / "plover_cameo_root.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return {t: code for t, code in rows[1:]}


def _participants(ev: dict[str, Any], role: str) -> list[dict[str, Any]]:
    return list(ev.get(role) or [])


def _name(p: dict[str, Any]) -> str:
    return p.get("name") or p.get("text") or ""


# -- PLOVER JSONL ---------------------------------------------------------------------------------

def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event (a row of ``query.iter_events``) as a PLOVER record: the one builder of
    ``dateline.output`` (the shape of ``dateline code --format events-jsonl`` too)."""
    story = None
    if row["story_id"]:
        story = {"id": row["story_id"], "n_mentions": row["story_n_mentions"], "n_articles": row["story_n_articles"],
                 "n_sources": row["story_n_sources"], "first_seen": row["story_first_seen"],
                 "last_seen": row["story_last_seen"]}
    return output.plover_record(row["event"], sentence_text=row["sentence_text"], story=story,
                                doc={"id": row["doc_id"], "url": row.get("doc_url"), "title": row.get("doc_title"),
                                     "source": row["source"], "date": row["doc_date"]})


# -- ACLED-style CSV ------------------------------------------------------------------------------

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "date_value", "date_granularity",
    "event_type", "sub_event_type", "quad_class", "score", "status", "confidence",
    "actor1", "actor1_country", "actor1_sector", "assoc_actor_1",
    "actor2", "actor2_country", "actor2_sector", "assoc_actor_2",
    "iso3", "admin1", "location", "latitude", "longitude", "geonameid", "geo_precision",
    "source", "source_url", "article_id", "article_date", "notes", "trigger", "context",
    "story_id", "n_mentions", "n_articles", "n_sources",
]
_TIME_PRECISION = {"day": 1, "week": 2}  # ACLED: 1 day, 2 week, 3 month or coarser
_GEO_PRECISION = {"city": 1, "landmark": 1, "admin1": 2, "region": 2, "country": 3}


def acled_row(row: dict[str, Any]) -> list[Any]:
    ev = row["event"]
    actors, recipients = _participants(ev, "actor"), _participants(ev, "recipient")
    start = row["date_start"]
    values = {
        "event_id_cnty": row["id"], "event_date": plain(start), "year": start.year if start else None,
        "time_precision": (_TIME_PRECISION.get(row["date_granularity"], 3) if start else None),
        "date_value": row["date"], "date_granularity": row["date_granularity"],
        "event_type": row["type"], "sub_event_type": row["mode"], "quad_class": row["quad"], "score": row["score"],
        "status": row["status"], "confidence": row["confidence"],
        "actor1": row["actor_name"], "actor1_country": row["actor_country"], "actor1_sector": row["actor_sector"],
        "assoc_actor_1": "; ".join(_name(p) for p in actors[1:]),
        "actor2": row["recipient_name"], "actor2_country": row["recipient_country"],
        "actor2_sector": row["recipient_sector"], "assoc_actor_2": "; ".join(_name(p) for p in recipients[1:]),
        "iso3": row["location_country"], "admin1": row["location_admin1"], "location": row["location_name"],
        "latitude": row["lat"], "longitude": row["lon"], "geonameid": row["location_geonameid"],
        "geo_precision": _GEO_PRECISION.get(row["location_kind"]) if row["location_kind"] else None,
        "source": row["source"], "source_url": row.get("doc_url"), "article_id": row["doc_id"],
        "article_date": plain(row["doc_date"]), "notes": row["sentence_text"], "trigger": row["trigger_text"],
        "context": row["context"], "story_id": row["story_id"], "n_mentions": row["story_n_mentions"],
        "n_articles": row["story_n_articles"], "n_sources": row["story_n_sources"],
    }
    return [values[c] for c in ACLED_COLUMNS]


# -- GDELT-style TSV ------------------------------------------------------------------------------

def global_event_id(event_id: str) -> int:
    """A stable positive 63-bit integer for a dateline event id (GDELT ids are integers)."""
    return int.from_bytes(hashlib.sha1(event_id.encode("utf-8")).digest()[:8], "big") >> 1


def _tsv(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def gdelt_row(row: dict[str, Any]) -> list[str]:
    ev = row["event"]
    start: date | None = row["date_start"]
    root = cameo_roots().get(row["type"], "")
    out: dict[str, Any] = dict.fromkeys(gdelt_columns())

    def actor(prefix: str, p: dict[str, Any] | None) -> None:
        if not p:
            return
        country, sector = p.get("country"), p.get("sector")
        out[f"{prefix}Code"] = f"{country or ''}{sector or ''}" or None
        out[f"{prefix}Name"] = _name(p).upper() or None
        out[f"{prefix}CountryCode"] = country if country not in IGO_CODES else None
        out[f"{prefix}KnownGroupCode"] = country if country in IGO_CODES else None
        out[f"{prefix}Type1Code"] = sector

    actor("Actor1", next(iter(_participants(ev, "actor")), None))
    actor("Actor2", next(iter(_participants(ev, "recipient")), None))
    if start:
        out.update(SQLDATE=start.strftime("%Y%m%d"), MonthYear=start.strftime("%Y%m"), Year=start.year,
                   FractionDate=f"{start.year + (start.timetuple().tm_yday - 1) / 365:.4f}")
    out.update(IsRootEvent=1 if row["sentence_start"] == 0 else 0, EventCode=f"{root}0" if root else None,
               EventBaseCode=f"{root}0" if root else None, EventRootCode=root or None, QuadClass=row["quad"],
               GoldsteinScale=row["score"], NumMentions=row["story_n_mentions"] or row["n_mentions"],
               NumSources=row["story_n_sources"] or 1, NumArticles=row["story_n_articles"] or 1,
               GLOBALEVENTID=global_event_id(row["id"]), SOURCEURL=row.get("doc_url") or row["doc_id"])
    if row["lat"] is not None:
        kind = row["location_kind"]
        out.update(ActionGeo_Type={"country": 1, "admin1": 5, "region": 5}.get(kind, 4),
                   ActionGeo_FullName=row["location_name"], ActionGeo_CountryCode=row["location_country"],
                   ActionGeo_ADM1Code=row["location_admin1"], ActionGeo_Lat=row["lat"], ActionGeo_Long=row["lon"],
                   ActionGeo_FeatureID=row["location_geonameid"])
    if row["doc_date"]:
        out["DATEADDED"] = row["doc_date"].strftime("%Y%m%d") + "000000"
    return [_tsv(out[c]) for c in gdelt_columns()]


def gdelt_mention_rows(store, rows: list[dict[str, Any]]) -> list[list[str]]:
    """GDELT-2.0-style Mentions rows for a batch of events: one per sentence that reports each event
    (the main sentence, then its further mentions), with the sentence number and character offsets
    (actor, recipient, trigger: -1 in further sentences, where they were not coded)."""
    by_id = {r["id"]: r for r in rows}
    out: list[list[str]] = []
    for part in [list(by_id)[i:i + 500] for i in range(0, len(by_id), 500)]:
        mentions = store.db.query(
            "SELECT m.event_id, m.idx, m.start_char, LENGTH(d.text) AS doc_len, "
            "(SELECT MIN(s.idx) FROM sentences s WHERE s.doc_id = m.doc_id AND s.start_char <= m.start_char "
            " AND m.start_char < s.end_char) AS sentence_idx "
            "FROM event_mentions m JOIN documents d ON d.id = m.doc_id "
            f"WHERE m.event_id IN ({', '.join('?' * len(part))}) ORDER BY m.event_id, m.idx", part)
        for m in mentions:
            row = by_id[m["event_id"]]
            ev = row["event"]
            primary = m["idx"] == 0
            actor = next(iter(ev.get("actor") or []), None)
            recipient = next(iter(ev.get("recipient") or []), None)
            stamp = row["doc_date"].strftime("%Y%m%d") + "000000" if row["doc_date"] else None
            values = {
                "GLOBALEVENTID": global_event_id(row["id"]), "EventTimeDate": stamp, "MentionTimeDate": stamp,
                "MentionType": 1, "MentionSourceName": row["source"],
                "MentionIdentifier": row.get("doc_url") or row["doc_id"],
                "SentenceID": m["sentence_idx"] + 1 if m["sentence_idx"] is not None else None,
                "Actor1CharOffset": actor["start"] if primary and actor else -1,
                "Actor2CharOffset": recipient["start"] if primary and recipient else -1,
                "ActionCharOffset": ev["trigger"]["start"] if primary else -1,
                "InRawText": 1, "Confidence": round(100 * (row["confidence"] or 0)), "MentionDocLen": m["doc_len"],
            }
            out.append([_tsv(values.get(c)) for c in gdelt_mention_columns()])
    return out


# -- Parquet --------------------------------------------------------------------------------------

PARQUET_SKIP = ("event",)
_INT_COLUMNS = ("quad", "date_span_start", "date_span_end", "sentence_start", "sentence_end", "trigger_start",
                "trigger_end", "location_start", "location_end", "location_geonameid", "n_mentions",
                "story_n_articles", "story_n_sources", "story_n_mentions")
_FLOAT_COLUMNS = ("score", "confidence", "lat", "lon")
_DATE_COLUMNS = ("date_start", "date_end", "doc_date", "story_first_seen", "story_last_seen")


def _parquet_schema(columns: list[str]):
    """Fixed column types, so a batch whose column is all NULL still has the right type."""
    import pyarrow as pa

    def typ(c: str):
        if c in _INT_COLUMNS:
            return pa.int64()
        if c in _FLOAT_COLUMNS:
            return pa.float64()
        if c in _DATE_COLUMNS:
            return pa.date32()
        return pa.string()

    return pa.schema([(c, typ(c)) for c in columns])


def _parquet_rows(rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for row in rows:
        flat = {k: v for k, v in row.items() if k not in PARQUET_SKIP}
        flat["event_json"] = json.dumps(row["event"], ensure_ascii=False)
        yield flat


def _write_parquet(rows: Iterator[dict[str, Any]], path: Path, batch: int = 5000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    schema = None
    n = 0
    buffer: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal writer, schema
        if not buffer:
            return
        if writer is None:
            schema = _parquet_schema(list(buffer[0]))
            writer = pq.ParquetWriter(str(path), schema)
        table = pa.Table.from_pylist(buffer, schema=schema)
        writer.write_table(table)
        buffer.clear()

    try:
        for row in _parquet_rows(rows):
            buffer.append(row)
            n += 1
            if len(buffer) >= batch:
                flush()
        flush()
        if writer is None:  # no rows: still write a valid (empty) file with the columns
            pq.write_table(pa.table({"id": pa.array([], pa.string())}), str(path))
    finally:
        if writer is not None:
            writer.close()
    return n


# -- entry point ----------------------------------------------------------------------------------

def export(store, fmt: str, out: str | Path | IO[str] | None, filters: EventFilter | dict | None = None,
           header: bool | None = None) -> int:
    """Write the matching events of ``store`` in format ``fmt`` to ``out`` (a path, a text stream,
    or None/``-`` for stdout; Parquet needs a path).  Returns the number of events written."""
    import sys

    fmt = resolve_format(fmt)
    rows = store.iter_events(filters)
    if fmt == "parquet":
        if out is None or out == "-" or not isinstance(out, (str, Path)):
            raise FilterError("parquet export needs an output file (--out FILE.parquet)")
        return _write_parquet(rows, Path(out))
    if out is None or out == "-":
        return _write_text(rows, fmt, sys.stdout, header, store)
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as f:
            return _write_text(rows, fmt, f, header, store)
    return _write_text(rows, fmt, out, header, store)


def _write_text(rows: Iterator[dict[str, Any]], fmt: str, f: IO[str], header: bool | None, store=None) -> int:
    n = 0
    if fmt == "plover-jsonl":
        for row in rows:
            f.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "acled-csv":
        w = csv.writer(f, lineterminator="\n")
        if header is not False:
            w.writerow(ACLED_COLUMNS)
        for row in rows:
            w.writerow(["" if v is None else v for v in acled_row(row)])
            n += 1
        return n
    if fmt == "gdelt-mentions-tsv":
        if header:
            f.write("\t".join(gdelt_mention_columns()) + "\n")
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            n += 1
            if len(batch) >= 2000:
                f.writelines("\t".join(r) + "\n" for r in gdelt_mention_rows(store, batch))
                batch = []
        f.writelines("\t".join(r) + "\n" for r in gdelt_mention_rows(store, batch))
        return n
    # gdelt-tsv: GDELT files carry no header row
    if header:
        f.write("\t".join(gdelt_columns()) + "\n")
    for row in rows:
        f.write("\t".join(gdelt_row(row)) + "\n")
        n += 1
    return n


def export_string(store, fmt: str, filters: EventFilter | dict | None = None, header: bool | None = None) -> str:
    """The export as a string (text formats only): for the API and tests."""
    buf = io.StringIO()
    export(store, fmt, buf, filters, header)
    return buf.getvalue()
