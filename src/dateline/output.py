"""Output formats of ``dateline code``: document JSONL, PLOVER event JSONL, flat CSV, Parquet.

One event becomes one record in every format; :func:`flat_row` (ACLED-style snake_case
columns) backs both CSV and Parquet so the two never disagree.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Any

from dateline.model import DocResult, Event, Participant

FORMATS = ("doc-jsonl", "events-jsonl", "csv", "parquet")

FLAT_COLUMNS = [
    "event_id", "doc_id", "event_date", "date_granularity", "date_reason", "event_type", "mode", "quad",
    "score", "status", "confidence", "context",
    "actor1", "actor1_country", "actor1_sector", "actor2", "actor2_country", "actor2_sector",
    "trigger", "location", "location_country", "latitude", "longitude", "geonameid",
    "sentence", "sentence_start", "sentence_end", "article_date", "title", "source", "url", "reason",
]


_RESOLUTION = {"country": 1, "admin1": 2, "region": 2, "city": 4, "landmark": 5}  # PLOVER event_loc.resolution


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def plover_record(event: dict[str, Any], *, doc: dict[str, Any], sentence_text: str | None,
                  story: dict[str, Any] | None = None, coder: str = "dateline") -> dict[str, Any]:
    """One event as a PLOVER 2.0 record (Table 6.1 of the manual), the one shape of both
    ``dateline code --format events-jsonl`` and ``dateline export --format plover-jsonl``.

    ``event``: the event's JSON as coded (``Event.to_json()``, also what the store keeps);
    ``doc``: the article's ``id``, ``url``, ``title``, ``source``, ``date``; ``story``: the
    cross-article story (``id``, ``n_mentions``, ``n_articles``, ``n_sources``, ``first_seen``,
    ``last_seen``) when the event is stored, else None.

    PLOVER fields: ``id``, ``date`` (first day of the event's date) and ``enddate`` (last day, when
    the date is coarser than a day), ``actor`` / ``recipient`` (lists of ``{code, sector,
    entity_text[, identifier_text]}``), ``event`` and ``mode`` (lists), ``context``, ``quad_code``,
    ``event_scale``, ``event_loc``, ``event_text`` (the sentence), ``text_info`` (its offsets),
    ``cite_info``, ``link`` (the story id), ``coder``.  dateline's own: ``date_value``,
    ``date_granularity``, ``date_reason``, ``status``, ``confidence``, ``reason`` (which lexicon
    entry or model coded it), ``story`` and ``spans`` (trigger, date, further mentions).
    """
    from dateline.dedup import date_interval

    def entity(p: dict[str, Any]) -> dict[str, Any]:
        d = {"code": p.get("country"), "sector": p.get("sector"), "entity_text": p.get("text")}
        if p.get("name"):
            d["identifier_text"] = p["name"]
        return d

    interval = date_interval(event.get("date"), event.get("date_granularity"))
    first, last = interval if interval else (None, None)
    loc = event.get("location")
    sentence = event.get("sentence") or {}
    return {
        "id": event["id"],
        "date": _iso(first),
        "enddate": _iso(last) if last != first else None,
        "actor": [entity(p) for p in event.get("actor") or []],
        "recipient": [entity(p) for p in event.get("recipient") or []],
        "event": [event["type"]],
        "mode": [event["mode"]] if event.get("mode") else [],
        "context": list(event.get("context") or []),
        "quad_code": event.get("quad"),
        "event_scale": event.get("score"),
        "event_loc": None if not loc else {
            "extracted_place": loc.get("text"), "resolved_place": loc.get("name"), "geonameid": loc.get("geonameid"),
            "lat": loc.get("lat"), "lon": loc.get("lon"), "country_code": loc.get("country"),
            "province": loc.get("admin1"), "resolution": _RESOLUTION.get(loc.get("kind"))},
        "event_text": [sentence_text],
        "text_info": {"start": sentence.get("start"), "end": sentence.get("end")},
        "cite_info": {"citation": doc.get("id"), "url": doc.get("url"), "title": doc.get("title"),
                      "publication": doc.get("source"), "date": _iso(doc.get("date"))},
        "link": story["id"] if story else None,
        "coder": coder,
        # dateline's own fields
        "date_value": event.get("date"), "date_granularity": event.get("date_granularity"),
        "date_reason": event.get("date_reason"), "status": event.get("status"),
        "confidence": event.get("confidence"), "reason": event.get("reason"),
        "story": None if not story else {k: _iso(story.get(k)) for k in (
            "id", "n_mentions", "n_articles", "n_sources", "first_seen", "last_seen")},
        "spans": {"trigger": event.get("trigger"), "date": event.get("date_span"),
                  "mentions": event.get("mentions") or []},
    }


def event_record(doc: DocResult, event: Event, coder: str = "dateline") -> dict[str, Any]:
    """:func:`plover_record` of an event just coded (no store, so no story)."""
    return plover_record(event.to_json(), sentence_text=event.sentence.text, coder=coder,
                         doc={"id": doc.id, "url": doc.url, "title": doc.title, "source": doc.source,
                              "date": doc.date})


def _join(parts: list[Participant], attr: str) -> str | None:
    values = [getattr(p, attr) or "" for p in parts]
    return "|".join(values) if any(values) else None


def flat_row(doc: DocResult, event: Event) -> dict[str, Any]:
    loc = event.location
    return {
        "event_id": event.id, "doc_id": doc.id, "event_date": event.date,
        "date_granularity": event.date_granularity, "date_reason": event.date_reason,
        "event_type": event.type, "mode": event.mode, "quad": event.quad, "score": event.score,
        "status": event.status, "confidence": round(event.confidence, 3), "context": "|".join(event.context),
        "actor1": _join(event.actor, "text"), "actor1_country": _join(event.actor, "country"),
        "actor1_sector": _join(event.actor, "sector"),
        "actor2": _join(event.recipient, "text"), "actor2_country": _join(event.recipient, "country"),
        "actor2_sector": _join(event.recipient, "sector"),
        "trigger": event.trigger.text,
        "location": loc.name if loc else None, "location_country": loc.country if loc else None,
        "latitude": loc.lat if loc else None, "longitude": loc.lon if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "sentence": event.sentence.text, "sentence_start": event.sentence.start,
        "sentence_end": event.sentence.end, "article_date": doc.date, "title": doc.title,
        "source": doc.source, "url": doc.url, "reason": event.reason,
    }


class Writer:
    """Writes results in one format to a binary or text sink; call :meth:`close` at the end."""

    def __init__(self, format: str, sink: IO[str] | Path, coder: str) -> None:
        if format not in FORMATS:
            raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
        self.format, self.coder = format, coder
        self._path = sink if isinstance(sink, Path) else None
        if format == "parquet":
            if self._path is None:
                raise ValueError("--format parquet needs --out FILE.parquet (Parquet is not written to a pipe)")
            self._rows: list[dict[str, Any]] = []
            self._pq_writer = None
            return
        self._fh: IO[str] = open(sink, "w", encoding="utf-8", newline="") if self._path else sink
        self._csv = None
        if format == "csv":
            self._csv = csv.DictWriter(self._fh, fieldnames=FLAT_COLUMNS, extrasaction="ignore")
            self._csv.writeheader()

    def write(self, doc: DocResult) -> None:
        if self.format == "doc-jsonl":
            self._fh.write(json.dumps(doc.to_json(), ensure_ascii=False) + "\n")
        elif self.format == "events-jsonl":
            for event in doc.events:
                self._fh.write(json.dumps(event_record(doc, event, self.coder), ensure_ascii=False) + "\n")
        elif self.format == "csv":
            for event in doc.events:
                self._csv.writerow(flat_row(doc, event))
        else:
            self._rows.extend(flat_row(doc, event) for event in doc.events)
            if len(self._rows) >= 10_000:
                self._flush_parquet()
        if self.format != "parquet":
            self._fh.flush()

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(self._rows, schema=parquet_schema())
        if self._pq_writer is None:
            self._pq_writer = pq.ParquetWriter(str(self._path), table.schema)
        self._pq_writer.write_table(table)
        self._rows = []

    def close(self) -> None:
        if self.format == "parquet":
            if self._rows or self._pq_writer is None:
                self._flush_parquet()
            self._pq_writer.close()
        elif self._path:
            self._fh.close()


def parquet_schema():
    import pyarrow as pa

    ints = {"quad", "geonameid", "sentence_start", "sentence_end"}
    floats = {"score", "confidence", "latitude", "longitude"}
    return pa.schema([(c, pa.int64() if c in ints else pa.float64() if c in floats else pa.string())
                      for c in FLAT_COLUMNS])
