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


def _find(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(start, start + len(needle), needle)


def founding_example(text: str, doc_id: str = "seed-niger") -> DocResult:
    """The founding example coded by hand (what issue 2 expects), for UI and API tests.

    ``text`` is the article text after the date line.  Spans are located in it by search,
    so they point exactly at the words they name.
    """
    def sent(span: Span) -> Span:
        start = text.rfind("\n", 0, span.start) + 1
        end = text.find("\n", span.end)
        end = len(text) if end < 0 else end
        return Span(start, end, text[start:end])

    niamey = _find(text, "Niamey")
    gov = _find(text, "Nigerien government")
    usa = _find(text, "the United States", gov.end)
    sat = _find(text, "Saturday")
    term = _find(text, "terminating")
    deleg = _find(text, "a senior U.S. delegation")
    visit = _find(text, "visit", deleg.end)
    junta = _find(text, "the military junta")
    day = _find(text, "just a day")
    blinken = _find(text, "U.S. Secretary of State Antony Blinken", text.index("Washington was aware"))
    visit2 = _find(text, "visit", blinken.end)
    niger2 = _find(text, "Niger", visit2.end)
    ago = _find(text, "a year ago")
    washington = _find(text, "Washington", text.index("July 2023 coup"))
    cut = _find(text, "cut aid", washington.end)
    government = _find(text, "the government", cut.end)
    july = _find(text, "the July 2023 coup")
    place = Place(niamey.start, niamey.end, "Niamey", "Niamey", 2440485, "NER", 13.51, 2.11, "city")
    p = Participant
    events = [
        Event(f"{doc_id}:e1", "SANCTION", "discontinue", 4, -6.0, sent(gov), term,
              [p(gov.start, gov.end, gov.text, "NER", "GOV", name="Niger government")],
              [p(usa.start, usa.end, usa.text, "USA", "GOV", name="United States")],
              date="2024-03-16", date_granularity="day", date_reason="attached_timex", date_span=sat,
              confidence=0.9, context=["military", "diplomatic"], reason="lexicon:terminate->SANCTION"),
        Event(f"{doc_id}:e2", "CONSULT", "visit", 1, 1.0, sent(deleg), visit,
              [p(deleg.start, deleg.end, deleg.text, "USA", "GOV", name="United States delegation")],
              [p(junta.start, junta.end, junta.text, "NER", "MIL", name="Niger junta")],
              date="2024-03-15", date_granularity="day", date_reason="attached_timex", date_span=day,
              confidence=0.8, reason="lexicon:visit->CONSULT"),
        Event(f"{doc_id}:e3", "CONSULT", "visit", 1, 1.0, sent(blinken), visit2,
              [p(blinken.start, blinken.end, blinken.text, "USA", "GOV", name="Antony Blinken")],
              [p(niger2.start, niger2.end, niger2.text, "NER", "GOV", name="Niger")],
              date="2023-03", date_granularity="month", date_reason="attached_timex", date_span=ago,
              location=None, confidence=0.8, reason="lexicon:visit->CONSULT"),
        Event(f"{doc_id}:e4", "SANCTION", "economic", 4, -6.0, sent(washington), cut,
              [p(washington.start, washington.end, washington.text, "USA", "GOV", name="United States government")],
              [p(government.start, government.end, government.text, "NER", "GOV", name="Niger government")],
              date="2023-07", date_granularity="month", date_reason="narrative", date_span=july,
              location=None, confidence=0.7, reason="lexicon:cut aid->SANCTION"),
    ]
    # The Blinken visit took place in Niger; the caption puts it in Niamey, but captions are not coded.
    caption = _find(text, "U.S. Secretary of State Antony Blinken (left)")
    cap_end = text.index("Photo: AP") + len("Photo: AP")
    excluded = [Region(caption.start, cap_end, "caption", "caption.photo_credit")]
    # Niamey appears only in the caption, which is not coded: it is a place of the document, but
    # no event is located there.
    sentences = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            sentences.append(Sentence(pos, pos + len(line), excluded=pos == caption.start))
        pos += len(line) + 1
    mentions = [Mention(gov.start, gov.end, gov.text, Actor("Niger government", "NER", "GOV")),
                Mention(usa.start, usa.end, usa.text, Actor("United States", "USA", "GOV"))]
    return DocResult(id=doc_id, text=text, date="2024-03-17", title="Niger ends military cooperation with the US",
                     source="founding-example", sentences=sentences, excluded=excluded,
                     timexes=[Timex(sat.start, sat.end, sat.text, "DATE", "2024-03-16", "dct", granularity="day")],
                     places=[place], mentions=mentions, events=events, focus_country="NER",
                     pipeline_version="hand-coded")
