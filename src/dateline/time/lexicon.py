"""The temporal lexicon (``data/lexicon.yaml``) and the regular-expression fragments built from it.

The grammar in :mod:`dateline.time.recognize` is written in terms of these fragments, so adding a
month abbreviation, a number word or a holiday is a data change, not a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    parts = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))  # deterministic across runs
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts) + ")"


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    vague_numbers: tuple[str, ...]
    ordinals: dict[str, int]
    units: dict[str, tuple[str, str]]
    parts_of_day: dict[str, str]
    seasons: dict[str, str]
    holidays: dict[str, str]
    vague: dict[str, str]
    set_adverbs: dict[str, str]
    mods: dict[str, str | None]
    position_mods: dict[str, str]
    count_nouns: frozenset[str]
    number_names: frozenset[str]
    year_preps: frozenset[str]
    month_preps: frozenset[str]
    past_verbs: frozenset[str]
    generic_nouns: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = yaml.safe_load((DATA / "lexicon.yaml").read_text(encoding="utf-8"))
    return Lexicon(
        months={k: int(v) for k, v in raw["months"].items()},
        ambiguous_months=frozenset(raw["ambiguous_months"]),
        weekdays={k: int(v) for k, v in raw["weekdays"].items()},
        numbers={k: float(v) for k, v in raw["numbers"].items()},
        vague_numbers=tuple(raw["vague_numbers"]),
        ordinals={k: int(v) for k, v in raw["ordinals"].items()},
        units={k: (v[0], v[1]) for k, v in raw["units"].items()},
        parts_of_day=dict(raw["parts_of_day"]),
        seasons=dict(raw["seasons"]),
        holidays={k: str(v) for k, v in raw["holidays"].items()},
        vague=dict(raw["vague"]),
        set_adverbs=dict(raw["set_adverbs"]),
        mods=dict(raw["mods"]),
        position_mods=dict(raw["position_mods"]),
        count_nouns=frozenset(raw["count_nouns"]),
        number_names=frozenset(raw["number_names"]),
        year_preps=frozenset(raw["year_preps"]),
        month_preps=frozenset(raw["month_preps"]),
        past_verbs=frozenset(raw["past_verbs"]),
        generic_nouns=frozenset(raw["generic_nouns"]),
    )


_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SMALL = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def spoken_number(text: str) -> float | None:
    """Value of a number written in words or digits: "twenty-four", "24", "5 1/2", "a couple of"."""
    lex = lexicon()
    t = re.sub(r"\s+", " ", text.lower().strip()).replace(",", "")
    if not t:
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?: (\d)/(\d))?", t)
    if m:
        value = float(m.group(1))
        if m.group(2):
            value += int(m.group(2)) / int(m.group(3))
        return value
    if t in lex.numbers:
        return lex.numbers[t]
    m = re.fullmatch(r"(\w+)[- ](\w+)", t)
    if m and m.group(1) in _TENS and m.group(2) in _SMALL:
        return lex.numbers[m.group(1)] + lex.numbers[m.group(2)]
    m = re.fullmatch(r"(.+?) (hundred|thousand)", t)
    if m:
        head = spoken_number(m.group(1))
        if head is not None:
            return head * (100 if m.group(2) == "hundred" else 1000)
    return None


def full_month_names() -> list[str]:
    """The months' full names, lower case ("january", "may"; not "jan", "sept")."""
    return [m for m in lexicon().months if len(m) > 4 or m in ("may", "june", "july")]


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    """Named regex fragments (no capturing groups) used by the recognizer's grammar."""
    lex = lexicon()
    full_months = full_month_names()
    abbr_months = [m for m in lex.months if m not in full_months]
    small = alternation(_SMALL)
    tens = alternation(_TENS)
    word_numbers = [w for w in lex.numbers if w not in ("a", "an")]
    numword = (rf"(?:{tens}(?:[\s-]+{small})?|{alternation(word_numbers)}"
               rf"(?:\s+(?:hundred|thousand))?)")
    digits = r"(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+\d/\d)?)"
    units = alternation([u for u in lex.units] + ["centurie"]) + "s?"
    unit_sg = alternation(lex.units)
    year = r"(?:1[0-9]\d\d|20\d\d)"
    spoken_year = (rf"(?:nineteen|twenty)[\s-]+(?:{tens}(?:[\s-]+{small})?|ten|eleven|twelve|thirteen|fourteen"
                   r"|fifteen|sixteen|seventeen|eighteen|nineteen)")
    return {
        "MONTH_FULL": alternation(full_months),
        "MONTH": rf"(?:{alternation(full_months)}|{alternation(abbr_months)}\.?)",
        "DOW": alternation(lex.weekdays),
        "NUM": rf"(?:{digits}|{numword}|an?|{alternation(lex.vague_numbers)})",
        "QNUM": rf"(?:{digits}|{numword}|an?)",
        "UNITS": units,
        "UNIT_SG": unit_sg,
        "YEAR": year,
        "YEAR_ANY": rf"(?:{year}|{spoken_year})",
        "DAYNUM": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
        "ORD": alternation([o for o in lex.ordinals if lex.ordinals[o] > 0]),
        "PART": alternation([p for p in lex.parts_of_day if p not in ("noon", "midnight", "midday")]),
        "SEASON": alternation(lex.seasons),
        "HOLIDAY": alternation(lex.holidays),
        "MOD": alternation(lex.mods),
        "POS": r"(?:early|late|mid|the\s+middle\s+of|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
               r"|the\s+turn\s+of|the\s+close\s+of)",
        "SET_ADVERB": alternation(lex.set_adverbs),
        "VAGUE": alternation(lex.vague),
    }


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The words of ``data/<name>``, one a line; lines starting with ``#`` (provenance, comments) and
    blank lines are skipped."""
    text = (DATA / name).read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))
