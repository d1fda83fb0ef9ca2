"""Is this article in English?  A cheap, offline check run before coding.

dateline's lexicons, gazetteer names and spaCy model are English: a French or Russian article
run through them yields nonsense events (French "a" read as a determiner, "Paris" the only entity
found ...).  Such articles are reported and skipped, never coded as if they were English.

The check needs no model and downloads nothing.  Two signals, both from the first
``SAMPLE_CHARS`` characters:

1. the script of the letters: text that is mostly Cyrillic, Arabic, CJK, Devanagari ... is not
   English;
2. function words: in running English prose about a third of the words are function words
   ("the", "of", "and" ...; list in ``data/function_words.tsv``).  Text in which another
   language's function words clearly outnumber English ones is that language.

Short texts (a headline, a caption) are not judged: too few words to tell, so they pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources

SAMPLE_CHARS = 20_000
MIN_LETTERS = 40  # fewer letters than this: too little text to judge
MIN_WORDS = 15
FOREIGN_SCRIPT_SHARE = 0.5  # more than half the letters outside Latin script
OTHER_MIN_RATIO = 0.15  # another language's function words make at least this share of the words
OTHER_OVER_EN = 2.0  # ... and at least this many times the English share

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=1)
def function_words() -> dict[str, tuple[str, frozenset[str]]]:
    """``{lang code: (language name, function words)}`` from ``data/function_words.tsv``."""
    text = resources.files("dateline.clean").joinpath("data", "function_words.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[str, frozenset[str]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("lang\t"):
            continue
        code, name, words = line.split("\t")
        table[code] = (name, frozenset(words.split()))
    return table


def _script(ch: str) -> str:
    """Name of a letter's script: LATIN, CYRILLIC, ARABIC, CJK, HANGUL ... (first word of its name)."""
    if ch < "\u0250":  # Basic Latin to Latin Extended-B: no lookup needed
        return "LATIN"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def _foreign_script(letters: list[str]) -> str | None:
    scripts = Counter(_script(ch) for ch in letters)
    latin = scripts.pop("LATIN", 0)
    other = sum(scripts.values())
    if other <= FOREIGN_SCRIPT_SHARE * (latin + other):
        return None
    top, _ = scripts.most_common(1)[0]
    share = round(100 * other / (latin + other))
    label = top if len(top) <= 3 else top.title()  # CJK stays CJK
    return f"{share}% of the letters are {label} script, not Latin"


def detect_non_english(text: str) -> str | None:
    """None if ``text`` is (or may be) English; else the reason it is not, e.g.
    ``"looks like French: 34% French function words, 2% English"``."""
    sample = text[:SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    if reason := _foreign_script(letters):
        return reason
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    table = function_words()
    counts = {code: sum(1 for w in words if w in fw) for code, (_, fw) in table.items()}
    n = len(words)
    en = counts.get("en", 0) / n
    others = sorted(((c / n, code) for code, c in counts.items() if code != "en"), reverse=True)
    if others:
        best, code = others[0]
        if best >= OTHER_MIN_RATIO and best >= OTHER_OVER_EN * en:
            name = table[code][0]
            return (f"looks like {name}: {round(100 * best)}% {name} function words, "
                    f"{round(100 * en)}% English")
    # Few English function words alone proves nothing: tables of results, lists of names and
    # wire-service figures ("Shr profit 15.9p vs 2.25p loss") are English without being prose.
    return None
