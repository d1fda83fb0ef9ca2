"""The typed objects that travel between stages.

Every stage takes and returns these (plus, between ``nlp`` and the stages after
it, the spaCy ``Doc`` that ``nlp`` produced).  Their ``to_json`` methods produce
exactly the document JSON of ``docs/interfaces.md``; change that contract only by
adding fields.

All ``start``/``end`` values are character offsets (Python ``str`` indices) into
``Article.text``.  Lists are never ``None``: an empty list means "found nothing".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

Status = Literal["factual", "future", "hypothetical", "negated", "claimed"]
Granularity = Literal["day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown"]


@dataclass(frozen=True)
class Origin:
    """Where an article came from, for error messages: ``path:line``."""

    path: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path


@dataclass
class Article:
    """One input article, as read by ``ingest``: text unchanged, date as ISO ``YYYY-MM-DD`` or None."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    origin: Origin | None = None


@dataclass(frozen=True)
class InputProblem:
    """A bad input: reported on stderr as ``path:line: message`` and skipped."""

    origin: Origin
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Region:
    """A stretch of text that is not the article's own reporting (``clean`` stage)."""

    start: int
    end: int
    kind: str  # caption | credit | related_headline | byline | read_more | boilerplate
    reason: str  # rule id that decided, e.g. "caption.photo_credit"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    excluded: bool = False  # inside a Region: no events come from it

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end}
        if self.excluded:
            d["excluded"] = True
        return d


@dataclass(frozen=True)
class Timex:
    """A TIMEX3 expression with its normalized value.

    ``anchor`` says what the value was computed against: ``dct`` (the date line),
    ``absolute`` (no anchor needed), ``narrative`` (the story's reference time),
    ``timex:<tid>`` (another expression), or ``none`` (no date line: value unresolved).
    """

    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    anchor: str = "absolute"
    tid: str | None = None
    mod: str | None = None  # TIMEX3 mod: APPROX, BEFORE, AFTER, START, END ...
    granularity: Granularity = "unknown"

    def to_json(self) -> dict[str, Any]:
        d = {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
             "value": self.value, "anchor": self.anchor}
        if self.mod:
            d["mod"] = self.mod
        return d


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    text: str
    name: str
    geonameid: int | None
    country: str | None  # ISO-3
    lat: float | None
    lon: float | None
    kind: str  # country | admin1 | admin2 | city | region (continents) | landmark
    admin1: str | None = None
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        d = {"start": self.start, "end": self.end, "text": self.text, "name": self.name,
             "geonameid": self.geonameid, "country": self.country, "lat": self.lat, "lon": self.lon,
             "kind": self.kind}
        if self.admin1:
            d["admin1"] = self.admin1
        if self.reason:
            d["reason"] = self.reason
        return d


@dataclass(frozen=True)
class Actor:
    """A resolved actor: PLOVER country code (ISO-3 or IGO/UNO/EUR/NGO/MNC/IMG) and sector."""

    name: str
    country: str | None
    sector: str | None = None
    person: str | None = None  # "Antony Blinken" when the mention names a person
    role: str | None = None  # "Secretary of State"

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "country": self.country, "sector": self.sector}
        if self.person:
            d["person"] = self.person
        if self.role:
            d["role"] = self.role
        return d


@dataclass(frozen=True)
class Mention:
    """A stretch of text that refers to an actor.

    ``flags`` record corrections and inferences, e.g. ``adjective_corrected:NGA->NER``,
    ``metonym:capital``, ``coref``.  ``ref`` is the index (in ``DocResult.mentions``) of the
    mention this one corefers with, when it does.
    """

    start: int
    end: int
    text: str
    actor: Actor
    flags: tuple[str, ...] = ()
    reason: str = ""
    ref: int | None = None

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                             "actor": self.actor.to_json()}
        if self.flags:
            d["flags"] = list(self.flags)
        if self.reason:
            d["reason"] = self.reason
        if self.ref is not None:
            d["ref"] = self.ref
        return d


