""""That year" opening a sentence points back to the year the sentence before it named last ("She taught in
Boston from 1990 until 2001. That year, she moved to Leeds" = 2001), not to the story time, which may lie
elsewhere (a "from" year, a later day) or not be set by a bound ("until 2001") at all (session 34, helper
TIME2).  With no year named there, the story time stands.

The year is the one the sentence before's last dated expression resolves to, written or not: "from 2003
until the following year. That year, the famine began" = 2004, as "That February" there is February 2004
(session 34, helper TIME3); a year written bare is the fallback where the tagger left no value."""

from __future__ import annotations

import re
from datetime import date

from dateline.time.lexicon import full_month_names, lexicon, word_list

# a year written after a preposition or a month (and day): "in 2001", "until 2001", "of 1999", "in May 2003",
# "on May 3, 2003" - not a count ("2001 people"), which has no such word before it
# (the lexicon's names and abbreviations, capitalised, longest first: not any word they begin, as
# "Marx 1867" or "Junior 2002" is no month and year - session 35, helper TIME)
_MONTH = "(?:" + "|".join(re.escape(m.capitalize()) for m in sorted(lexicon().months, key=lambda m: (-len(m), m))) \
    + r")\.?"
_NAMED_YEAR = re.compile(r"\b(?:in|until|till|by|since|from|to|of|during|before|after|through|"
                         rf"{_MONTH}(?:\s+\d{{1,2}},?)?)\s+((?:1[6-9]|20)\d\d)\b(?![-%\d])")
_STOP = re.compile(r"[.!?\n][\s\"'`)]*$")


def _previous_sentence(text: str, start: int) -> str:
    """The sentence that ends right before ``start`` (the one "That year" opens follows it)."""
    span = _previous_sentence_span(text, start)
    return text[span[0]:span[1]] if span is not None else ""


_YEAR_VALUE = re.compile(r"^(\d{4})(?:-|$)")


def _previous_sentence_span(text: str, start: int) -> tuple[int, int] | None:
    """Where the sentence that ends right before ``start`` lies in ``text``."""
    head = text[:start]
    stop = _STOP.search(head)
    if stop is None:
        return None
    body = head[:stop.start()]
    return _sentence_start(body), stop.start()


# a stop and the space after it, with the word before it ("1998", "Dec", "U.S") and the
# character after the space
_BREAK = re.compile(r"(?:(\w[\w.]*)?\.|[!?])\s+(?=(.?))|\n")


def _sentence_start(body: str) -> int:
    """Where the last sentence of ``body`` begins: after its last stop that ends a sentence.  A stop after
    an abbreviation does not ("in Dec. 1998", "Gen. Musharraf", "J. Smith") - split on every ". ", "That year"
    after "He left in Dec. 1998." saw " 1998" as its sentence before, and no year after a preposition in it
    (session 35, helper TIME2)."""
    start = 0
    for brk in _BREAK.finditer(body):
        if not _abbreviation_stop(brk.group(1), brk.group(2)):
            start = brk.end()
    return start


def _abbreviation_stop(word: str | None, after: str | None) -> bool:
    """Is the stop after ``word`` (followed by the character ``after``) an abbreviation's, no sentence's end?
    A title before a name ("Gen.", "Mr."), a month's short name before a day or a year ("Dec. 1998",
    "Sept. 11"), a single capital, an initial ("J. Smith") - not "U.S.", which ends sentences too."""
    if not word:
        return False
    low = word.lower()
    if low in word_list("title_abbreviations.txt"):
        return True
    if low in lexicon().months and len(low) <= 4 and low not in full_month_names():
        return bool(after) and after.isdigit()
    return len(word) == 1 and word.isupper()


def year_resolved_last(text: str, start: int, told: list | None) -> int | None:
    """The year of the last dated expression (a DATE or TIME with a calendar year) of the sentence before
    ``start``, among the expressions ``told`` so far, or None."""
    span = _previous_sentence_span(text, start)
    if span is None or not told:
        return None
    years = [int(m.group(1)) for t in told if span[0] <= t.start < span[1] and t.type in ("DATE", "TIME")
             for m in [_YEAR_VALUE.match(t.value)] if m]
    return years[-1] if years else None


def antecedent_year(text: str, start: int, told: list | None, now: date | None = None) -> int | None:
    """The year "That year" / "That <Month>" opening a sentence points back to, or None.

    "that" is distal: a writer who means the year of the date line (``now``) says "this year".  So a
    sentence before that resolves to it ("No one would have imagined that he would be back seven years
    later" in a story of that seventh year) is passed over for the one before it, when that one names
    another year ("... in 1998, he climbed off his bike. No one would have imagined .... That year" = 1998)
    (session 35, helper TIME)."""
    now_year = now.year if now is not None else None
    resolved = year_resolved_last(text, start, told)
    if resolved is not None and resolved == now_year:
        span = _previous_sentence_span(text, start)
        earlier = year_resolved_last(text, span[0], told) if span is not None else None
        if earlier is not None and earlier != now_year:
            return earlier
    return resolved if resolved is not None else year_named_last(text, start)


def year_named_last(text: str, start: int) -> int | None:
    """The last year the sentence before ``start`` names, or None."""
    years = _NAMED_YEAR.findall(_previous_sentence(text, start))
    return int(years[-1]) if years else None
