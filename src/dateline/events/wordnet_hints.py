"""PLOVER type hints from WordNet for words the trigger lexicon does not list.

``data/wordnet_hints.tsv`` is built from Princeton WordNet 3.0 by ``tools/build_wordnet_hints.py`` (at build
time only; WordNet is never read at run time): for a verb or noun that no lexicon entry lists, the PLOVER
types of the lexicon words WordNet relates it to (synonyms, verb groups, hypernyms, derivational links,
weighted by sense frequency): "upbraid" -> ACCUSE (reproach, admonish), "decapitate" -> ASSAULT (behead),
"assemble" -> CONSULT (meeting).  Lexicon verbs have a row too (``listed``), built without the entries that
list them: how WordNet would type the word if the lexicon did not know it (on the 304 lexicon verbs with a
hint, the main hinted type is one of the verb's own 56.6% of the time, 67% at strength >= 1).

The type model reads a verb's hint as features (``model.wordnet_features``: ``WN=TYPE``) when the lexicon
does not list the verb; it learns from the development rows how far to trust them.  Measured and not used
(session 14): hints of lexicon verbs without a hit as features, training copies of lexicon triggers made
unknown, and cutting an unknown verb's model types down to the hinted ones (unchanged or lower figures).
A hint is evidence for the learned model, never a trigger by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dateline.events.tables import read_table

HINTS_FILE = "wordnet_hints.tsv"


@dataclass(frozen=True)
class Hint:
    """The types WordNet relates a word to, with their shares of the evidence (largest first), and how much
    evidence there is (``strength``: the summed weights of the lexicon words reached); ``via``: those words,
    as relation:word; ``listed``: the word is a lexicon verb (its hint leaves out the entries that list it)."""

    types: tuple[tuple[str, float], ...]
    strength: float
    via: tuple[str, ...] = ()
    listed: bool = False

    @property
    def top(self) -> str:
        return self.types[0][0]


@cache
def _hints() -> dict[tuple[str, str], Hint]:
    out = {}
    for row in read_table(HINTS_FILE):
        types = tuple((t, float(s)) for t, _, s in (x.partition(":") for x in row["types"].split(",")))
        out[(row["lemma"], row["pos"])] = Hint(types, float(row["strength"]), tuple(row["via"].split(",")),
                                               row["lexicon"] == "listed")
    return out


def hint(lemma: str, pos: str = "verb") -> Hint | None:
    """The WordNet hint for ``lemma`` (lower-case lemma) as a ``pos`` ("verb" or "noun"), or None."""
    return _hints().get((lemma, pos))
