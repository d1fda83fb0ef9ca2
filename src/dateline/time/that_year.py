""""That year" opening a sentence points back to the year the sentence before it named last ("She taught in
Boston from 1990 until 2001. That year, she moved to Leeds" = 2001), not to the story time, which may lie
elsewhere (a "from" year, a later day) or not be set by a bound ("until 2001") at all (session 34, helper
TIME2).  With no year named there, the story time stands."""

from __future__ import annotations

import re

# a year written after a preposition or a month (and day): "in 2001", "until 2001", "of 1999", "in May 2003",
# "on May 3, 2003" - not a count ("2001 people"), which has no such word before it
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_NAMED_YEAR = re.compile(r"\b(?:in|until|till|by|since|from|to|of|during|before|after|through|"
                         rf"{_MONTH}(?:\s+\d{{1,2}},?)?)\s+((?:1[6-9]|20)\d\d)\b(?![-%\d])")
_STOP = re.compile(r"[.!?\n][\s\"'`)]*$")


def _previous_sentence(text: str, start: int) -> str:
    """The sentence that ends right before ``start`` (the one "That year" opens follows it)."""
    head = text[:start]
    stop = _STOP.search(head)
    if stop is None:
        return ""
    body = head[:stop.start()]
    opening = max(body.rfind(s) for s in (". ", "! ", "? ", "\n")) + 1
    return body[opening:]


def year_named_last(text: str, start: int) -> int | None:
    """The last year the sentence before ``start`` names, or None."""
    years = _NAMED_YEAR.findall(_previous_sentence(text, start))
    return int(years[-1]) if years else None
