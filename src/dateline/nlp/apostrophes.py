"""Typographic apostrophes read as the ASCII one, so contractions keep their meaning.

spaCy's English tables and dateline's word lists (``events/data/modality.tsv``, the tense and status
rules) spell contractions with the ASCII apostrophe: "n't", "'ll", "'d", "'s", "'ve".  Web news is
mostly typeset with U+2019 (’) instead, and "The judge doesn’t rule out a subpoena" then carries the
token "n’t": the parser still reads it as a negation, but no rule knows the word, so the refusal was
coded as done; in text the source had already split into words ("does n’t rule out"), the tokenizer
does not even know "n’t" and the parse goes wrong too.

:func:`straighten` replaces each such apostrophe - one between two letters ("doesn’t", "O’Brien",
"it’s", "n’t") - by "'", one character for one, so every offset into the text stays valid.  A
right quotation mark after a word ("a ‘tax amnesty’ to people") and a plural possessive ("the
soldiers’ families") are left alone: nothing tells one from the other, and neither is a contraction.
"""

from __future__ import annotations

import re

TYPOGRAPHIC = "\u2019\u02bc"  # right single quotation mark, modifier letter apostrophe
_INSIDE_WORD = re.compile(rf"(?<=[^\W\d_])[{TYPOGRAPHIC}](?=[^\W\d_])")


def straighten(text: str) -> str:
    """``text`` with every typographic apostrophe between two letters replaced by "'" (same length;
    ``text`` itself, the same object, when there is none)."""
    if not any(mark in text for mark in TYPOGRAPHIC):
        return text
    plain = _INSIDE_WORD.sub("'", text)
    return text if plain == text else plain
