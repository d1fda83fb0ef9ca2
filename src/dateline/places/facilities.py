"""Sites named with their city's possessive: "Toronto's Pearson International Airport", "Whittier's
Penn Park", "Cairo's Abbasiya neighbourhood", "Paris' Champs-Elysees boulevard".

The gazetteer has no airports, parks or quarters, but the possessive says which city the site is
in, and a site lies within a few kilometres of its city: the site is a place of kind
``landmark`` with no GeoNames id, the city's country, first-level unit and point (reason
``site_in:<city>``).  The site is either a capitalised name ending in a site word ("Airport",
"Park", ``data/site_words.tsv`` kind ``head``) or a capitalised name followed by a lower-case
word for a part of a city ("district", kind ``part``; the name alone is the toponym).  Only
cities possess sites here: "Utah's Zion National Park" lies far from Utah's middle.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from dateline.places.tables import read_table

POSSESSIVES = {"'s", "\u2019s", "'", "\u2019"}
MAX_NAME_TOKENS = 6
NAME_JOINERS = {"of", "-", "de", "du", "la", "le", "al", "el"}


@dataclass(frozen=True)
class Site:
    start: int  # character offsets of the site's name
    end: int
    text: str
    city_start: int  # the possessor's character offset (a toponym)


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(capitalised head words that end a site's name, lower-case words for a part of a city)."""
    rows = read_table("site_words.tsv")
    return (frozenset(r["word"] for r in rows if r["kind"] == "head"),
            frozenset(r["word"] for r in rows if r["kind"] == "part"))


def _name_token(tok) -> bool:
    if tok.is_space or "\n" in tok.whitespace_:
        return False
    return tok.text[:1].isupper() or tok.like_num or tok.text in NAME_JOINERS


def find_sites(doc, city_ends: dict[int, int]) -> list[Site]:
    """Sites after a city's possessive; ``city_ends`` maps the end offset of each toponym resolved
    to a city to its start offset."""
    if not city_ends:
        return []
    heads, parts = _words()
    ends = {tok.idx + len(tok.text): tok.i for tok in doc}
    out = []
    for end, city_start in city_ends.items():
        i = ends.get(end)
        if i is None or i + 2 >= len(doc) or doc[i + 1].text not in POSSESSIVES:
            continue
        first = i + 2
        while first < len(doc) - 1 and first < i + 4 and doc[first].pos_ == "ADJ" and doc[first].is_lower:
            first += 1  # "Paris' iconic Champs-Elysees boulevard"
        if not doc[first].text[:1].isupper():
            continue
        j = first
        while j < len(doc) and j - first < MAX_NAME_TOKENS and _name_token(doc[j]):
            j += 1
        # the longest run that ends in a head word ("Pearson International Airport"), else a name
        # before a part word ("Abbasiya neighbourhood")
        last = next((k for k in range(j - 1, first - 1, -1) if doc[k].text in heads), None)
        if last is not None and last > first:
            span = doc[first:last + 1]
        elif j > first and j < len(doc) and doc[j].lower_ in parts and doc[j - 1].text[:1].isupper():
            span = doc[first:j]
        else:
            continue
        out.append(Site(span.start_char, span.end_char, span.text, city_start))
    return out
