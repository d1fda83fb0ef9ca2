"""An infinitive of purpose is an aim, not an act reported done: "sent troops *to restore* order", "filed a lawsuit *to
block* the merger", "flew to Washington *to appeal* to the court" - the restoring, blocking or appealing may never
happen (TimeML SLINK MODAL: hypothetical).  The relevance layer doubts such an event once, as an aim
(foreseen_acts.in_purpose_clause, relevance:purpose).  Session 33, helper STATUS.

Only the infinitive verb: the object of one ("to block *the offer*") is the thing aimed at, often a thing already
there ("to finish *the talks*", "to pay *the losses*").  Not the infinitive of a copula ("it is hard *to separate*
them", "we are here *to stay*"), which the parser hangs there as an adverbial clause too but which is what the
predicate says of it, not an aim of an act.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.parties import to_infinitive

AIM = ("purpose:to", "hypothetical")
COPULAS = {"be", "become", "seem", "remain"}


def aim_of(anchor: Token) -> list[tuple[str, str]]:
    """The cue ``purpose:to`` (hypothetical) when ``anchor`` (the trigger, or the verb whose "to" a coordinated
    trigger shares: "to set up barriers and *tighten* security") is an infinitive of purpose of an act; else nothing."""
    head = anchor.head
    if anchor.pos_ == "VERB" and anchor.dep_ == "advcl" and to_infinitive(anchor) and head.i != anchor.i and \
            head.pos_ == "VERB" and head.lemma_.lower() not in COPULAS:
        return [AIM]
    return []
