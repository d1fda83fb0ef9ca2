"""An offset with no count ("Months later, a court freed him", "Years earlier, she had fled") places its act
at a distance the text does not give from the time before it: not at that time (the story's month or year),
and at no one later point either.  The act gets no date of its own (session 34, helper TIME2), as an act told
over an uncounted stretch does (``dating.vague_stretch``).  A counted offset ("four months later") is a date
the tagger gives; "days later" stays near the story's day and is left to it."""

from __future__ import annotations

import re

from dateline.model import Timex

# a bare plural unit, perhaps after a word of vague quantity ("many", "several", "some"), then the direction
_UNCOUNTED_OFFSET = re.compile(r"(?i)(?:(?:many|several|some|a\s+few)\s+)?(?:weeks|months|years|decades)\s+"
                               r"(?:later|earlier|afterwards?)")


def uncounted_offset(t: Timex) -> bool:
    """``t`` is "months later" / "years earlier": a DURATION the tagger left without a count (``PX`` + unit)."""
    return t.type == "DURATION" and t.value.startswith("PX") and _UNCOUNTED_OFFSET.fullmatch(t.text) is not None
