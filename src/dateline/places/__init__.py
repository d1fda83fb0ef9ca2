"""Places stage: toponyms resolved to GeoNames places, and where each event happened.

Public interface (called by :mod:`dateline.pipeline`):

* :func:`entity_patterns` - extra entity-ruler patterns for toponyms the model misses
  (press abbreviations of states and provinces: "Ky.", "W.Va.", "B.C.").
* :func:`resolve` - the places named in a spaCy ``Doc``.
* :func:`locate_events` - each event's location: the place its sentence says it happened at.
* :func:`geoparse` - text in, places out (builds its own ``Doc``; for evaluation and scripts).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from dateline.model import Mention, Place
from dateline.places.build import physical_feature_patterns, standalone_abbreviations
from dateline.places.detect import Detector, Toponym
from dateline.places.facilities import find_sites
from dateline.places.gazetteer import Entry, Gazetteer, get_gazetteer
from dateline.places.home import home_country, local_keys, resident_keys
from dateline.places.locate import locate_events
from dateline.places.resolver import Resolver
from dateline.places.streets import find_streets

__all__ = ["entity_patterns", "geoparse", "geoparse_many", "locate_events", "resolve", "common_words", "media_words",
           "place_names", "subnational_demonyms"]

# Abbreviations that are also capitalised English words at a sentence end ("attended Mass.").
_AMBIGUOUS_ABBREVIATIONS = {"mass.", "man.", "miss.", "wash.", "ill.", "cal.", "penn."}
_OUTPUT_KIND = {"continent": "region"}


def entity_patterns() -> list[dict]:
    """EntityRuler patterns (label GPE) for press abbreviations of US states, Canadian
    provinces and Australian states, as written in ``data/abbreviations.tsv``; the model tags
    the full names itself."""
    g = get_gazetteer()
    patterns = []
    for form in standalone_abbreviations():
        entry = g.abbreviation(form)
        if entry is None or form.lower() in _AMBIGUOUS_ABBREVIATIONS:
            continue
        patterns.append({"label": "GPE", "pattern": form, "id": f"geonames:{entry.geonameid}"})
    # seas, lakes, rivers, physical regions: the model tags them unevenly ("Lake Chad" -> GPE "Chad")
    patterns += [{"label": "LOC", "pattern": form, "id": "feature"} for form in physical_feature_patterns()]
    return patterns


def _metonym_spans(mentions: Iterable[Mention]) -> list[tuple[int, int]]:
    """Mentions that the actors stage read as an actor standing for a government ("Washington said")."""
    return [(m.start, m.end) for m in mentions if any(f.startswith("metonym") for f in m.flags)]


def _corrected_countries(mentions: Iterable[Mention]) -> list[tuple[int, int, str]]:
    """Spans whose country adjective the actors stage corrected ("Nigerian" -> NER in a Niger story)."""
    out = []
    for m in mentions:
        for flag in m.flags:
            if flag.startswith("adjective_corrected:") and "->" in flag:
                out.append((m.start, m.end, flag.rsplit("->", 1)[1]))
    return out


def _apply_corrections(toponyms: list[Toponym], mentions: Sequence[Mention], g: Gazetteer) -> None:
    by_iso3 = {iso3: cc for cc, iso3 in g.data.iso3.items()}
    for start, end, iso3 in _corrected_countries(mentions):
        country = g.country(by_iso3.get(iso3, ""))
        if country is None:
            continue
        for t in toponyms:
            if t.how == "demonym" and start <= t.start and t.end <= end:
                t.candidates = [country]
                t.how = "demonym_corrected"


def _to_place(t: Toponym, entry: Entry, reason: str, g: Gazetteer) -> Place:
    admin1 = g.data.name[entry.admin1] if entry.admin1 >= 0 and entry.kind in ("city", "admin2") else None
    how = {"demonym": "adjectival", "demonym_corrected": "adjectival_corrected"}.get(t.how, t.how)
    return Place(start=t.start, end=t.end, text=t.text, name=entry.name, geonameid=entry.geonameid,
                 country=entry.country, lat=entry.lat, lon=entry.lon, kind=_OUTPUT_KIND.get(entry.kind, entry.kind),
                 admin1=admin1, reason=f"{how}:{reason}")


def resolve(doc, focus_country: str | None = None, mentions: Sequence[Mention] = ()) -> list[Place]:
    """The places named in ``doc``, in text order.

    ``focus_country`` (ISO-3) favours readings in the article's country; ``mentions`` from
    the actors stage flagged as metonyms are actors, not places, and are skipped.
    """
    g = get_gazetteer()
    toponyms = [copy.copy(t) for t in _detected(doc, g)]  # (copies: corrections below reassign fields)
    blocked = _metonym_spans(mentions) + _actor_spans(mentions)
    streets = [s for s in find_streets(doc) if not _overlaps(s.start, s.end, blocked)]
    blocked = _metonym_spans(mentions) + [(s.start, s.end) for s in streets]  # "Wichita" in "Wichita Drive"
    toponyms = [t for t in toponyms if not _overlaps(t.start, t.end, blocked) and not _pronoun(doc, t)]
    _apply_corrections(toponyms, mentions, g)
    choices = Resolver(g).resolve(toponyms, focus_country=focus_country, home=home_country(doc.text),
                                  local=local_keys(doc, toponyms), residents=resident_keys(doc, toponyms))
    places = [_to_place(t, c.entry, c.reason, g) for t, c in zip(toponyms, choices)]
    places += [Place(start=s.start, end=s.end, text=s.text, name=s.text, geonameid=None, country=None, lat=None,
                     lon=None, kind="landmark", reason="street") for s in streets]
    return sorted(_with_sites(doc, places), key=lambda p: p.start)


def _with_sites(doc, places: list[Place]) -> list[Place]:
    """Add the sites named with a city's possessive ("Toronto's Pearson International Airport"): at
    the city's point; a toponym inside the site's name ("Pearson") gives way."""
    cities = {p.start: p for p in places if p.kind == "city"}
    sites = [s for s in find_sites(doc, {p.end: p.start for p in cities.values()})
             if not any(p.reason == "street" and p.start < s.end and s.start < p.end for p in places)]
    if not sites:
        return places
    places = [p for p in places if not _overlaps(p.start, p.end, [(s.start, s.end) for s in sites])]
    for s in sites:
        city = cities[s.city_start]
        places.append(Place(start=s.start, end=s.end, text=s.text, name=s.text, geonameid=None, country=city.country,
                            lat=city.lat, lon=city.lon, kind="landmark", admin1=city.admin1 or None,
                            reason=f"site_in:{city.name}"))
    return places


_last_detection: tuple = (None, [])  # ((id, length, text hash) of a doc, its toponyms); replaced whole


def _detected(doc, g: Gazetteer) -> list[Toponym]:
    """Toponyms of ``doc``; the last document's are kept, because the actors stage may ask for the
    places of a document (its focus country, ``actors.resolve``) just before the pipeline does.
    The cache is one tuple swapped in one assignment, so concurrent threads never mix two documents."""
    global _last_detection
    key = (id(doc), len(doc), hash(doc.text))
    cached = _last_detection
    if cached[0] == key:
        return cached[1]
    found = Detector(g).detect(doc)
    _last_detection = (key, found)
    return found


def _pronoun(doc, t: Toponym) -> bool:
    """'Us and them', 'WHO IS CHARGED': a pronoun the model tagged as a place."""
    span = doc.char_span(t.start, t.end)
    return span is not None and len(span) == 1 and span[0].tag_ in ("PRP", "WP", "WDT")


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _actor_spans(mentions: Iterable[Mention]) -> list[tuple[int, int]]:
    """Mentions read as an institution with a country ("Downing Street said"): not a street."""
    return [(m.start, m.end) for m in mentions if m.actor is not None and m.actor.country and m.actor.sector]


@lru_cache(maxsize=1)
def _nlp():
    """The pipeline's spaCy model; without the actors stage's patterns if it is unavailable."""
    try:
        from dateline.pipeline import build_nlp

        return build_nlp()
    except (ImportError, AttributeError):
        from dateline.nlp import load_nlp

        return load_nlp(entity_patterns())


def geoparse(text: str) -> list[Place]:
    """Places in ``text`` (no document context beyond the text itself)."""
    return resolve(_nlp()(text))


def geoparse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator[list[Place]]:
    """:func:`geoparse` over many texts, with spaCy batching."""
    for doc in _nlp().pipe(texts, batch_size=batch_size):
        yield resolve(doc)


def place_names(key: str, min_population: int = 0) -> list[str]:
    """The written names of the gazetteer's places known by ``key`` (any case) with at least
    ``min_population`` people, in the gazetteer's order ("san miguel" -> ["San Miguel", ...])."""
    return [e.name for e in get_gazetteer().lookup(key) if e.population >= min_population]


def media_words() -> frozenset[str]:
    """Last words of newspaper and news-agency names ("Post", "Journal", "Presse"), as written
    (``data/media_words.txt``): a place name inside such a name names the outlet, not a place of the story.  The
    actors stage reads them too, to code "the Indian Express" as an outlet."""
    from dateline.places.tables import read_words

    return read_words("media_words.txt")


def subnational_demonyms() -> list[tuple[str, str, str]]:
    """(demonym, region, ISO-2 country) of ``data/subnational_demonyms.tsv`` ("Texan", "Texas", "US"): the gazetteer
    reads them as adjectival references to the region, the actors stage for the actor's country."""
    from dateline.places.tables import read_table

    return [(r["demonym"], r["place"], r["cc"]) for r in read_table("subnational_demonyms.tsv")]


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Capitalised common words that are also place names ("Union", "Police"), in lower case: the
    places stage never reads them alone as a place (``data/common_words.txt``)."""
    from dateline.places.tables import read_words

    return frozenset(w.lower() for w in read_words("common_words.txt"))
