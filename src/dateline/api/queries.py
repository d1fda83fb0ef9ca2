"""What the API needs beyond the store's query functions (``dateline.store.query``).

The store owns filtering and the read queries (pages of events, one event with its provenance,
actors, dyads, time aggregates, map points).  This module adds only:

- :class:`ApiFilter`: the store's :class:`EventFilter` plus ``place`` (GeoNames id or place
  name), the map's click-through filter;
- :func:`event_page`: the store's event record plus what the event page highlights that the
  store record leaves out (the article's excluded regions) and the article's other events.

User values are bound parameters only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from dateline.store import query as store_query
from dateline.store.backends import Backend
from dateline.store.filters import EventFilter, alternatives


@dataclass
class ApiFilter(EventFilter):
    """``EventFilter`` + ``place``: ``2440485`` (GeoNames id) or ``Niamey`` (name, any case); ``|`` for OR."""

    place: str | None = None

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        cond, params = super().where(alias)
        places = alternatives(self.place)
        if not places:
            return cond, params
        ids = [int(p) for p in places if p.isdigit() and len(p) <= 12]
        names = [p.lower() for p in places if not (p.isdigit() and len(p) <= 12)]
        ors = []
        if ids:
            ors.append(f"{alias}.location_geonameid IN ({', '.join('?' * len(ids))})")
        if names:
            ors.append(f"lower({alias}.location_name) IN ({', '.join('?' * len(names))})")
        return f"({cond}) AND ({' OR '.join(ors)})", [*params, *ids, *names]


def event_page(db: Backend, event_id: str) -> dict[str, Any] | None:
    """The store's event record (:func:`dateline.store.query.event`) plus ``document.excluded``
    (regions not coded: captions, related headlines) and ``doc_events`` (the article's events)."""
    ev = store_query.event(db, event_id)
    if ev is None:
        return None
    rows = db.execute("SELECT excluded FROM documents WHERE id = ?", [ev["doc_id"]])
    if ev.get("document") is not None:
        ev["document"]["excluded"] = json.loads(rows[0][0] or "[]") if rows else []
    ev["doc_events"] = [
        {"id": r[0], "type": r[1], "mode": r[2], "quad": r[3], "date": r[4], "actor_country": r[5],
         "recipient_country": r[6], "sentence": {"start": r[7], "end": r[8]},
         "trigger": {"start": r[9], "end": r[10], "text": r[11]}}
        for r in db.execute("SELECT id, type, mode, quad, date, actor_country, recipient_country, sentence_start, "
                            "sentence_end, trigger_start, trigger_end, trigger_text FROM events WHERE doc_id = ? "
                            "ORDER BY sentence_start, id", [ev["doc_id"]])]
    return ev

