"""DocResult objects built in code for the store tests: the founding example as the pipeline is
meant to code it (issue 2), and small wire reports of the same happenings from other outlets.

Offsets are computed by finding the quoted words in the text, so they always point into it.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

from dateline.model import (Actor, DocResult, Event, Mention, Participant, Place, Region, Sentence, Span,
                            Timex)

PG_URL = os.environ.get("DATELINE_TEST_PG_URL")
BACKENDS = ["duckdb", pytest.param("postgresql", marks=[
    pytest.mark.db, pytest.mark.skipif(not PG_URL, reason="DATELINE_TEST_PG_URL not set")])]


def pg_schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options={quote(f'-csearch_path={schema}')}"


def new_store_url(backend: str, tmp_path, request, name: str = "events") -> str:
    """URL of a fresh, empty store; PostgreSQL schemas are dropped when the test ends."""
    if backend == "duckdb":
        return str(tmp_path / f"{name}.duckdb")
    import psycopg

    schema = f"dl_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute(f'CREATE SCHEMA "{schema}"')

    def drop() -> None:
        with psycopg.connect(PG_URL, autocommit=True) as con:
            con.execute(f'DROP SCHEMA "{schema}" CASCADE')

    request.addfinalizer(drop)
    return pg_schema_url(PG_URL, schema)


REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "niger-2024-03-17.txt"


def niger_text() -> str:
    raw = SAMPLE.read_text(encoding="utf-8")
    _header, _, rest = raw.partition("\n")
    return rest.lstrip("\n")


def _find(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(start, start + len(needle), needle)


def _sentence_of(sentences: list[Sentence], text: str, span: Span) -> Span:
    for s in sentences:
        if s.start <= span.start < s.end:
            return Span(s.start, s.end, text[s.start:s.end])
    raise ValueError(span)


def _sentences(text: str) -> list[Sentence]:
    """Paragraph = sentence in these fixtures (each paragraph of the sample is one sentence or a caption)."""
    out, pos = [], 0
    for para in text.split("\n\n"):
        start = text.index(para, pos)
        end = start + len(para.rstrip("\n"))
        if end > start:
            out.append(Sentence(start, end))
        pos = end
    return out


def _part(text: str, needle: str, country: str | None, sector: str | None, name: str | None = None,
          after: int = 0) -> Participant:
    s = _find(text, needle, after)
    return Participant(s.start, s.end, s.text, country, sector, name)


def niger_doc(doc_id: str = "seed-niger", source: str | None = "example-news", date: str = "2024-03-17",
              version: str = "test-1") -> DocResult:
    text = niger_text()
    caption = _find(text, "U.S. Secretary of State Antony Blinken (left) poses")
    caption_end = text.index("Photo: AP") + len("Photo: AP")
    headline = _find(text, "France will end its military presence in Niger after the coup")
    excluded = [Region(caption.start, caption_end, "caption", "caption.photo_credit"),
                Region(headline.start, headline.end, "related_headline", "related.short_line")]
    sentences = [Sentence(s.start, s.end, any(r.start <= s.start and s.end <= r.end for r in excluded))
                 for s in _sentences(text)]
    niger_place = lambda needle, after=0: Place(*_sp(text, needle, after), name="Niger", geonameid=2440476,  # noqa: E731
                                                country="NER", lat=17.0, lon=9.0, kind="country")
    niamey = _find(text, "Niamey")
    places = [Place(niamey.start, niamey.end, "Niamey", "Niamey", 2440485, "NER", 13.51, 2.11, "city"),
              niger_place("left Niger")]
    mentions = [
        Mention(*_sp(text, "Nigerien government"), Actor("Niger government", "NER", "GOV")),
        Mention(*_sp(text, "the United States"), Actor("United States", "USA", "GOV")),
        Mention(*_sp(text, "Washington"), Actor("United States government", "USA", "GOV"),
                flags=("metonym:capital",)),
        Mention(*_sp(text, "The Nigerian military"), Actor("Niger military", "NER", "MIL"),
                flags=("adjective_corrected:NGA->NER",)),
        Mention(*_sp(text, "Moscow"), Actor("Russia government", "RUS", "GOV"), flags=("metonym:capital",)),
    ]
    timexes = [Timex(*_sp(text, "Saturday"), type="DATE", value="2024-03-16", anchor="dct", granularity="day")]

    def ev(n: int, type_: str, mode: str | None, quad: int, score: float, trigger: str, actor: Participant,
           recipient: Participant, date_: str | None, gran: str, loc: Place | None = None, status: str = "factual",
           extra: list[str] = (), after: int = 0) -> Event:
        trig = _find(text, trigger, after)
        sent = _sentence_of(sentences, text, trig)
        more = [_sentence_of(sentences, text, _find(text, m)) for m in extra]
        return Event(id=f"{doc_id}:e{n}", type=type_, mode=mode, quad=quad, score=score, sentence=sent, trigger=trig,
                     actor=[actor], recipient=[recipient], date=date_, date_granularity=gran,
                     date_reason="attached_timex" if date_ else "none", location=loc, status=status,
                     confidence=0.8, context=["military"], reason="fixture", mentions=more)

    visit2024 = text.index("a senior U.S. delegation")
    events = [
        ev(1, "SANCTION", "discontinue", 4, -6.0, "terminating",
           _part(text, "Nigerien government", "NER", "GOV"), _part(text, "the United States", "USA", "GOV"),
           "2024-03-16", "day", extra=["decided to denounce"]),
        ev(2, "CONSULT", "visit", 1, 1.0, "visit",
           _part(text, "a senior U.S. delegation", "USA", "GOV"), _part(text, "the military junta", "NER", "MIL"),
           "2024-03-15", "day", loc=niger_place("left Niger"), after=visit2024),
        ev(3, "CONSULT", "visit", 1, 1.0, "made a rare visit",
           _part(text, "Antony Blinken", "USA", "GOV", "Antony Blinken", after=text.index("made a rare") - 60),
           _part(text, "Niger", "NER", "GOV", after=text.index("rare visit")), "2023-03", "month",
           loc=Place(*_sp(text, "Niger", text.index("rare visit")), name="Niger", geonameid=2440476, country="NER", lat=17.0,
                     lon=9.0, kind="country")),
        ev(4, "COERCE", "seize", 4, -9.0, "deposed", _part(text, "the army", "NER", "MIL"),
           _part(text, "Bazoum", "NER", "GOV", "Mohamed Bazoum", after=text.index("deposed")), "2023-07", "month"),
        ev(5, "SANCTION", "aid_stop", 4, -5.0, "cut aid", _part(text, "Washington", "USA", "GOV", after=text.index("Washington has")),
           _part(text, "the government", "NER", "GOV", after=text.index("cut aid")), "2023-07", "month"),
    ]
    return DocResult(id=doc_id, text=text, date=date, source=source, title="Niger ends military cooperation with US",
                     url=f"https://example.org/{doc_id}", sentences=sentences, excluded=excluded, timexes=timexes,
                     places=places, mentions=mentions, events=events, focus_country="NER",
                     pipeline_version=version)


def _sp(text: str, needle: str, after: int = 0) -> tuple[int, int, str]:
    s = _find(text, needle, after)
    return s.start, s.end, s.text


WIRE_TEXT = ("Niger's ruling junta on Saturday revoked its military accord with the United States. "
             "The decision follows a visit by US officials to Niamey this week.")


def wire_doc(doc_id: str = "wire-1", source: str = "wire-service", date: str = "2024-03-17",
             sanction_date: str = "2024-03-16", gran: str = "day", version: str = "test-1") -> DocResult:
    """Another outlet's short report of the founding example's SANCTION (and of the visit)."""
    text = WIRE_TEXT
    s1 = Sentence(0, text.index(" The decision") )
    s2 = Sentence(s1.end + 1, len(text))
    niamey = _find(text, "Niamey")
    places = [Place(niamey.start, niamey.end, "Niamey", "Niamey", 2440485, "NER", 13.51, 2.11, "city")]
    e1 = Event(id=f"{doc_id}:e1", type="SANCTION", mode="discontinue", quad=4, score=-6.0,
               sentence=Span(s1.start, s1.end, text[s1.start:s1.end]), trigger=_find(text, "revoked"),
               actor=[Participant(*_sp(text, "Niger's ruling junta"), "NER", "MIL")],
               recipient=[Participant(*_sp(text, "the United States"), "USA", None)],
               date=sanction_date, date_granularity=gran, date_reason="attached_timex", status="factual",
               confidence=0.7)
    e2 = Event(id=f"{doc_id}:e2", type="CONSULT", mode="visit", quad=1, score=1.0,
               sentence=Span(s2.start, s2.end, text[s2.start:s2.end]), trigger=_find(text, "visit"),
               actor=[Participant(*_sp(text, "US officials"), "USA", "GOV")],
               recipient=[], date="2024-W11", date_granularity="week", date_reason="attached_timex",
               location=places[0], confidence=0.6)
    return DocResult(id=doc_id, text=text, date=date, source=source, title="Niger revokes US military accord",
                     url=f"https://wire.example/{doc_id}", sentences=[s1, s2], places=places,
                     mentions=[Mention(*_sp(text, "the United States"), Actor("United States", "USA", "GOV"))],
                     events=[e1, e2], focus_country="NER", pipeline_version=version)
