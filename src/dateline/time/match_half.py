"""A bare "the first half" / "the second half" in a sentence about a sports match is a half of the match, not
of the year ("The visitors pulled away in the second half"): it is no date (session 34, helper TIME2).  A half
with its year ("the second half of 2019", "the first half of the year") is the grammar's other reading and
keeps its value; a sentence with no word of a match (``data/match_words.txt``) keeps the year's half."""

from __future__ import annotations

import re

from dateline.time.lexicon import word_list

_BARE_HALF = re.compile(r"(?i)(?:the\s+)?(?:first|second)[\s-]+half")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
# a match's result: "won 3-1", "drew 2-2 with", "a 98-87 victory"
_SCORELINE = re.compile(r"\b(?:won|lost|beat|drew|trailed|led)\s+(?:\w+\s+)?\d{1,3}[-\u2013]\d{1,3}\b"
                        r"|\b\d{1,3}[-\u2013]\d{1,3}\s+(?:win|victory|defeat|loss|draw)\b")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding [start, end): from the last stop before it to the next stop after it."""
    opening = max(text.rfind(stop, 0, start) for stop in (". ", "! ", "? ", "\n")) + 1
    ends = [i for i in (text.find(stop, end) for stop in (". ", "! ", "? ", "\n")) if i >= 0]
    return text[opening:min(ends) if ends else len(text)]


def half_of_a_match(low: str, text: str, start: int, end: int) -> bool:
    """``low`` (the expression, lower case) is a bare half in a sentence that tells a match."""
    if not _BARE_HALF.fullmatch(low):
        return False
    sentence = _sentence_around(text, start, end).lower()
    words = word_list("match_words.txt")
    return _SCORELINE.search(sentence) is not None or any(w in words for w in _WORD.findall(sentence))
