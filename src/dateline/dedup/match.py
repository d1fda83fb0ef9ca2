"""When do two event reports describe the same happening?  Shared by in-document merging and
cross-article story clustering, so both use one definition:

- the same PLOVER type (and the same mode, when both have one);
- compatible status: factual and claimed reports can match each other; future, hypothetical
  and negated ones only match the same status;
- actor sides compatible and recipient sides compatible, and at least one side positively
  shared (two reports with no participants known are not evidence of the same happening);
- in one article, stricter evidence (``shared_in_article``): one side shared by country *and*
  sector or by a specific name, the other not named differently, and a side missing in a report
  only when both reports have their own dates;
- dates compatible at their granularity: their day intervals overlap (a ``day`` date is given
  one day of slack either way, for time zones and "yesterday" drift);
- locations compatible: different countries never match; two precise points (city, landmark)
  match within ``MAX_DISTANCE_KM``; a country-level or missing location matches anything in
  its country.

Across articles (``across=True``, story clustering) the evidence must be stronger, because
unrelated reports share countries far more often than the sentences of one article do:

- both dates at most month-precise (a "2019" or "the 2010s" report joins no story);
- when only one side is shared (the other unknown in a report), or the event is domestic, the
  reports must also be *corroborated*: a shared specific participant name (resolved name, else
  span text, case- and "the"-insensitive; generic labels such as "United States" or "India
  government" do not count: ``specific_name``), or a location known in both (and compatible);
- reports that name different people on the same side (person-like names with no word in
  common: "Brian T. Carroll" vs "Jo Jorgensen") never match.  So
  "Warren dropped out in March" and "Huber debuted in March" (both USA, no recipient) are
  different stories, while "US officials visited Niamey this week" joins "a senior U.S.
  delegation left Niger following a three-day visit".

A side is the set of ``(country, sector)`` keys of its participants.  Two keys match when the
countries are equal; or, for actors without a country (rebels, "gunmen"), when both countries
are unknown and the sectors are equal.  Sectors are ignored between countries because outlets
name the same actor differently ("Niger's junta" MIL, "the Nigerien government" GOV).  For a
domestic event (a country on both sides: "the army deposed the president") sectors must also
agree (or one be unknown), else army-vs-government and government-vs-army would merge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from math import asin, cos, radians, sin, sqrt

from dateline.dedup.dates import date_interval
from dateline.model import Event, Participant, without_place_country

MAX_DISTANCE_KM = 100.0
POINT_KINDS = ("city", "landmark")

Key = tuple[str | None, str | None]  # (country, sector)


def side_keys(participants: list[Participant]) -> frozenset[Key]:
    """The (country, sector) keys of a side; a country the places stage gave a place ("visited *Kyiv*":
    model.PLACE_COUNTRY_FLAG) is no party's, so two reports are not the same happening for hitting places in one
    country."""
    own = [without_place_country(p) for p in participants]
    return frozenset((p.country, p.sector) for p in own if p.country or p.sector)


def normal_name(name: str) -> str:
    """``"The Nigerien Government"`` -> ``"nigerien government"`` (for comparing names)."""
    n = " ".join(name.lower().split())
    return n[4:] if n.startswith("the ") else n


@lru_cache(maxsize=1)
def _country_names() -> tuple[str, ...]:
    """Lower-cased country names (pycountry), longest first so "united states of america" wins."""
    import pycountry

    names = {n.lower() for c in pycountry.countries
             for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)) if n}
    return tuple(sorted(names, key=len, reverse=True))


def specific_name(raw: str) -> str | None:
    """The normalised name if it names someone in particular, else None.

    Generic labels are no evidence that two reports are about the same happening: a country name
    alone or followed by one lower-case word ("United States", "India government", "United States
    civilians"), or one lower-case word ("army").  "Elizabeth Warren", "Hamas", "Nigerien
    government" are specific.
    """
    n = " ".join(raw.split())
    if n.lower().startswith("the "):
        n = n[4:]
    low = n.lower()
    rest = n
    for country in _country_names():
        if low == country or low.startswith(country + " "):
            rest = n[len(country):].strip()
            break
    words = rest.split()
    if not words or (len(words) == 1 and not words[0][:1].isupper()):
        return None
    return n  # casing kept: ``person_like`` needs it; comparisons lower-case


def side_names(participants: list[Participant]) -> frozenset[str]:
    """Specific names (resolved name, else span text) of a side, normalised."""
    names = (specific_name(p.name or p.text) for p in participants if (p.name or p.text))
    return frozenset(n for n in names if n)


def side_words(participants: list[Participant]) -> frozenset[str]:
    """Content words (4+ letters, lower-cased, possessive off) of a side's spans and names."""
    words = set()
    for p in participants:
        for raw in f"{p.text} {p.name or ''}".split():
            w = raw.strip(".,;:'\"()").lower().removesuffix("'s").removesuffix("’s")
            if len(w) >= 4 and w.isalpha():
                words.add(w)
    return frozenset(words)


def _keys_match(a: Key, b: Key, strict: bool = False) -> bool:
    (ca, sa), (cb, sb) = a, b
    if ca and cb:
        return ca == cb and (not strict or sa == sb or sa is None or sb is None)
    if ca is None and cb is None:
        return sa is not None and sa == sb
    return False


def sides_shared(a: frozenset[Key], b: frozenset[Key], strict: bool = False) -> bool:
    return any(_keys_match(x, y, strict) for x in a for y in b)


def side_compatible(a: frozenset[Key], b: frozenset[Key], strict: bool = False) -> bool:
    """Unknown on either side is compatible; otherwise some participant must be shared."""
    return not a or not b or sides_shared(a, b, strict)


def _domestic(sig: "Signature") -> bool:
    return sig.domestic


def _status_group(status: str) -> str:
    return "asserted" if status in ("factual", "claimed") else status


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = radians(lat1), radians(lat2)
    dp, dl = p2 - p1, radians(lon2 - lon1)
    h = sin(dp / 2) ** 2 + cos(p1) * cos(p2) * sin(dl / 2) ** 2
    return 2 * 6371.0 * asin(min(1.0, sqrt(h)))


@dataclass(frozen=True)
class Signature:
    """What is compared: the parts of an event that identify the happening."""

    type: str
    mode: str | None
    status: str
    actor_keys: frozenset[Key]
    recipient_keys: frozenset[Key]
    interval: tuple[date, date] | None
    granularity: str
    location_country: str | None = None
    location_kind: str | None = None
    lat: float | None = None
    lon: float | None = None
    actor_names: frozenset[str] = frozenset()
    recipient_names: frozenset[str] = frozenset()
    actor_present: bool = False  # any participant on the side, resolved or not
    recipient_present: bool = False
    actor_words: frozenset[str] = frozenset()  # content words of the side's spans ("selection")
    recipient_words: frozenset[str] = frozenset()

    domestic: bool = field(init=False, repr=False, compare=False)  # a country on both sides

    def __post_init__(self) -> None:
        # Computed once here: matching compares each signature many times.
        object.__setattr__(self, "domestic", bool({c for c, _ in self.actor_keys if c}
                                                  & {c for c, _ in self.recipient_keys if c}))

    @classmethod
    def of(cls, event: Event, doc_date: str | None = None, undated_window_days: int = 3) -> Signature:
        """Signature of an event.  An undated event is placed in the ``undated_window_days`` before
        its article's date (news reports recent happenings); without either it has no interval."""
        interval = date_interval(event.date, event.date_granularity)
        granularity = event.date_granularity if interval else "unknown"
        if interval is None and doc_date:
            d = date.fromisoformat(doc_date[:10])
            interval = (d - timedelta(days=undated_window_days), d)
        loc = event.location
        return cls(type=event.type, mode=event.mode, status=event.status,
                   actor_keys=side_keys(event.actor), recipient_keys=side_keys(event.recipient),
                   interval=interval, granularity=granularity,
                   location_country=loc.country if loc else None, location_kind=loc.kind if loc else None,
                   lat=loc.lat if loc else None, lon=loc.lon if loc else None,
                   actor_names=side_names(event.actor), recipient_names=side_names(event.recipient),
                   actor_present=bool(event.actor), recipient_present=bool(event.recipient),
                   actor_words=side_words(event.actor), recipient_words=side_words(event.recipient))


def dates_compatible(a: Signature, b: Signature) -> bool:
    if a.interval is None or b.interval is None:
        return False
    slack_a = timedelta(days=1 if a.granularity == "day" else 0)
    slack_b = timedelta(days=1 if b.granularity == "day" else 0)
    return a.interval[0] - slack_a <= b.interval[1] + slack_b and b.interval[0] - slack_b <= a.interval[1] + slack_a


def locations_compatible(a: Signature, b: Signature) -> bool:
    if a.location_country and b.location_country and a.location_country != b.location_country:
        return False
    if (a.location_kind in POINT_KINDS and b.location_kind in POINT_KINDS
            and None not in (a.lat, a.lon, b.lat, b.lon)):
        return haversine_km(a.lat, a.lon, b.lat, b.lon) <= MAX_DISTANCE_KM  # type: ignore[arg-type]
    return True


CROSS_ARTICLE_GRANULARITIES = ("day", "week", "month")


def _lower(names: frozenset[str]) -> set[str]:
    return {n.lower() for n in names}


def person_like(name: str) -> bool:
    """Two or more capitalised words, like a person's name ("Jo Jorgensen", "Brian T. Carroll")."""
    return sum(1 for w in name.split() if w[:1].isupper()) >= 2 and name.split()[0][:1].isupper()


def _tokens(names: frozenset[str]) -> set[str]:
    return {t.strip(".,'\"").lower() for n in names for t in n.split()} - {""}


def names_conflict(a: Signature, b: Signature) -> bool:
    """Both reports name a person-like participant on the same side and the names share no word
    ("Brian T. Carroll" vs "Jo Jorgensen"; "Blinken" vs "Antony Blinken" do not conflict)."""
    for x, y in ((a.actor_names, b.actor_names), (a.recipient_names, b.recipient_names)):
        px = frozenset(n for n in x if person_like(n))
        py = frozenset(n for n in y if person_like(n))
        if px and py and not (_tokens(px) & _tokens(py)):
            return True
    return False


def corroborated(a: Signature, b: Signature) -> bool:
    """Evidence beyond countries: a shared participant name, or a location known in both."""
    if _lower(a.actor_names) & _lower(b.actor_names) or _lower(a.recipient_names) & _lower(b.recipient_names):
        return True
    return bool(a.location_country and b.location_country)  # compatible: checked before


def _exactly_shared(a: frozenset[Key], b: frozenset[Key]) -> bool:
    """The same (country, sector) with the sector known on both: "NER GOV" and "NER GOV"."""
    return any(x == y and x[1] is not None for x in a for y in b)


def shared_in_article(a: Signature, b: Signature) -> bool:
    """In one article, what shows that two reports share their participants.

    Most participants of one article share its country, so a country alone is no evidence:
    "Protesters' demands" (HKG civilians) and "religious groups called for" (HKG religious), or
    "the president did not concede" (USA government) and "a federal judge dismissed a Trump
    lawsuit" (USA judiciary), are different happenings.  So inside an article:

    - one side must be positively shared: the same country *and* sector, known on both ("Niger's
      government" / "the government", NER GOV), or the same specific name ("Manafort agreed to
      help with Robert Mueller's investigation": AGREE for "agreed" and "help", no country known);
    - the other side compatible (the caller checks the keys) and not about different things
      (``_unrelated``): "Hale supported Anna Berg's campaign" and "Jo Linde supported Anna Berg's
      campaign" are two, so are "Trump questioned the selection" and "Trump assailed the event";
    - when a side is missing in either report, the shared side alone is evidence only if both
      reports carry a date of their own (not the date line) - that is how a later report fills a
      missing recipient ("ended its military pact in March" + "decided on March 16 to denounce
      the accord with Washington").  Two undated statements of one government ("she insisted",
      "President Trump, calling for a transition", both USA GOV, no recipient) stay two;
    - people named on the same side share a word (``names_conflict``).
    """
    actors = _exactly_shared(a.actor_keys, b.actor_keys) or bool(_lower(a.actor_names) & _lower(b.actor_names))
    recipients = (_exactly_shared(a.recipient_keys, b.recipient_keys)
                  or bool(_lower(a.recipient_names) & _lower(b.recipient_names)))
    if not (actors or recipients) or names_conflict(a, b):
        return False
    if not actors and _unrelated(a.actor_keys, b.actor_keys, a.actor_names, b.actor_names,
                                 a.actor_words, b.actor_words):
        return False
    if not recipients and _unrelated(a.recipient_keys, b.recipient_keys, a.recipient_names, b.recipient_names,
                                     a.recipient_words, b.recipient_words):
        return False
    complete = a.actor_present and b.actor_present and a.recipient_present and b.recipient_present
    return complete or (a.interval is not None and b.interval is not None)


def _named_differently(x: frozenset[str], y: frozenset[str]) -> bool:
    return bool(x and y) and not (_tokens(x) & _tokens(y))


def _unrelated(keys_a, keys_b, names_a, names_b, words_a, words_b) -> bool:
    """The side that is not shared names different things in the two reports: different
    specific names, or spans with no country and no content word in common ("Trump questioned
    the selection" / "Trump assailed the event").  A common country keeps them compatible
    ("the United States" / "American military and civilian employees", the founding example)."""
    if _named_differently(names_a, names_b):
        return True
    if not (words_a and words_b):
        return False  # a side missing (or only pronouns) in a report: no evidence either way
    countries = {c for c, _ in keys_a if c} & {c for c, _ in keys_b if c}
    return not countries and not (words_a & words_b)


def same_happening(a: Signature, b: Signature, *, undated_ok: bool = False, across: bool = False) -> bool:
    """The rules in this module's docstring.  ``undated_ok``: two reports of which one has no
    interval may still match (used inside one article, where they share a date line).
    ``across``: the stricter rules for reports in different articles (see module docstring)."""
    if a.type != b.type or (a.mode and b.mode and a.mode != b.mode):
        return False
    if _status_group(a.status) != _status_group(b.status):
        return False
    if a.interval is None or b.interval is None:
        if not undated_ok:
            return False
    elif not dates_compatible(a, b):
        return False
    # sectors must agree (or one be unknown) for a domestic event, and inside one article always:
    # its civilians and its clergy, its president and its judges, are different actors
    strict = _domestic(a) or _domestic(b) or not across
    if not (side_compatible(a.actor_keys, b.actor_keys, strict)
            and side_compatible(a.recipient_keys, b.recipient_keys, strict)):
        return False
    actors_shared = sides_shared(a.actor_keys, b.actor_keys, strict)
    recipients_shared = sides_shared(a.recipient_keys, b.recipient_keys, strict)
    if across and not (actors_shared or recipients_shared):
        return False
    if not across and not shared_in_article(a, b):
        return False
    if not locations_compatible(a, b):
        return False
    if across:
        if a.granularity not in CROSS_ARTICLE_GRANULARITIES or b.granularity not in CROSS_ARTICLE_GRANULARITIES:
            return False
        if names_conflict(a, b):
            return False
        if not (actors_shared and recipients_shared) or strict:
            return corroborated(a, b)
    return True


def closeness(a: Signature, b: Signature) -> tuple:
    """Sort key among several matching candidates: more shared participants, then nearer dates."""
    shared = sum(1 for x in a.actor_keys for y in b.actor_keys if _keys_match(x, y, True)) + \
        sum(1 for x in a.recipient_keys for y in b.recipient_keys if _keys_match(x, y, True))
    gap = 0
    if a.interval and b.interval:
        gap = abs((a.interval[0] - b.interval[0]).days) + abs((a.interval[1] - b.interval[1]).days)
    return (-shared, gap)
