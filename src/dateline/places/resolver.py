"""Choose, for each toponym, the place it means.

A candidate's score adds up evidence the way a reader weighs it:

* prior: population (log10), the kind of place (a country before a town named after it),
  capitals, and whether the text is the place's main name or only an alternate one;
* the toponym's own qualifier ("Paris, Texas", "Springfield, Ill.");
* the document: the countries and first-level regions its other toponyms point to, the
  article's focus country (from the actors stage), and closeness to the other places.

Resolution runs twice: a first pass on the prior alone gives the document evidence, the
second pass uses it.  One name gets one sense per document (all "Paris" are the same).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from dateline.places.detect import Toponym
from dateline.places.entities import ADMIN_WORDS
from dateline.places.gazetteer import Entry, Gazetteer
from dateline.places.names import norm

# A hand-listed landmark (data/landmarks.tsv) is famous by construction: it weighs like a region.
KIND_PRIOR = {"country": 3.0, "continent": 3.0, "region": 3.0, "landmark": 3.0, "admin1": 1.5, "admin2": -0.5,
              "city": 0.0}
CAPITAL_BONUS = 1.0
FOREIGN_CITY_MIN_POPULATION, FOREIGN_CITY_OVER_UNIT = 100_000, 5
MAIN_NAME_BONUS = 1.5
QUALIFIER_BONUS = 10.0
COUNTRY_SHARE_WEIGHT = 3.0
FOCUS_BONUS = 1.5
ADMIN1_BONUS = 2.0
# A first-level unit the text names itself ("Kentucky", "Neb.") says more than one a town's reading
# implies: a Kentucky story's "Madison County" and "Atlanta" are Kentucky's, not the units of the
# Alabama and Illinois namesakes that other uncertain towns were first read in.
NAMED_ADMIN1_EXTRA = 2.0
NEAR_KM, NEAR_BONUS = 50.0, 1.5
REGION_KM, REGION_BONUS = 250.0, 0.75
# The part of the world the story is in: a place of the document in another country (countries
# and first-level units included, continents not) within AREA_KM of the candidate.  "Gaza" beside
# Egypt, Cyprus and Syria is Gaza City, not Mozambique's Gaza Province, although each country has
# one vote among many.  Places in the candidate's own country are the country share's business.
AREA_KM, AREA_BONUS = 800.0, 1.0
# A city that holds most of its namesake admin unit's people is what the name means
# ("Paris", "Edmonton", "Niamey"), so the unit is dropped from the candidates.
CITY_OVER_UNIT_SHARE = 0.3
CONFIDENT_MARGIN = 2.0
# A name the story uses as its own town ("Paris firefighters", "Berea police"; places/home.py)
# prefers a namesake in the country the text was written in, when no other toponym names a
# country: enough to pass a capital abroad ten times bigger (Paris, Texas over Paris, France).
HOME_BONUS = 3.5
COLOCATION_BONUS, COLOCATION_TOP, COLOCATION_MAX = 2.0, 8, 2
# A town and a county that holds it, both named in the text ("Huntsville ... Walker County"): each
# says which of its namesakes the other is (Huntsville, Texas, in Walker County, Texas), as a named
# state does for its towns.
CONTAINMENT_BONUS = 2.0
EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class Choice:
    entry: Entry
    reason: str


@dataclass
class _Evidence:
    country_share: dict[str, float]
    admin1: set[int]
    points: list[tuple[float, float]]
    area: list[tuple[float, float, str]]
    named_admin1: frozenset[int] = frozenset()


def _prune_units(candidates: list[Entry], text: str, heirs: dict[int, float] | None = None) -> list[Entry]:
    """The candidates less the admin units a same-named reading outranks; ``heirs`` collects the cities
    that take the place of a first-level unit the text names by its main name and that bear the name only
    as an alternate name of theirs, with the unit's prior (see ``Resolver.resolve``)."""
    if text.split()[-1].lower() in ADMIN_WORDS if text.split() else False:
        return candidates
    drop = set()
    for unit in candidates:
        if unit.kind not in ("admin1", "admin2"):
            continue
        for city in candidates:
            # the city lies in the unit, or bears its name in its country: GeoNames files Gaza
            # City under "Gaza Strip", not under the governorate "Gaza" that is mostly the city
            namesake = city.cc == unit.cc and norm(city.name) == norm(unit.name)
            inside = unit.row in (city.admin1, city.admin2) or namesake
            if city.kind == "city" and inside and city.population >= CITY_OVER_UNIT_SHARE * max(unit.population, 1):
                drop.add(unit.row)
                if unit.kind == "admin1" and norm(unit.name) == norm(text) != norm(city.name) and heirs is not None:
                    heirs[city.row] = max(heirs.get(city.row, -1e9), prior(unit, norm(text)))
            # A national capital is what its name alone means, not the same-named unit of its
            # country ("Washington" is the capital; "Washington state" keeps the state: the
            # admin word returns above)
            if city.kind == "city" and city.capital and namesake:
                drop.add(unit.row)
            # a small unit abroad does not outrank a big city of the same name for its unit prior:
            # "Toledo police" are Ohio's (266,000 people), not Belize's Toledo District (29,000)
            if city.kind == "city" and city.cc != unit.cc and norm(city.name) == norm(unit.name) \
                    and city.population >= FOREIGN_CITY_MIN_POPULATION \
                    and city.population >= FOREIGN_CITY_OVER_UNIT * max(unit.population, 1):
                drop.add(unit.row)
    # A state's name alone is the state, not the county named after it in the same country ("Ohio" is
    # no Ohio County, Indiana, however near the story's other towns it lies); "Ohio County" keeps the
    # county (the admin word returned above).
    states = {(e.cc, norm(e.name)) for e in candidates if e.kind == "admin1"}
    drop |= {e.row for e in candidates if e.kind == "admin2" and (e.cc, norm(e.name).removesuffix(" county")) in states}
    return [e for e in candidates if e.row not in drop] or candidates


