"""Synthetic coded articles (``DocResult`` objects) for API/UI tests, demos and benchmarks.

The articles are built from sentence templates, so every offset (sentence, trigger, actor,
recipient, date, place) is exact by construction and the store, API and UI can be exercised at
any size (``bench/api_latency.py`` writes 100,000+ events) without running spaCy.  The generator
is seeded: the same arguments always give the same documents.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dateline.model import Actor, DocResult, Event, Mention, Participant, Place, Region, Sentence, Span, Timex

# (ISO-3, noun phrase, adjective, capital, geonameid, lat, lon)
COUNTRIES = [
    ("NER", "Niger", "Nigerien", "Niamey", 2440485, 13.51, 2.11),
    ("USA", "the United States", "U.S.", "Washington", 4140963, 38.90, -77.04),
    ("MLI", "Mali", "Malian", "Bamako", 2460596, 12.65, -8.00),
    ("BFA", "Burkina Faso", "Burkinabe", "Ouagadougou", 2357048, 12.37, -1.53),
    ("FRA", "France", "French", "Paris", 2988507, 48.85, 2.35),
    ("RUS", "Russia", "Russian", "Moscow", 524901, 55.75, 37.62),
    ("NGA", "Nigeria", "Nigerian", "Abuja", 2352778, 9.06, 7.49),
    ("CHN", "China", "Chinese", "Beijing", 1816670, 39.91, 116.40),
    ("UKR", "Ukraine", "Ukrainian", "Kyiv", 703448, 50.45, 30.52),
    ("DEU", "Germany", "German", "Berlin", 2950159, 52.52, 13.41),
    ("SDN", "Sudan", "Sudanese", "Khartoum", 379252, 15.55, 32.53),
    ("ETH", "Ethiopia", "Ethiopian", "Addis Ababa", 344979, 9.02, 38.75),
    ("IND", "India", "Indian", "New Delhi", 1261481, 28.64, 77.22),
    ("BRA", "Brazil", "Brazilian", "Brasilia", 3469058, -15.78, -47.93),
    ("TUR", "Turkey", "Turkish", "Ankara", 323786, 39.92, 32.85),
    ("IRN", "Iran", "Iranian", "Tehran", 112931, 35.69, 51.42),
]
SECTORS = [("government", "GOV"), ("military", "MIL"), ("police", "COP"), ("parliament", "LEG"),
           ("rebels", "REB"), ("protesters", "CVL")]
# (type, mode, quad, score, verb phrase in the past tense, preposition before the recipient)
EVENTS = [
    ("CONSULT", "visit", 1, 1.0, "visited", ""),
    ("CONSULT", "meet", 1, 1.0, "met", "with "),
    ("AGREE", None, 1, 3.0, "agreed to cooperate with", ""),
    ("SUPPORT", None, 1, 3.5, "praised", ""),
    ("REQUEST", None, 1, -1.0, "called on", ""),
    ("COOPERATE", "military", 2, 6.0, "signed a defence pact with", ""),
    ("AID", "economic", 2, 7.0, "sent aid to", ""),
    ("ACCUSE", None, 3, -2.0, "accused", ""),
    ("REJECT", None, 3, -4.0, "rejected the demands of", ""),
    ("THREATEN", None, 3, -4.4, "threatened", ""),
    ("SANCTION", "discontinue", 4, -6.0, "terminated its military agreement with", ""),
    ("SANCTION", "economic", 4, -6.5, "imposed sanctions on", ""),
    ("COERCE", "seize", 4, -7.0, "arrested officials of", ""),
    ("ASSAULT", "aerial", 4, -9.5, "bombed positions of", ""),
    ("PROTEST", "demonstrate", 3, -3.0, "demonstrated against", ""),
]
SOURCES = ["AFP", "Reuters", "AP", "Al Jazeera", "BBC", "RFI", "Xinhua", "DW"]
FILLER = [
    "Officials did not comment further.",
    "The statement was read on national television.",
    "Analysts said the move had been expected for weeks.",
    "Photo: AP",
]


class _Writer:
    """Builds article text piece by piece and returns the spans of the pieces."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> Span:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return Span(start, self.length, text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _participant(span: Span, country: str, sector: str, name: str) -> Participant:
    return Participant(span.start, span.end, span.text, country, sector, name=name)


