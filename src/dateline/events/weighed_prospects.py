"""A prospect weighed, no deed investigated (session 34, helper SENSE), read from the ``weighed_prospect`` row of
``data/layer_doubts.tsv`` and asked by ``sense_doubts.sense_doubt``.

PLOVER ACCUSE investigate (CAMEO 09 'Investigate': crime, corruption, human rights abuses, military action) looks
into what a party did or does: "police are examining whether the minister *took* bribes".  A verb of investigating
whose question is about what is still to come ("observers are *examining whether* the regime *will be able to*
contain the unrest", "analysts *study whether* the junta *can* hold the capital") weighs a prospect: a forecast, no
party's conduct under investigation.  The question is a "whether" or "if" clause carrying a modal of what is still
to come (clause_parts.FUTURE_MODALS) with no perfect "have" ("whether the blast *could have been* caused by a bomb"
asks about a past deed and stays).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.clause_parts import _future_modal
from dateline.events.tables import layer_doubt_row as _row
from dateline.model import Event

WEIGHED_PROSPECT = "weighed_prospect"


def _asks_about_the_future(clause: Token, marks: frozenset[str]) -> bool:
    """Is the clause a "whether"/"if" question (one of ``marks``) with a modal of what is still to come and no perfect
    "have" ("whether the regime *will* be able to", not "whether it *could have* been")?"""
    return (any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children) and _future_modal(clause)
            and not any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in clause.children))


def weighed_prospect(event: Event, tok: Token) -> str | None:
    """``weighed_prospect`` when the event's type and the trigger's lemma are the row's, the trigger is a verb with no
    direct object and its clausal complement asks about what is still to come; else None."""
    types, lemmas, marks = _row(WEIGHED_PROSPECT)
    if event.type not in types or tok.lemma_.lower() not in lemmas or tok.pos_ != "VERB":
        return None
    if any(c.dep_ == "dobj" for c in tok.children):
        return None
    return WEIGHED_PROSPECT if any(c.dep_ == "ccomp" and _asks_about_the_future(c, marks)
                                   for c in tok.children) else None
