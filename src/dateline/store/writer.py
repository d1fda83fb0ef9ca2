"""Writing :class:`~dateline.model.DocResult` objects: transactional and idempotent.

A batch is written in one transaction.  An article's id is its key: writing an article that is
already stored first deletes all its rows (document, sentences, mentions, places, events,
participants, event mentions) and then inserts the new ones, so re-coding replaces and nothing
duplicates.  Stories (cross-article de-duplication, ``dateline.dedup``) are updated in the same
transaction: the old events leave their stories (an emptied story is deleted), the new events
join matching stories or found new ones, and the stories' counts are recomputed from their members.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timezone
from typing import Any

from dateline.dedup import Candidate, Signature, Story, assign_stories, date_interval
from dateline.dedup.cluster import _keys_json, keys_from_json, names_from_json, names_json
from dateline.model import DocResult, Event
from dateline.store.backends import Backend

CHUNK = 500  # bound the number of parameters in one IN (...) list


def chunks(items: Sequence[Any], n: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def actor_id(name: str | None, country: str | None, sector: str | None) -> str:
    return "a-" + hashlib.sha1(f"{name or ''}|{country or ''}|{sector or ''}".encode()).hexdigest()[:16]


def _first_known(participants) -> Any:
    for p in participants:
        if p.country:
            return p
    return participants[0] if participants else None


DOC_COLS = ("id", "date", "title", "url", "source", "text", "focus_country", "warnings", "excluded", "timexes",
            "pipeline_version", "run_id", "coded_at")
SENT_COLS = ("doc_id", "idx", "start_char", "end_char", "excluded")
MENTION_COLS = ("doc_id", "idx", "start_char", "end_char", "text", "actor_id", "actor_name", "country", "sector",
                "person", "role", "flags", "reason", "ref")
PLACE_COLS = ("doc_id", "idx", "start_char", "end_char", "text", "name", "geonameid", "country", "lat", "lon",
              "kind", "admin1", "reason")
EVENT_COLS = ("id", "doc_id", "story_id", "type", "mode", "quad", "score", "status", "confidence", "context",
              "reason", "date", "date_granularity", "date_reason", "date_start", "date_end", "date_span_start",
              "date_span_end", "date_span_text", "sentence_start", "sentence_end", "sentence_text",
              "trigger_start", "trigger_end", "trigger_text", "actor_country", "actor_sector", "actor_name",
              "actor_text", "recipient_country", "recipient_sector", "recipient_name", "recipient_text",
              "location_name", "location_text", "location_start", "location_end", "location_geonameid",
              "location_country", "location_admin1", "location_kind", "lat", "lon", "doc_date", "source",
              "n_mentions", "json", "sentence_lc", "countries", "actor_countries", "recipient_countries")
PART_COLS = ("event_id", "doc_id", "role", "idx", "start_char", "end_char", "text", "country", "sector", "name",
             "flags", "search")
DYAD_COLS = ("event_id", "doc_id", "actor_country", "actor_sector", "recipient_country", "recipient_sector",
             "country_first", "score", "quad", "date_start", "date_granularity")
ACTOR_EVENT_COLS = ("event_id", "doc_id", "level", "country", "sector", "name", "as_actor", "as_recipient", "score")
EMENTION_COLS = ("event_id", "doc_id", "idx", "start_char", "end_char", "text", "is_primary")
STORY_COLS = ("id", "type", "status", "founder_event_id", "actor_keys", "recipient_keys", "date",
              "date_granularity", "date_start", "date_end", "location_country", "location_kind", "lat", "lon",
              "n_events", "n_mentions", "n_articles", "n_sources", "first_seen", "last_seen", "actor_names",
              "recipient_names")


def _event_row(doc: DocResult, e: Event, story_id: str | None) -> tuple:
    text = doc.text
    interval = date_interval(e.date, e.date_granularity)
    a, r, loc = _first_known(e.actor), _first_known(e.recipient), e.location
    return (
        e.id, doc.id, story_id, e.type, e.mode, e.quad, e.score, e.status, e.confidence, ";".join(e.context),
        e.reason, e.date, e.date_granularity, e.date_reason,
        interval[0] if interval else None, interval[1] if interval else None,
        e.date_span.start if e.date_span else None, e.date_span.end if e.date_span else None,
        e.date_span.text if e.date_span else None,
        e.sentence.start, e.sentence.end, text[e.sentence.start:e.sentence.end],
        e.trigger.start, e.trigger.end, e.trigger.text,
        a.country if a else None, a.sector if a else None, (a.name or a.text) if a else None, a.text if a else None,
        r.country if r else None, r.sector if r else None, (r.name or r.text) if r else None, r.text if r else None,
        loc.name if loc else None, loc.text if loc else None, loc.start if loc else None, loc.end if loc else None,
        loc.geonameid if loc else None, loc.country if loc else None, loc.admin1 if loc else None,
        loc.kind if loc else None, loc.lat if loc else None, loc.lon if loc else None,
        _iso_date(doc.date), doc.source, 1 + len(e.mentions), None,  # json: in event_json (migration 0006)
        text[e.sentence.start:e.sentence.end].lower(),
        _country_list(e.actor + e.recipient), _country_list(e.actor), _country_list(e.recipient),
    )


def _country_list(participants) -> str | None:
    """``|NER|USA|``: the search form of participant countries (``strpos(col, '|NER|')``)."""
    codes = sorted({p.country for p in participants if p.country})
    return "|" + "|".join(codes) + "|" if codes else None


def _dyad_rows(doc: DocResult, e: Event) -> list[tuple]:
    """Distinct actor x recipient pairs (countries known); ``country_first`` as in migration 0005."""
    pairs = sorted({(a.country, a.sector, r.country, r.sector) for a in e.actor for r in e.recipient
                    if a.country and r.country}, key=lambda p: (p[0], p[2], f"{p[1] or ''}|{p[3] or ''}"))
    interval = date_interval(e.date, e.date_granularity)
    out, seen = [], set()
    for ac, asec, rc, rsec in pairs:
        first = (ac, rc) not in seen
        seen.add((ac, rc))
        out.append((e.id, doc.id, ac, asec, rc, rsec, first, e.score, e.quad, interval[0] if interval else None,
                    e.date_granularity))
    return out


def _doc_rows(doc: DocResult, story_of: dict[str, str], run_id: str | None, now: datetime) -> dict[str, list]:
    text = doc.text
    rows: dict[str, list] = {"documents": [(
        doc.id, _iso_date(doc.date), doc.title, doc.url, doc.source, text, doc.focus_country,
        json.dumps(doc.warnings), json.dumps([r.to_json() for r in doc.excluded]),
        json.dumps([t.to_json() for t in doc.timexes], ensure_ascii=False), doc.pipeline_version, run_id, now)]}
    rows["sentences"] = [(doc.id, i, s.start, s.end, s.excluded) for i, s in enumerate(doc.sentences)]
    rows["mentions"] = [(doc.id, i, m.start, m.end, m.text, actor_id(m.actor.name, m.actor.country, m.actor.sector),
                         m.actor.name, m.actor.country, m.actor.sector, m.actor.person, m.actor.role,
                         ";".join(m.flags), m.reason, m.ref) for i, m in enumerate(doc.mentions)]
    rows["places"] = [(doc.id, i, p.start, p.end, p.text, p.name, p.geonameid, p.country, p.lat, p.lon, p.kind,
                       p.admin1, p.reason) for i, p in enumerate(doc.places)]
    rows["events"] = [_event_row(doc, e, story_of.get(e.id)) for e in doc.events]
    rows["event_participants"] = [
        (e.id, doc.id, role, i, p.start, p.end, p.text, p.country, p.sector, p.name, ";".join(p.flags),
         f"{p.name or ''} {p.text or ''}".lower())
        for e in doc.events for role, parts in (("actor", e.actor), ("recipient", e.recipient))
        for i, p in enumerate(parts)]
    rows["event_dyads"] = [r for e in doc.events for r in _dyad_rows(doc, e)]
    rows["actor_events"] = [r for e in doc.events for r in _actor_event_rows(doc, e)]
    rows["event_json"] = [(e.id, doc.id, json.dumps(e.to_json(), ensure_ascii=False)) for e in doc.events]
    rows["event_mentions"] = [
        (e.id, doc.id, i, s.start, s.end, text[s.start:s.end], i == 0)
        for e in doc.events for i, s in enumerate([e.sentence, *e.mentions])]
    return rows


def _without_nul(row: tuple) -> tuple:
    """PostgreSQL text cannot hold NUL: replace it by a space (same length, so offsets still hold).
    Done on both backends, so they store the same text."""
    return tuple(v.replace("\x00", " ").replace("\\u0000", "\\u0020") if isinstance(v, str) else v
                 for v in row)


def _story_from_row(row: dict[str, Any]) -> Story:
    interval = (row["date_start"], row["date_end"]) if row["date_start"] else None
    sig = Signature(type=row["type"], mode=None, status=row["status"] or "factual",
                    actor_keys=keys_from_json(row["actor_keys"]), recipient_keys=keys_from_json(row["recipient_keys"]),
                    interval=interval, granularity=row["date_granularity"] or "unknown",
                    location_country=row["location_country"], location_kind=row["location_kind"],
                    lat=row["lat"], lon=row["lon"], actor_names=names_from_json(row["actor_names"]),
                    recipient_names=names_from_json(row["recipient_names"]))
    return Story(id=row["id"], founder_event_id=row["founder_event_id"], signature=sig, date=row["date"])


def _candidate_stories(db: Backend, cands: list[Candidate]) -> list[Story]:
    """Stored stories of the same type whose interval could overlap a candidate's (one query per chunk)."""
    windows = sorted({(c.signature.type, c.signature.interval[0], c.signature.interval[1])
                      for c in cands if c.signature.interval})
    found: dict[str, Story] = {}
    # One day of slack each side: the matching rules allow it for day-precise dates.
    rows = db.query_joined("SELECT DISTINCT s.* FROM stories s JOIN {rows} "
                           "ON s.type = w.t AND s.date_end >= w.lo - 1 AND s.date_start <= w.hi + 1",
                           [("t", "TEXT"), ("lo", "DATE"), ("hi", "DATE")], windows)
    for row in rows:
        found.setdefault(row["id"], _story_from_row(row))
    return list(found.values())


