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
CODEBOOK = "PLOVER 2.0"

FLAT_COLUMNS = [
    "event_id", "doc_id", "event_date", "date_granularity", "date_reason", "event_type", "mode", "quad",
    "score", "status", "confidence", "context",
    "actor1", "actor1_country", "actor1_sector", "actor2", "actor2_country", "actor2_sector",
    "trigger", "location", "location_country", "latitude", "longitude", "geonameid",
    "sentence", "sentence_start", "sentence_end", "article_date", "title", "source", "url", "reason",
]


def _entities(parts: list[Participant]) -> list[dict[str, Any]]:
    return [{"code": p.country, "sector": p.sector, "entity_text": p.text, "identifier_text": p.name,
             "start": p.start, "end": p.end} for p in parts]


def plover_record(doc: DocResult, event: Event, coder: str) -> dict[str, Any]:
    """One event in PLOVER 2.0 JSON (Table 6.1 of the manual; spaces in names become ``_``)."""
    sentence_no = next((i for i, s in enumerate(doc.sentences)
                        if s.start == event.sentence.start), None)
    loc = event.location
    return {
        "id": event.id,
        "date": event.date,
        "date_granularity": event.date_granularity,
        "actor": _entities(event.actor),
        "recipient": _entities(event.recipient),
        "event": event.type,
        "mode": event.mode,
        "context": list(event.context),
        "quad_code": event.quad,
        "event_scale": event.score,
        "event_text": [event.trigger.text],
        "event_loc": None if loc is None else {
            "extracted_place": loc.text, "resolved_place": loc.name, "geonameid": loc.geonameid,
            "lat": loc.lat, "lon": loc.lon, "country_code": loc.country, "resolution": loc.kind},
        "status": event.status,
        "confidence": round(event.confidence, 3),
        "text": event.sentence.text,
        "text_info": {"sequence": sentence_no, "start": event.sentence.start, "end": event.sentence.end},
        "cite_info": {"corpus": doc.id, "url": doc.url, "title": doc.title, "publication": doc.source,
                      "coder": coder, "codebook": CODEBOOK},
        "article_date": doc.date,
        "reason": event.reason,
    }


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
                self._fh.write(json.dumps(plover_record(doc, event, self.coder), ensure_ascii=False) + "\n")
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
