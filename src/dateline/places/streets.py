"""Streets and roads: "Main Street", "Wichita Drive", "Highway 19".

Local news places events on streets, and the gold standards of the field mark them as
toponyms (TR-News, LGL), but no gazetteer we ship has them.  They are found by their form - a
capitalised name followed by a street word of ``data/street_words.tsv``, or a route word
followed by a number - and returned as places of kind ``street`` with no GeoNames id and no
point: the text says where, the gazetteer cannot say more, and nothing is guessed.  A city
name inside a street name ("Wichita" in "Wichita Drive") is not the city.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from dateline.places.lists import PLURAL_STREETS, coordinated_names
from dateline.places.tables import read_table

MAX_NAME_TOKENS = 3
# capitalised words that start a sentence or a title rather than a street's name
NOT_NAME_WORDS = {"The", "A", "An", "This", "That", "On", "In", "At", "Of", "And", "Or", "To", "From", "By", "For"}
# "1200 E. Broad St.", "216 S. Clinton Avenue": a compass initial opens a street's name; any other
# initial makes it a person's ("Virginia L. Lane")
COMPASS_INITIALS = {"N.", "S.", "E.", "W."}
# words before a name that put it on the map: "lives on Bucknell Drive", "property off Gospel Lane"
STREET_PREPOSITIONS = {"on", "off", "along", "onto", "near"}


@dataclass(frozen=True)
class Street:
    start: int  # character offsets
    end: int
    text: str


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, bool], frozenset[str]]:
    """({suffix word: is abbreviation}, {route words})."""
    rows = read_table("street_words.tsv")
    suffixes = {r["word"]: r["abbreviation"] == "yes" for r in rows if r["kind"] == "suffix"}
    numbered = frozenset(r["word"] for r in rows if r["kind"] == "numbered")
    return suffixes, numbered


def _name_token(tok) -> bool:
    text = tok.text
    if text in NOT_NAME_WORDS or tok.is_space or "\n" in tok.whitespace_:
        return False
    if text in ("'", "\u2019", "'s", "\u2019s", "-"):
        return True  # "Governors' Parkway", "St. John's Road", "Mont-Royal Avenue"
    return (text[:1].isupper() and text[:1].isalpha()) or (text[:1].isdigit() and text[-2:] in ("st", "nd", "rd", "th"))


def _after_place_possessive(doc, start: int, suffix: int) -> int:
    """"Augusta's Highland Avenue": the street starts after a place's possessive (Augusta is a
    toponym of its own); "St. John's Road" keeps its possessive (no name would be left)."""
    from dateline.places.gazetteer import get_gazetteer

    for k in range(start + 1, suffix - 1):
        if doc[k].text in ("'s", "\u2019s") and get_gazetteer().lookup(doc[start:k].text):
            return k + 1
    return start


def _initial(tok) -> bool:
    return len(tok.text) == 2 and tok.text.endswith(".")


def _house_number(doc, start: int) -> bool:
    """A number right before a name: "208 Routon St.", "1205 Lone Oak Road" (not a year: "the 2009 Main
    Street Festival")."""
    if start == 0:
        return False
    text = doc[start - 1].text
    return text.isdigit() and not (len(text) == 4 and text[:2] in ("19", "20"))


def _street_slot(doc, start: int, found: list[Street]) -> bool:
    """The model tags many streets as persons ("Jay Lane", "Salt Works Road"); their place in the
    sentence still says street: a house number before them ("208 Routon St."), "the 500 block of",
    a preposition of position ("lives on Bucknell Drive"), or "and" after another street ("Spencer
    Street and Eldorado Lane")."""
    if start == 0:
        return False
    before = doc[start - 1]
    if _house_number(doc, start):
        return True
    if before.lower_ in STREET_PREPOSITIONS:
        return True
    if before.lower_ == "of" and start >= 2 and doc[start - 2].lower_ == "block":
        return True
    return before.lower_ in ("and", "or") and start >= 2 and any(s.end == doc[start - 2].idx + len(doc[start - 2])
                                                                 for s in found)


def find_streets(doc) -> list[Street]:
    suffixes, numbered = _words()
    found: list[Street] = []
    last_end = -1
    for tok in doc:
        if tok.i <= last_end:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.text in numbered and nxt is not None and nxt.like_num and tok.whitespace_:
            start = tok.i
            if start > 0 and doc[start - 1].text in ("U.S.", "State", "County", "US"):
                start -= 1
            found.append(Street(doc[start].idx, nxt.idx + len(nxt.text), doc[start:nxt.i + 1].text))
            last_end = nxt.i
            continue
        if tok.text not in suffixes or tok.i == 0:
            continue
        i = tok.i
        while i > 0 and tok.i - i < MAX_NAME_TOKENS and _name_token(doc[i - 1]) \
                and doc[i - 1].text not in suffixes:
            i -= 1
        while i < tok.i and not doc[i].text[:1].isalnum():
            i += 1  # a name starts with a word, not an apostrophe
        if i == tok.i:
            continue
        if nxt is not None and nxt.text[:1].isupper() and nxt.text[:1].isalpha() and not nxt.is_sent_start \
                and not _house_number(doc, i):
            continue  # "St. Louis" (a saint), "Wall Street Journal", "National Highway Traffic Safety ..."
            #           but an address ends where its street word does: "at 1200 E. Broad St. Lanier said"
        i = _after_place_possessive(doc, i, tok.i)
        span = doc[i:tok.i + 1]
        if any(_initial(t) and not (t.i == span.start and t.text in COMPASS_INITIALS) for t in span):
            continue  # "Virginia L. Lane": a person named Lane
        if tok.ent_type_ == "PERSON" and not _street_slot(doc, span.start, found):
            continue  # "Kelley Lane said": the model read a person, and nothing says a street
        found.append(Street(span.start_char, span.end_char, span.text))
        last_end = tok.i
    # "Culver and Charter streets": one plural street word after a list names every conjunct
    for _, names in coordinated_names(doc, PLURAL_STREETS):
        found += [Street(n.start_char, n.end_char, n.text) for n in names
                  if not any(s.start < n.end_char and n.start_char < s.end for s in found)]
    return sorted(found, key=lambda s: s.start)