def _recount(db: Backend, story_ids: Iterable[str]) -> None:
    """Recompute stories' counts from their member events; delete stories left without members."""
    ids = sorted(set(story_ids))
    for part in chunks(ids):
        marks = _marks(len(part))
        db.execute(
            "UPDATE stories SET n_events = agg.n_events, n_mentions = agg.n_mentions, "
            "n_articles = agg.n_articles, n_sources = agg.n_sources, first_seen = agg.first_seen, "
            "last_seen = agg.last_seen FROM ("
            "  SELECT story_id, COUNT(*) AS n_events, SUM(n_mentions) AS n_mentions,"
            "  COUNT(DISTINCT doc_id) AS n_articles,"
            "  COUNT(DISTINCT COALESCE(source, 'doc:' || doc_id)) AS n_sources,"
            "  MIN(doc_date) AS first_seen, MAX(doc_date) AS last_seen"
            f"  FROM events WHERE story_id IN ({marks}) GROUP BY story_id) AS agg "
            "WHERE stories.id = agg.story_id", list(part))
        db.execute(f"DELETE FROM stories WHERE id IN ({marks}) AND NOT EXISTS "
                   f"(SELECT 1 FROM events e WHERE e.story_id = stories.id)", list(part))


def _actor_event_rows(doc: DocResult, e: Event) -> list[tuple]:
    """The event's distinct actor keys per level, as /actors groups them (migration 0007)."""
    keyed: dict[tuple, list[int]] = {}
    for role, parts in (("actor", e.actor), ("recipient", e.recipient)):
        for p in parts:
            name = p.name if p.name is not None else p.text  # SQL COALESCE(name, text)
            for key in (("country", p.country, None, None), ("sector", p.country, p.sector, None),
                        ("name", p.country, p.sector, name)):
                flags = keyed.setdefault(key, [0, 0])
                flags[0 if role == "actor" else 1] = 1
    return [(e.id, doc.id, *key, a, r, e.score) for key, (a, r) in keyed.items()]


