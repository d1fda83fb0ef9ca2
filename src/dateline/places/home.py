"""Where a local story was written, for the names that nothing else in it places.

A local paper names its own town without a state: "Paris firefighters", "Berea police",
"City of Oxford residents", "MANSFIELD -".  When no other toponym of the article points to a
country, the most populous namesake (Paris, France; Berea, Lesotho) wins on population alone.
The text itself still says where it was written: its spelling ("neighbor", "center" against
"neighbour", "centre") and its currency ("$", "£").  A name used as the town of the story
(followed by a local noun, after "City of", or the dateline) then prefers a namesake in the
text's home country (resolver.HOME_BONUS), and only when the other toponyms say nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.places.detect import SETTLEMENT_WORDS, Toponym, _local_nouns
from dateline.places.tables import read_table, read_words

_WORD = re.compile(r"[a-z]+")
_US_CUES = re.compile(r"\bpercent\b|\b[ap]\.m\.")
_GB_CUES = re.compile(r"\bper cent\b")
# "a Lebanon woman", "two Jordan men": a person is from a country by its demonym ("a Lebanese woman");
# a bare name before these nouns is the local paper's town (data/resident_nouns.txt)
_RESIDENT_NOUNS = read_words("resident_nouns.txt")


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """word -> "USA" (American spelling) or "GBR" (British spelling)."""
    out: dict[str, str] = {}
    for row in read_table("spelling_variants.tsv"):
        out[row["american"].strip()] = "USA"
        out[row["british"].strip()] = "GBR"
    return out


def home_country(text: str) -> str | None:
    """ISO-3 country the text was written in ("USA" or "GBR"), or None when it does not say.

    American cues: American spellings, "percent" in one word, "a.m."/"p.m.", dollars; British
    ones: British spellings, "per cent", pounds.  Canada, Australia and New Zealand mix them,
    so the side with more cues wins and a tie says nothing.
    """
    variants = _variants()
    lower = text.lower()
    us = gb = 0
    for w in _WORD.findall(lower):
        side = variants.get(w)
        if side == "USA":
            us += 1
        elif side == "GBR":
            gb += 1
    us += len(_US_CUES.findall(lower)) + ("$" in text)
    gb += len(_GB_CUES.findall(lower)) + ("\u00a3" in text)
    if us > gb:
        return "USA"
    if gb > us:
        return "GBR"
    return None


def local_keys(doc, toponyms: list[Toponym]) -> set[str]:
    """Keys of the names the story uses as its own town: the dateline, "Berea police",
    "City of Oxford residents", "the town of Windsor"."""
    keys = set()
    nouns = _local_nouns()
    for t in toponyms:
        if t.how == "dateline":
            keys.add(t.key)
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.lower_ in nouns:
            keys.add(t.key)
            continue
        if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in SETTLEMENT_WORDS:
            keys.add(t.key)
    return keys


def resident_keys(doc, toponyms: list[Toponym]) -> set[str]:
    """Keys of the names that qualify a person as a resident ("a Lebanon woman", "the Malta couple")."""
    keys = set()
    for t in toponyms:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and span.end < len(doc) and doc[span.end].lower_ in _RESIDENT_NOUNS \
                and t.how.startswith("entity"):
            keys.add(t.key)
    return keys
