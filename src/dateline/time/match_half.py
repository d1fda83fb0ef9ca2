"""A bare "the first half" / "the second half" in a sentence about a sports match (or in the one after it) is
a half of the match, not of the year ("The visitors pulled away in the second half"): it is no date (session
34, helper TIME2).  A half
with its year ("the second half of 2019", "the first half of the year") is the grammar's other reading and
keeps its value; a sentence with no word of a match (``data/match_words.txt``) keeps the year's half.

Likewise a bare half that "of" + another whole follows ("the second half of the book", "the first half of
December", "the second half of his term") or a month ("for first half May shipment") is that whole's half,
not the year's; a year named there ("of its financial year", "of 2019") keeps it."""

from __future__ import annotations

import re

from dateline.time.lexicon import full_month_names, word_list

_BARE_HALF = re.compile(r"(?i)(?:the\s+)?(?:first|second)[\s-]+half")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
# a match's result: "won 3-1", "drew 2-2 with", "a 98-87 victory", "a 22 points to 10 win"
_SCORELINE = re.compile(r"\b(?:won|lost|beat|drew|trailed|led)\s+(?:\w+\s+)?\d{1,3}[-\u2013]\d{1,3}\b"
                        r"|\b\d{1,3}[-\u2013]\d{1,3}\s+(?:win|victory|defeat|loss|draw)\b"
                        r"|\b\d{1,3}\s+points\s+to\s+\d{1,3}\b")


# how many sentences before a bare half may tell the match: a match report names its words ("penalty",
# "interval", "keeper") a few sentences before "Celtic started the second half at full pelt"
# (session 35, helper TIME; was one)
_SENTENCES_BEFORE = 4


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding [start, end) and the few before it (a match's result is often told first:
    "... won 22 points to 10 on Saturday. Maroochydore played much of the first half in attack")."""
    opening = start
    for _ in range(_SENTENCES_BEFORE + 1):
        opening = max(text.rfind(stop, 0, opening) for stop in (". ", "! ", "? ", "\n"))
        if opening < 0:
            break
        opening = len(text[:opening].rstrip())  # (over blank lines between paragraphs)
    opening = max(opening, -1) + 1
    ends = [i for i in (text.find(stop, end) for stop in (". ", "! ", "? ", "\n")) if i >= 0]
    return text[opening:min(ends) if ends else len(text)]


# what a half of the year may be "of": a (financial) year, a year's number
_OF_A_YEAR = re.compile(r"\s+of\s+(?:(?:the|this|that|next|last|its|their|our|his|her|the\s+current)\s+)?"
                        r"(?:(?:financial|fiscal|calendar|business|trading|current)\s+)?(?:year\b|(?:19|20)\d\d)")
_OF_ANOTHER = re.compile(r"\s+of\s+\S")
# a month's name, capitalised as written ("for first half May shipment"; not the modal in "the first half may")
_MONTH_NEXT = re.compile(r"\s+(?:" + "|".join(m.capitalize() for m in full_month_names()) + r")\b")


# "a quicker second half to the race", "a dull second half to the film": a half "to" a whole that is
# no stretch of the calendar ("a stronger second half to the year", "from the first half to the second
# half", "to 2019" keep the year's half) (session 34, helper TIME3)
_NO_WHOLE = (r"first|second|third|fourth|next|last|current|end|start|beginning|middle|close|coming|financial|"
             r"fiscal|calendar|business|trading|half|year|quarter")
_TO_ANOTHER = re.compile(rf"\s+to\s+(?:the|its|his|her|their|this|that)\s+(?!(?:{_NO_WHOLE})\b)[a-z]")


def half_of_another_whole(low: str, text: str, end: int) -> bool:
    """``low`` is a bare half of what follows it: "of" (or "to") + a whole that is no year, or a month's
    name."""
    if not _BARE_HALF.fullmatch(low):
        return False
    after = text[end:end + 60]
    if _MONTH_NEXT.match(after) or _TO_ANOTHER.match(after):
        return True
    return _OF_ANOTHER.match(after) is not None and _OF_A_YEAR.match(after) is None


def half_of_a_match(low: str, text: str, start: int, end: int) -> bool:
    """``low`` (the expression, lower case) is a bare half in a sentence that tells a match."""
    if not _BARE_HALF.fullmatch(low):
        return False
    sentence = _sentence_around(text, start, end).lower()
    words = word_list("match_words.txt")
    return _SCORELINE.search(sentence) is not None or any(w in words for w in _WORD.findall(sentence))
