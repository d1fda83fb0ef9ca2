"""Event filters shared by ``dateline query``, ``dateline export`` and the HTTP API.

Filter values are the strings a user types; ``|`` separates alternatives (``country=NER|MLI``),
as in ACLED's API.  :meth:`EventFilter.where` turns them into a SQL condition on the ``events``
table (alias ``e``) plus its parameters: values are always bound parameters, never SQL text.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from dateline.store.errors import FilterError


PLOVER_TYPES = ("AGREE", "ACCUSE", "AID", "ASSAULT", "CONCEDE", "CONSULT", "COERCE", "COOPERATE",
                "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT",
                "THREATEN")
STATUSES = ("factual", "future", "hypothetical", "negated", "claimed")

_CODE = re.compile(r"^[A-Za-z]{2,4}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def alternatives(value: str | None) -> list[str]:
    """``"NER| mli |"`` -> ``["NER", "mli"]`` (blank alternatives dropped)."""
    if value is None:
        return []
    return [v.strip() for v in str(value).split("|") if v.strip()]


def parse_date_bound(value: str, *, end: bool) -> date:
    """``2024``, ``2024-03`` or ``2024-03-16``; a partial date expands to its first (or last) day."""
    m = _DATE.match(value.strip())
    if not m:
        raise FilterError(f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        mo = int(month)
        if day is None:
            return date(year, mo, monthrange(year, mo)[1]) if end else date(year, mo, 1)
        return date(year, mo, int(day))
    except ValueError as exc:
        raise FilterError(f"bad date {value!r}: {exc}") from None


def _codes(value: str | None, what: str) -> list[str]:
    codes = [c.upper() for c in alternatives(value)]
    for c in codes:
        if not _CODE.match(c):
            raise FilterError(f"bad {what} {c!r}: use ISO-3 or PLOVER codes such as NER, USA, IGO")
    return codes



def _confidence(value: str) -> float:
    """A confidence bound: a number from 0 to 1."""
    try:
        bound = float(value)
    except ValueError:
        bound = float("nan")
    if not 0.0 <= bound <= 1.0:  # (also false for NaN)
        raise FilterError(f"bad min_confidence {value!r}: use a number from 0 to 1, e.g. 0.5")
    return bound


def _checked(values: list[str], valid, what: str) -> list[str]:
    """``values`` if each is one of ``valid``; else a FilterError naming the bad one and the choices."""
    for v in values:
        if v not in valid:
            raise FilterError(f"bad {what} {v!r}; valid: {', '.join(valid)}")
    return values

@dataclass
class EventFilter:
    """Which events to return.  Every field is optional; ``|`` separates alternatives.

    - ``date_from`` / ``date_to``: ``YYYY[-MM[-DD]]``, inclusive, matched against the first day
      of the event's date at its granularity (``date_start``).  Undated events never match a date
      filter.
    - ``country``: actor OR recipient country; ``actor_country`` / ``recipient_country``: one side.
    - ``actor``: case-insensitive text in any participant's name, span text or person.
    - ``dyad``: ``A-B`` directed country pairs, e.g. ``NER-USA|USA-NER``.
    - ``type`` (PLOVER event type), ``mode``, ``quad`` (1-4), ``status``.
    - ``q``: case-insensitive substring of the event's sentence text.
    - ``story_id``, ``doc_id``, ``source``: exact matches.
    - ``min_confidence``: a number 0-1; only events coded at least this sure (on hand-judged real
      news, precision rises with it: docs/events.md).
    """

    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    actor_country: str | None = None
    recipient_country: str | None = None
    actor: str | None = None
    dyad: str | None = None
    type: str | None = None
    mode: str | None = None
    quad: str | None = None
    status: str | None = None
    q: str | None = None
    story_id: str | None = None
    doc_id: str | None = None
    source: str | None = None
    min_confidence: str | None = None

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> EventFilter:
        """Build from a mapping (query string, CLI options); unknown keys raise FilterError."""
        names = {f.name for f in fields(cls)}
        unknown = sorted(k for k, v in params.items() if k not in names and v is not None)
        if unknown:
            raise FilterError(f"unknown filter(s) {', '.join(unknown)}; valid: {', '.join(sorted(names))}")
        return cls(**{k: (None if v is None else str(v)) for k, v in params.items() if k in names})

    def to_params(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        """SQL condition (``TRUE`` when empty) and parameters for the ``events`` table."""
        conds: list[str] = []
        params: list[Any] = []
        a = alias

        def add_in(column: str, values: list[Any]) -> None:
            conds.append(f"{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)

        if self.date_from:
            conds.append(f"{a}.date_start >= ?")
            params.append(parse_date_bound(self.date_from, end=False))
        if self.date_to:
            conds.append(f"{a}.date_start <= ?")
            params.append(parse_date_bound(self.date_to, end=True))

        # Participant countries are matched in the events' "|NER|USA|" columns (no join).
        for value, column in ((self.country, "countries"), (self.actor_country, "actor_countries"),
                              (self.recipient_country, "recipient_countries")):
            codes = _codes(value, "country")
            if codes:
                conds.append("(" + " OR ".join(f"strpos({a}.{column}, ?) > 0" for _ in codes) + ")")
                params.extend(f"|{c}|" for c in codes)

        names = [n.lower() for n in alternatives(self.actor)]
        if names:
            ors = " OR ".join("strpos(search, ?) > 0" for _ in names)
            conds.append(f"{a}.id IN (SELECT event_id FROM event_participants WHERE {ors})")
            params.extend(names)

        pairs = []
        for d in alternatives(self.dyad):
            parts = [p.strip() for p in re.split(r"[-_>]", d) if p.strip()]
            if len(parts) != 2:
                raise FilterError(f"bad dyad {d!r}: use A-B, e.g. NER-USA")
            pairs.append(tuple(_codes(p, "dyad country")[0] for p in parts))
        if pairs:
            # A-B: some actor of country A and some recipient of country B.
            ors = " OR ".join(f"(strpos({a}.actor_countries, ?) > 0 AND strpos({a}.recipient_countries, ?) > 0)"
                              for _ in pairs)
            conds.append(f"({ors})")
            for x, y in pairs:
                params.extend([f"|{x}|", f"|{y}|"])

        types = _checked([t.upper() for t in alternatives(self.type)], PLOVER_TYPES, "event type")
        if types:
            add_in(f"{a}.type", types)
        modes = [m.lower() for m in alternatives(self.mode)]
        if modes:
            add_in(f"{a}.mode", modes)
        quads = []
        for qv in alternatives(self.quad):
            if qv not in ("1", "2", "3", "4"):
                raise FilterError(f"bad quad {qv!r}: use 1 (verbal coop.), 2 (material coop.), "
                                  "3 (verbal conflict), 4 (material conflict)")
            quads.append(int(qv))
        if quads:
            add_in(f"{a}.quad", quads)
        statuses = _checked([s.lower() for s in alternatives(self.status)], STATUSES, "status")
        if statuses:
            add_in(f"{a}.status", statuses)
        texts = [t.lower() for t in alternatives(self.q)]
        if texts:
            conds.append("(" + " OR ".join(f"strpos({a}.sentence_lc, ?) > 0" for _ in texts) + ")")
            params.extend(texts)
        if self.min_confidence not in (None, ""):
            conds.append(f"{a}.confidence >= ?")
            params.append(_confidence(self.min_confidence))
        for column, value in (("story_id", self.story_id), ("doc_id", self.doc_id), ("source", self.source)):
            values = alternatives(value)
            if values:
                add_in(f"{a}.{column}", values)
        return (" AND ".join(conds) if conds else "TRUE"), params