# Flag of a participant whose country the places stage gave it (a city visited or attacked stands for its country:
# places/locate.py); the events stage's relevance layer reads participants as the events stage coded them, without it.
PLACE_COUNTRY_FLAG = "country_of_place"


@dataclass(frozen=True)
class Participant:
    """An event argument (actor or recipient): a span plus the resolved actor."""

    start: int
    end: int
    text: str
    country: str | None
    sector: str | None
    name: str | None = None
    flags: tuple[str, ...] = ()
    # For a coreferenced pronoun ("it", "they"): the named mention it refers back to.
    antecedent: Span | None = None

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                             "country": self.country, "sector": self.sector}
        if self.name:
            d["name"] = self.name
        if self.flags:
            d["flags"] = list(self.flags)
        if self.antecedent is not None:
            d["antecedent"] = self.antecedent.to_json()
        return d


def without_place_country(p: Participant) -> Participant:
    """The participant as the actors stage resolved it: without a country the places stage gave a place
    (:data:`PLACE_COUNTRY_FLAG`), which is no party's country."""
    if PLACE_COUNTRY_FLAG not in p.flags:
        return p
    return replace(p, country=None, flags=tuple(f for f in p.flags if f != PLACE_COUNTRY_FLAG))


@dataclass(frozen=True)
class EventDate:
    """When an event happened, and how that was decided (``time`` stage)."""

    value: str | None  # ISO date truncated to granularity, e.g. "2023-07"
    granularity: Granularity
    reason: str  # attached_timex | narrative | dct | none
    span: Span | None = None


@dataclass(frozen=True)
class ActorAnalysis:
    """What the ``actors`` stage found in one document."""

    mentions: list[Mention]
    focus_country: str | None = None  # ISO-3 of the country the article is about, if clear


@dataclass
class Event:
    id: str
    type: str
    mode: str | None
    quad: int
    score: float
    sentence: Span
    trigger: Span
    actor: list[Participant]
    recipient: list[Participant]
    date: str | None = None
    date_granularity: Granularity = "unknown"
    date_reason: str = "none"
    date_span: Span | None = None
    location: Place | None = None
    status: Status = "factual"
    confidence: float = 0.5
    context: list[str] = field(default_factory=list)
    reason: str = ""
    mentions: list[Span] = field(default_factory=list)  # further sentences reporting the same event

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "mode": self.mode, "quad": self.quad, "score": self.score,
            "sentence": {"start": self.sentence.start, "end": self.sentence.end},
            "trigger": self.trigger.to_json(),
            "actor": [p.to_json() for p in self.actor],
            "recipient": [p.to_json() for p in self.recipient],
            "date": self.date, "date_granularity": self.date_granularity,
            "date_reason": self.date_reason,
            "date_span": self.date_span.to_json() if self.date_span else None,
            "location": self.location.to_json() if self.location else None,
            "status": self.status, "confidence": round(self.confidence, 3), "context": list(self.context),
            "reason": self.reason,
            "mentions": [{"start": m.start, "end": m.end} for m in self.mentions],
        }


@dataclass
class DocResult:
    """Everything dateline found in one article."""

    id: str
    text: str
    date: str | None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    excluded: list[Region] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # degraded modes, e.g. "no date line"
    focus_country: str | None = None
    pipeline_version: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "date": self.date, "title": self.title, "url": self.url, "source": self.source,
            "text": self.text,
            "sentences": [s.to_json() for s in self.sentences],
            "excluded": [r.to_json() for r in self.excluded],
            "timexes": [t.to_json() for t in self.timexes],
            "places": [p.to_json() for p in self.places],
            "mentions": [m.to_json() for m in self.mentions],
            "events": [e.to_json() for e in self.events],
            "focus_country": self.focus_country,
            "warnings": list(self.warnings),
            "pipeline_version": self.pipeline_version,
        }