def make_document(rng: random.Random, doc_id: str, dct: date, n_events: int = 3) -> DocResult:
    """One article with ``n_events`` event sentences, a filler sentence and a photo credit."""
    w = _Writer()
    sentences, events, mentions, places, timexes = [], [], [], [], []
    excluded = []
    for k in range(n_events):
        a, r = rng.sample(COUNTRIES, 2)
        sa, sr = rng.choice(SECTORS), rng.choice(SECTORS)
        etype, mode, quad, score, verb, prep = rng.choice(EVENTS)
        days_back = rng.choice([0, 1, 1, 2, 3, 6])
        when = dct - timedelta(days=days_back)
        weekday = when.strftime("%A")
        s0 = w.length
        w.add("The ")
        actor_span = w.add(f"{a[2]} {sa[0]}")
        w.add(" ")
        trig = w.add(verb)
        w.add(" " + prep)
        rec_span = w.add(f"the {r[2]} {sr[0]}")
        at_place = rng.random() < 0.7
        place_span = None
        if at_place:
            host = rng.choice([a, r])
            w.add(" in ")
            place_span = w.add(host[3])
        w.add(" on ")
        date_span = w.add(weekday)
        w.add(".")
        sentence = Span(s0, w.length, w.text[s0:w.length])
        w.add(" ")
        sentences.append(Sentence(s0, sentence.end))
        mentions.append(Mention(actor_span.start, actor_span.end, actor_span.text,
                                Actor(f"{a[1]} {sa[0]}", a[0], sa[1])))
        mentions.append(Mention(rec_span.start, rec_span.end, rec_span.text,
                                Actor(f"{r[1]} {sr[0]}", r[0], sr[1])))
        location = None
        if place_span is not None:
            location = Place(place_span.start, place_span.end, place_span.text, host[3], host[4], host[0],
                             host[5], host[6], "city", reason="synthetic")
            places.append(location)
        timexes.append(Timex(date_span.start, date_span.end, date_span.text, "DATE", when.isoformat(),
                             anchor="dct", granularity="day"))
        events.append(Event(
            id=f"{doc_id}:e{k + 1}", type=etype, mode=mode, quad=quad, score=score, sentence=sentence,
            trigger=trig,
            actor=[_participant(actor_span, a[0], sa[1], f"{a[1]} {sa[0]}")],
            recipient=[_participant(rec_span, r[0], sr[1], f"{r[1]} {sr[0]}")],
            date=when.isoformat(), date_granularity="day", date_reason="attached_timex", date_span=date_span,
            location=location, status=rng.choice(["factual"] * 8 + ["future", "claimed"]),
            confidence=round(rng.uniform(0.5, 0.95), 2), context=[], reason=f"synthetic:{etype.lower()}"))
    filler = rng.choice(FILLER)
    f = w.add(filler)
    if filler.startswith("Photo"):
        excluded.append(Region(f.start, f.end, "credit", "synthetic.credit"))
        sentences.append(Sentence(f.start, f.end, excluded=True))
    else:
        sentences.append(Sentence(f.start, f.end))
    return DocResult(id=doc_id, text=w.text, date=dct.isoformat(), title=f"Synthetic report {doc_id}",
                     url=None, source=rng.choice(SOURCES), sentences=sentences, excluded=excluded,
                     timexes=timexes, places=places, mentions=mentions, events=events,
                     pipeline_version="synthetic")


def make_documents(n_docs: int, *, seed: int = 7, start: date = date(2023, 1, 1), days: int = 730,
                   events_per_doc: int = 3, prefix: str = "syn") -> list[DocResult]:
    """``n_docs`` articles dated over ``days`` days from ``start``."""
    rng = random.Random(seed)
    return [make_document(rng, f"{prefix}-{i:07d}", start + timedelta(days=rng.randrange(days)), events_per_doc)
            for i in range(n_docs)]