def _home_town_over_country(candidates: list[Entry], home: str) -> list[Entry]:
    """"a Lebanon woman" in an American paper: a person is from a country by its demonym ("a Lebanese
    woman"), so a country's name before a resident noun is a town - the text's home country's, when it
    has one of that name ("Lebanon", Tennessee); otherwise the readings stay ("a Singapore man")."""
    towns = [e for e in candidates if e.kind in ("city", "admin2") and e.country == home]
    if towns and any(e.kind == "country" and e.country != home for e in candidates):
        return [e for e in candidates if e.kind != "country"]
    return candidates


def _containment(candidates: dict[str, list[Entry]]) -> set[tuple[str, int]]:
    """(name, row) of the town readings that lie in a county reading of another name, and of those
    county readings: "Huntsville" and "Walker County" in one text are the Texan pair."""
    counties: dict[int, set[str]] = defaultdict(set)  # county row -> names that can mean it
    towns: dict[int, set[str]] = defaultdict(set)  # county row -> names with a town reading in it
    for k, cands in candidates.items():
        for e in cands:
            if e.kind == "admin2":
                counties[e.row].add(k)
            elif e.kind == "city" and e.admin2 >= 0:
                towns[e.admin2].add(k)
    out = set()
    for k, cands in candidates.items():
        for e in cands:
            if e.kind == "admin2" and towns.get(e.row, set()) - {k}:
                out.add((k, e.row))
            elif e.kind == "city" and e.admin2 >= 0 and counties.get(e.admin2, set()) - {k}:
                out.add((k, e.row))
    return out


def prior(entry: Entry, key: str) -> float:
    score = math.log10(entry.population + 10) + KIND_PRIOR.get(entry.kind, 0.0)
    if entry.capital:
        score += CAPITAL_BONUS
    if norm(entry.name) == key:
        score += MAIN_NAME_BONUS
    return score


