"""Time stage: TIMEX3 tagging (detection + normalization against the date line) and event dating.

Public API (called by :mod:`dateline.pipeline`):

- :func:`tag` -- every time expression of an article, with TIMEX3 type and value;
- :func:`date_events` -- each event dated by the time expression that governs it, else the
  narrative reference time, else the date line.
"""

from __future__ import annotations

from dateline.model import Event, Timex


def tag(text: str, dct: str | None, doc=None) -> list[Timex]:
    """TIMEX3 expressions of ``text`` normalized against ``dct`` (ISO ``YYYY-MM-DD`` or None).

    ``doc`` (the spaCy Doc of ``text``) is optional: when given, the dependency parse decides the
    tense that a bare weekday or month is read in; without it a text heuristic does.
    """
    from dateline.time.anchoring import tag_text

    return tag_text(text, dct, doc=doc)


def date_events(events: list[Event], timexes: list[Timex], doc=None, dct: str | None = None) -> list[Event]:
    """Fill ``date``, ``date_granularity``, ``date_reason`` and ``date_span`` of each event."""
    from dateline.time.dating import date_events as _date_events

    return _date_events(events, timexes, doc=doc, dct=dct)


__all__ = ["tag", "date_events"]
