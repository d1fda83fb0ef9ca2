"""A cause that "forces" (session 35, helper SENSE), read from ``data/layer_doubts.tsv`` (``caused_compulsion``, and the
forces of nature of ``natural_doer``) and asked by ``sense_doubts.sense_doubt``.

"Force", "compel" and "oblige" have two senses: a party makes another act ("the army *forced* the rebels to retreat":
PLOVER COERCE), and a circumstance, a state or a feeling brings an act about ("heavy *floods forced* the government to
postpone the vote", "*accounting errors forced* the ministry to withdraw its budget", "the *feelings* I represent
*compelled* me to come").  The second is causation: no party coerces anyone (PLOVER COERCE and CAMEO 17 'Coerce' are a
party's repression or use of pressure).  The subject fixes the sense: a noun of a circumstance, a want, a loss, a
feeling or a force of nature.  Parties ("the gunmen", "Kenyan police") stay; an event noun as the doer ("rebel
*attacks* forced ...") is the relevance layer's own doubt (relevance:actor_not_a_party).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.events.clause_parts import span_head
from dateline.events.political import political_actors, political_noun
from dateline.events.sense_parts import NATURAL_DOER
from dateline.events.tables import in_class, layer_doubt_row as _row
from dateline.model import Event

CAUSED_COMPULSION = "caused_compulsion"


def _cause(head, causes: frozenset[str], nature: frozenset[str]) -> bool:
    """Is the actor's head a common noun of a cause (``causes``: a shortage, an error, debts, feelings) or of a force of
    nature (``nature``: floods, a storm), and no political noun ("the *authority*", "the *police*")?"""
    return (head is not None and head.pos_ == "NOUN" and (in_class(head, causes) or in_class(head, nature))
            and not political_noun(head, political_actors().nouns))


def caused_compulsion(event: Event, tok, doc: Doc) -> str | None:
    """``caused_compulsion`` when the trigger is a verb of forcing (``lemmas``: force, compel, oblige, drive) and every
    actor is a cause (:func:`_cause`): "heavy *floods forced* the government to postpone the election", "*a shortage*
    of ballot papers *forced* the commission to ..."; else None."""
    types, lemmas, causes = _row(CAUSED_COMPULSION)
    if event.type not in types or not event.actor or tok.lemma_.lower() not in lemmas:
        return None
    _, _, nature = _row(NATURAL_DOER)
    if all(_cause(span_head(p, doc), causes, nature) for p in event.actor):
        return CAUSED_COMPULSION
    return None