class Resolver:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer

    def resolve(self, toponyms: list[Toponym], focus_country: str | None = None, home: str | None = None,
                local: frozenset[str] | set[str] = frozenset(),
                residents: frozenset[str] | set[str] = frozenset()) -> list[Choice]:
        groups: dict[str, list[int]] = defaultdict(list)
        for i, t in enumerate(toponyms):
            groups[self._group_key(t)].append(i)
        # The fullest candidate list of the group: a name inside an organisation keeps only big
        # places, the same name elsewhere keeps all.
        # A dateline's readings rule its name's group: a story datelined "MALTA -" means the town in
        # every "Malta" (detect: a dateline is a town, never a country).
        fullest = {k: next((toponyms[i] for i in idx if toponyms[i].how == "dateline"),
                           max((toponyms[i] for i in idx), key=lambda t: len(t.candidates)))
                   for k, idx in groups.items()}
        # A city that stands in for the first-level unit the text names by its main name keeps the unit's prior:
        # "Santa Cruz" is the Bolivian department whose people Santa Cruz de la Sierra mostly holds, and
        # once the unit gives way to the city the name is no mere alternate name of the city (with the
        # city's own prior, Argentina's smaller Santa Cruz province won in a story about Bolivia).  A city
        # whose own name it is keeps its own prior ("St. Louis" is not Senegal's Saint-Louis region).
        heirs: dict[int, float] = {}
        candidates = {k: _prune_units(t.candidates, t.text, heirs) for k, t in fullest.items()}
        if home and residents:
            for k, t in fullest.items():
                if t.key in residents:
                    candidates[k] = _home_town_over_country(candidates[k], home)
        qualifiers = {k: [q for i in idx for q in toponyms[i].qualifier] for k, idx in groups.items()}
        keys = {k: toponyms[idx[0]].key for k, idx in groups.items()}

        def qualified(k: str, e: Entry) -> bool:
            # "Russia, Turkey and Iran" is a list: a country's name is never qualified.
            if any(c.kind in ("country", "continent") for c in candidates[k]):
                return False
            return any(e.admin1 == q.row or (q.kind == "country" and e.cc == q.cc)
                       for q in qualifiers[k] if q.row != e.row)

        def base(k: str, e: Entry) -> float:
            own = max(prior(e, keys[k]), heirs.get(e.row, -1e9))
            return own + (QUALIFIER_BONUS if qualified(k, e) else 0.0)

        first = {}
        for k, cands in candidates.items():
            ranked = sorted(((base(k, e), e) for e in cands), key=lambda x: -x[0])
            margin = ranked[0][0] - ranked[1][0] if len(ranked) > 1 else 99.0
            first[k] = (ranked[0][1], margin, len(groups[k]))
        picks = dict(first)
        support = self._colocation(candidates, base)
        # the first-level units each name can be read as: a town in a unit the text names gets the
        # unit's bonus even when the first pass read the name otherwise ("Albany" beside "Georgia",
        # first read as the country: the uncertain readings cast no vote in the first round)
        named = {k: {e.row for e in cands if e.kind == "admin1"} for k, cands in candidates.items()}
        naming = Counter(row for units in named.values() for row in units)  # unit -> names that can mean it
        # names whose towns may take a named state's extra weight: not a state's, country's or national
        # capital's name ("Iowa" beside "Wisconsin" is no Iowa County; "WASHINGTON" is no Washington, N.C.)
        plain = {k for k, cands in candidates.items()
                 if not named[k] and not any(c.kind == "country" or c.capital for c in cands)}
        # (only plain names: "Peru" beside "Miami" is the country, not Peru, Indiana, in Miami County)
        holding = _containment({k: c for k, c in candidates.items() if k in plain})
        for _ in range(2):
            chosen: dict[str, Choice] = {}
            for k, cands in candidates.items():
                evidence = self._evidence(picks, exclude=k)
                best, best_score, why = None, -1e9, ""
                for e in cands:
                    s, reason = self._score(e, base(k, e), evidence, focus_country)
                    if (home and keys[k] in local and e.country == home and e.kind in ("city", "admin2")
                            and not evidence.country_share):
                        s += HOME_BONUS
                        reason += "+home_country"
                    if e.kind in ("city", "admin2") and e.admin1 >= 0 and e.admin1 not in evidence.admin1 \
                            and naming[e.admin1] > (e.admin1 in named[k]):
                        s += ADMIN1_BONUS  # "Albany ... Georgia": the state is named, whatever "Georgia" was read as
                        reason += "+named_admin1"
                    if e.kind in ("city", "admin2") and k in plain and e.admin1 in evidence.named_admin1:
                        s += NAMED_ADMIN1_EXTRA
                        reason += "+named_in_text"
                    if (k, e.row) in holding:
                        s += CONTAINMENT_BONUS
                        reason += "+contains" if e.kind == "admin2" else "+in_named_county"
                    if support.get((k, e.row)):
                        s += COLOCATION_BONUS * support[(k, e.row)]
                        reason += "+colocated"
                    if qualified(k, e):
                        reason += "+qualifier"
                    if s > best_score:
                        best, best_score, why = e, s, reason
                chosen[k] = Choice(best, why)
            picks = {k: (c.entry, CONFIDENT_MARGIN, len(groups[k])) for k, c in chosen.items()}
        out: list[Choice] = [None] * len(toponyms)  # type: ignore[list-item]
        for k, idx in groups.items():
            for i in idx:
                out[i] = chosen[k]
        return out

    @staticmethod
    def _colocation(candidates: dict[str, list[Entry]], base) -> dict[tuple[str, int], int]:
        """For each local candidate, how many other names have a reading within NEAR_KM of it.

        Places in one story cluster: "Edmonton" and "Enfield" together are the two north-London
        districts, not Alberta and Connecticut.  Only each name's most likely readings vote.
        """
        points = []  # (group, row, lat, lon)
        for k, cands in candidates.items():
            local = [e for e in cands if e.kind in ("city", "admin2") and e.lat is not None]
            local.sort(key=lambda e: -base(k, e))
            points.extend((k, e.row, e.lat, e.lon) for e in local[:COLOCATION_TOP])
        if len({p[0] for p in points}) < 2:
            return {}
        lat = np.radians([p[2] for p in points])
        lon = np.radians([p[3] for p in points])
        dlat = lat[:, None] - lat[None, :]
        dlon = lon[:, None] - lon[None, :]
        a = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
        near = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1))) <= NEAR_KM
        groups = [p[0] for p in points]
        out = {}
        for i, (k, row, _, _) in enumerate(points):
            others = {groups[j] for j in np.flatnonzero(near[i]) if groups[j] != k}
            if others:
                out[(k, row)] = min(len(others), COLOCATION_MAX)
        return out

    @staticmethod
    def _group_key(t: Toponym) -> str:
        if len(t.candidates) == 1:
            return f"row:{t.candidates[0].row}"
        return f"key:{t.key}"

    def _evidence(self, picks, exclude: str) -> _Evidence:
        votes: Counter[str] = Counter()
        admin1: set[int] = set()
        named_admin1: set[int] = set()
        points: list[tuple[float, float]] = []
        area: list[tuple[float, float, str]] = []
        for k, (e, margin, count) in picks.items():
            if k == exclude:
                continue
            # An uncertain reading counts for less: evidence must not outvote what it depends on.
            weight = min(1.0, margin / CONFIDENT_MARGIN) * (1.0 + 0.25 * (count - 1))
            if weight < 0.25:
                continue
            if e.cc:
                votes[e.cc] += weight
            if e.kind == "admin1":
                admin1.add(e.row)
                named_admin1.add(e.row)
            elif e.admin1 >= 0:
                admin1.add(e.admin1)
            if e.kind in ("city", "admin2") and e.lat is not None:
                points.append((e.lat, e.lon))
            if e.kind != "continent" and e.lat is not None:
                area.append((e.lat, e.lon, e.cc))
        total = sum(votes.values()) or 1.0
        return _Evidence({cc: v / total for cc, v in votes.items()}, admin1, points, area, frozenset(named_admin1))

    def _score(self, e: Entry, base: float, ev: _Evidence, focus: str | None) -> tuple[float, str]:
        s, reasons = base, ["prior"]
        share = ev.country_share.get(e.cc, 0.0)
        if share:
            s += COUNTRY_SHARE_WEIGHT * share
            reasons.append("doc_country")
        if focus and e.country == focus and not ev.country_share:
            # The actors' focus (whose country the story is about) only breaks ties when the
            # other toponyms say nothing: a story about U.S. diplomats in London is set in London.
            s += FOCUS_BONUS
            reasons.append("focus_country")
        if e.kind in ("city", "admin2") and e.admin1 in ev.admin1:
            s += ADMIN1_BONUS
            reasons.append("doc_admin1")
        if e.kind in ("city", "admin2") and e.lat is not None and ev.points:
            d = min(haversine_km(e.lat, e.lon, lat, lon) for lat, lon in ev.points)
            if d <= NEAR_KM:
                s += NEAR_BONUS
                reasons.append("near_doc_places")
            elif d <= REGION_KM:
                s += REGION_BONUS
                reasons.append("near_doc_places")
        if e.lat is not None and any(cc != e.cc and haversine_km(e.lat, e.lon, lat, lon) <= AREA_KM
                                     for lat, lon, cc in ev.area):
            s += AREA_BONUS
            reasons.append("doc_area")
        return s, "+".join(reasons)
