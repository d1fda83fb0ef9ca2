"""Small helpers over the drafts of one article, shared by the document-level passes (document.py) and the passes
kept in modules of their own (known_as.py, title_surnames.py): which draft holds a token, marking a draft resolved
through another, and names folded for comparison.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable

from dateline.actors.compose import Draft


def mark_linked(d: Draft, flag: str, reason: str) -> None:
    """A draft resolved through another mention (coreference, apposition): no longer ``unresolved``, flagged
    ``flag``, with ``reason``."""
    d.flags = [f for f in d.flags if f != "unresolved"] + [flag]
    d.reason = reason


def token_owners(drafts: list[Draft]) -> dict[int, int]:
    """Token index -> index of the draft whose span holds it."""
    return {t: j for j, d in enumerate(drafts) for t in range(d.start, d.end)}


def fold(text: str) -> str:
    """``text`` without accents, in lower case: "Brudziński" and "Brudzinski" are one surname."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def full_name_holder(drafts: list[Draft], order: Iterable[int], surname: str,
                     skip: Callable[[Draft], bool] = lambda d: False) -> int | None:
    """The first draft, in ``order``, of a person the article named by full name whose last name is ``surname``
    (folded), not one ``skip`` rules out: the person a lone surname or title word stands for ("Miller" after "Matthew
    Miller", "King" after "Ledley King"); None if there is none."""
    return next((j for j in order if drafts[j].person and len(drafts[j].person.split()) > 1 and not skip(drafts[j])
                 and fold(drafts[j].person.split()[-1]) == surname), None)
