"""Fixtures of the time-stage tests: the founding example's text and date line."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def founding() -> tuple[str, str]:
    """(text, dct) of samples/niger-2024-03-17.txt, read like the dated-text form: header line off."""
    raw = (REPO / "samples" / "niger-2024-03-17.txt").read_text(encoding="utf-8")
    header, _, rest = raw.partition("\n")
    dct = header.strip().split()[1]
    return rest.lstrip("\n"), dct


@pytest.fixture(scope="session")
def founding_timexes(founding):
    from dateline.time import tag

    text, dct = founding
    return {t.text: t for t in tag(text, dct)}


@pytest.fixture(scope="session")
def date_event(nlp):
    """``date_event(text, trigger, dct, occurrence=1)``: the event at the ``occurrence``-th
    ``trigger`` of ``text``, dated as the pipeline dates a coded event."""
    from dateline.model import Event, Span
    from dateline.time import date_events, tag

    def run(text: str, trigger: str, dct: str, occurrence: int = 1) -> Event:
        doc = nlp(text)
        start = -1
        for _ in range(occurrence):
            start = text.index(trigger, start + 1)
        end = start + len(trigger)
        sent = doc.char_span(start, end, alignment_mode="expand")[0].sent
        ev = Event(id="x:1", type="X", mode=None, quad=0, score=0.0,
                   sentence=Span(sent.start_char, sent.end_char, sent.text), trigger=Span(start, end, trigger),
                   actor=[], recipient=[])
        [out] = date_events([ev], tag(text, dct, doc=doc), doc=doc, dct=dct)
        return out

    return run
