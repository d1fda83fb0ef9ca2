""""The U.S.-led coalition", "Northbrook-based Crate & Barrel", "a Moscow-backed rebel": a name
hyphened to a participle of origin or sponsorship is a place, although the model tags the whole
as an organisation, or the name alone as one.  After "-led", "-backed" ... the name is a sponsor
(a country, a region, a big city); after "-based", "-born" ... any place."""

from __future__ import annotations

from collections.abc import Iterator

SUFFIXES = {"based": "origin", "born": "origin", "bred": "origin", "raised": "origin",
            "headquartered": "origin", "led": "sponsor", "backed": "sponsor", "brokered": "sponsor",
            "sponsored": "sponsor", "funded": "sponsor", "controlled": "sponsor", "allied": "sponsor",
            "aligned": "sponsor", "occupied": "sponsor", "administered": "sponsor", "held": "sponsor"}
MAX_NAME_TOKENS = 3


def _name_word(tok) -> bool:
    return tok.text[:1].isupper() and not tok.is_space and not (tok.is_punct and tok.text != ".")


def hyphened_names(doc) -> Iterator[tuple[int, int, str]]:
    """(start, end, "origin" | "sponsor") of each name hyphened to a participle of ``SUFFIXES``."""
    for tok in doc:
        head, sep, suffix = tok.text.rpartition("-")
        if sep and head[:1].isupper() and suffix.lower() in SUFFIXES:
            yield tok.idx, tok.idx + len(head), SUFFIXES[suffix.lower()]  # one token: "U.S.-led"
        elif tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_ \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in SUFFIXES:
            k = tok.i - 1  # "Northbrook" "-" "based": the capitalised run before the hyphen
            while k > tok.i - 1 - MAX_NAME_TOKENS and k >= 0 and _name_word(doc[k]):
                k -= 1
            if k < tok.i - 1:
                yield doc[k + 1].idx, tok.idx, SUFFIXES[doc[tok.i + 1].lower_]
