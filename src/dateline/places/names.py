"""Name normalisation shared by the gazetteer index and the toponym lookup.

Both sides go through :func:`norm`, so "St. Louis", "ST LOUIS" and "Saint-Louis" meet on
the same key ("saint louis").  Keys are for lookup only; output keeps the text's own words.
"""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

# Abbreviated generic words that open many place names; spelled out so both forms match.
PREFIXES = _PREFIXES = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}
_PUNCT = re.compile(r"[.\u2019'`´]")
_SEPARATORS = re.compile(r"[-\u2010-\u2015_/,()]+")
_SPACES = re.compile(r"\s+")


def norm(name: str) -> str:
    """Lookup key: ASCII, lower case, no dots or apostrophes, hyphens as spaces, "St" -> "saint"."""
    text = unidecode(name).lower()
    text = _PUNCT.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    head, _, rest = text.partition(" ")
    if rest and head in _PREFIXES:
        text = f"{_PREFIXES[head]} {rest}"
    return text


def is_latin(name: str) -> bool:
    """True when every letter is Latin script: the only alternate names worth indexing for English."""
    for ch in name:
        if ch.isascii():
            continue
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def usable_alias(name: str) -> bool:
    """An alternate name that can stand for the place in English text.

    GeoNames alternate names include postal codes, airport codes, links and non-Latin
    scripts; those are noise for an English geoparser.
    """
    if len(name) < 2 or len(name) > 60:
        return False
    if any(ch.isdigit() for ch in name) or "http" in name:
        return False
    return is_latin(name)


def abbrev_key(text: str) -> str:
    """Key for press abbreviations: the dots stay ("Ky." is a state, "Ky" is not), spaces go."""
    return unidecode(text).lower().replace(" ", "")
