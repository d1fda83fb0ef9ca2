"""An attack by those who attack in words (session 35, helper SENSE2), asked by ``figurative_force.spoken_or_self``.

Legislators, critics, commentators, spokesmen and the press attack a minister, a plan or a policy by speaking or writing
against it: "the minister *came under attack from* opposition *MPs* over the budget" is criticism (PLOVER ACCUSE
disapprove: "criticize, defame, denigrate responsible parties"; CAMEO 111 "Criticize or denounce"), no force (PLOVER
ASSAULT: physical violence).  The verb's ASSAULT reading is cancelled in ``data/not_triggers.tsv``
(``assault.verb:attack``, subject: the accuse.disapprove reading of "attacked" stays); the noun's attacker stands in a
"from" or "by" phrase, which that table does not read, so here the noun's ASSAULT keeps half its confidence
(relevance:verbal_attack).  The words are the same table row's.  "The convoy came under attack from rebels" stays: the
attacker is no speaker, and an armed sector is never one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.events.clause_parts import span_head
from dateline.events.lexicon import veto_words
from dateline.events.sense_parts import ARMED_SECTORS
from dateline.model import Event

ATTACK_NOUNS = {"attack", "assault"}


def _speakers() -> frozenset[str]:
    """The subjects whose "attack" is words (not_triggers.tsv, assault.verb:attack, subject)."""
    return veto_words("assault.verb:attack", "subject")


def _speaker(head: Token | None, speakers: frozenset[str]) -> bool:
    """Is ``head`` (an actor's head noun) a speaker by trade, or a common noun with one as a compound ("opposition
    *MPs*", "a *newspaper* editorial")?"""
    if head is None:
        return False
    return head.lemma_.lower() in speakers or any(
        c.dep_ == "compound" and c.lemma_.lower() in speakers for c in head.children)


def critics_attack(event: Event, tok: Token, doc: Doc) -> bool:
    """Is an ASSAULT at the noun "attack" done by actors who are all speakers by trade, none of an armed sector
    ("came under fierce *attack from* opposition *MPs* over the budget", "the plan has been *under attack by critics*")?"""
    if event.type != "ASSAULT" or tok.pos_ != "NOUN" or tok.lemma_.lower() not in ATTACK_NOUNS or not event.actor:
        return False
    if any(p.sector in ARMED_SECTORS for p in event.actor):
        return False
    speakers = _speakers()
    return all(_speaker(span_head(p, doc), speakers) for p in event.actor)
