"""Support given to a measure, typed AID (session 34, helper SENSE), read from the ``endorsed_measure`` row of
``data/layer_doubts.tsv`` and asked by ``sense_doubts.sense_doubt``.

"Support" is material help (PLOVER AID, CAMEO 07 'Provide aid': money, arms, relief to another actor) or backing in
words (PLOVER SUPPORT, CAMEO 05 'Engage in diplomatic cooperation': 051 'Praise or endorse').  What the support goes to
tells them apart: a bill, a proposal, a plan, a demand or a strike is a measure, and a measure takes no money or arms -
"extended support to the new labour bill", "pledged support for the peace proposal" endorse it.  "extended support to
the flood victims", "gave support to Haiti" stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.tables import in_class, layer_doubt_row as _row
from dateline.model import Event

ENDORSED_MEASURE = "endorsed_measure"
# The prepositions of what support goes to ("support *to* the bill", "support *for* the proposal").
SUPPORTED_PREPOSITIONS = {"to", "for"}


def _support_nouns(tok: Token, supports: frozenset[str]) -> list[Token]:
    """The support noun(s) of the trigger: itself ("their *support* for the bill") or its direct object ("extended
    *support* to")."""
    if tok.pos_ == "NOUN":
        return [tok] if in_class(tok, supports) else []
    return [c for c in tok.children if c.dep_ == "dobj" and in_class(c, supports)]


def _supported(holders: list[Token]) -> list[Token]:
    """What the support goes to: the objects of a "to" or "for" on the verb or on the support noun (the parser hangs
    "to" on the verb as its "dative")."""
    return [o for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in SUPPORTED_PREPOSITIONS
            for o in c.children if o.dep_ == "pobj"]


def endorsed_measure(event: Event, tok: Token) -> str | None:
    """``endorsed_measure`` when the event is of the row's type, the trigger is (or governs) a support noun of the
    row's `lemmas` and everything the support goes to is a measure of the row's `words`; else None."""
    types, supports, measures = _row(ENDORSED_MEASURE)
    if event.type not in types:
        return None
    nouns = _support_nouns(tok, supports)
    if not nouns:
        return None
    supported = _supported(nouns if tok.pos_ == "NOUN" else [tok, *nouns])
    return ENDORSED_MEASURE if supported and all(in_class(s, measures) for s in supported) else None