def delete_documents(db: Backend, doc_ids: Sequence[str]) -> set[str]:
    """Delete the documents' rows; returns the story ids their events belonged to."""
    stories: set[str] = set()
    for part in chunks(list(doc_ids)):
        marks = _marks(len(part))
        stories.update(r[0] for r in db.execute(
            f"SELECT DISTINCT story_id FROM events WHERE doc_id IN ({marks}) AND story_id IS NOT NULL", part))
        for table in ("event_json", "event_dyads", "actor_events", "event_mentions", "event_participants", "events", "places",
                      "mentions", "sentences"):
            db.execute(f"DELETE FROM {table} WHERE doc_id IN ({marks})", part)
        db.execute(f"DELETE FROM documents WHERE id IN ({marks})", part)
    return stories


def _upsert_actors(db: Backend, rows: list[tuple]) -> None:
    wanted = {r[5]: (r[5], r[6], r[7], r[8]) for r in rows}
    ids = list(wanted)
    for part in chunks(ids):
        have = {r[0] for r in db.execute(f"SELECT id FROM actors WHERE id IN ({_marks(len(part))})", part)}
        db.insert_rows("actors", ("id", "name", "country", "sector"),
                       [wanted[i] for i in part if i not in have])


def write(db: Backend, results: list[DocResult], run_id: str | None = None) -> dict[str, int]:
    """Store a batch of results in one transaction (see module docstring).  Returns counts."""
    latest = {r.id: r for r in results}  # the same article twice in one batch: the last one wins
    docs = list(latest.values())
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    with db.transaction():
        db.lock_for_writes()
        old_stories = delete_documents(db, [d.id for d in docs])
        _recount(db, old_stories)

        cands = [Candidate(e.id, d.id, d.date, e.date, Signature.of(e, d.date)) for d in docs for e in d.events]
        story_of, touched = assign_stories(cands, _candidate_stories(db, cands))
        new_rows, narrowed = [], []
        for s in touched:
            sig = s.signature
            lo, hi = sig.interval if sig.interval else (None, None)
            if s.new:
                new_rows.append((s.id, sig.type, sig.status, s.founder_event_id, _keys_json(sig.actor_keys),
                                 _keys_json(sig.recipient_keys), s.date, sig.granularity, lo, hi,
                                 sig.location_country, sig.location_kind, sig.lat, sig.lon, 0, 0, 0, 0, None, None,
                                 names_json(sig.actor_names), names_json(sig.recipient_names)))
            elif s.narrowed_now:
                narrowed.append((s.date, sig.granularity, lo, hi, s.id))
        db.insert_rows("stories", STORY_COLS, new_rows)
        for row in narrowed:
            db.execute("UPDATE stories SET date = ?, date_granularity = ?, date_start = ?, date_end = ? "
                       "WHERE id = ?", row)

        tables: dict[str, list] = {}
        for d in docs:
            doc_rows = _doc_rows(d, story_of, run_id, now)
            if any("\x00" in (v or "") for v in (d.text, d.title, d.url, d.source)):
                doc_rows = {t: [_without_nul(r) for r in rows] for t, rows in doc_rows.items()}
            for table, rows in doc_rows.items():
                tables.setdefault(table, []).extend(rows)
        _upsert_actors(db, tables.get("mentions", []))
        columns = {"documents": DOC_COLS, "sentences": SENT_COLS, "mentions": MENTION_COLS, "places": PLACE_COLS,
                   "events": EVENT_COLS, "event_participants": PART_COLS, "event_mentions": EMENTION_COLS,
                   "event_dyads": DYAD_COLS, "event_json": ("event_id", "doc_id", "json"),
                   "actor_events": ACTOR_EVENT_COLS}
        for table, cols in columns.items():
            db.insert_rows(table, cols, tables.get(table, []))
        _recount(db, [s.id for s in touched])
    return {"documents": len(docs), "events": len(tables.get("events", []))}
