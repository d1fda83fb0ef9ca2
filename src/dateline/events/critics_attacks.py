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

ATTACK_NOUNS = {"attack", "assault", "offensive"}  # ("went on the *offensive* over comments": session 44)


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
    ("came under fierce *attack from* opposition *MPs* over the budget", "the plan has been *under attack by critics*"),
    or by office-holders over a matter (:func:`_attacked_over_a_matter`)?"""
    if event.type != "ASSAULT" or tok.lemma_.lower() not in ATTACK_NOUNS or not event.actor:
        return False
    if tok.pos_ == "VERB":
        return _politician_attacking_a_party(event, tok, doc)
    if tok.pos_ != "NOUN":
        return False
    if any(p.sector in ARMED_SECTORS for p in event.actor):
        return False
    speakers = _speakers()
    if all(_speaker(span_head(p, doc), speakers) for p in event.actor):
        return True
    return all(p.sector in OFFICE_SECTORS for p in event.actor) and not any(
        p.sector in ARMED_SECTORS for p in event.recipient) and _attacked_over_a_matter(tok)


def _politician_attacking_a_party(event: Event, tok: Token, doc: Doc) -> bool:
    """Is the verb "attack" said of a named person or an office-holder, none armed, who attacks a party or a state body
    for or over a matter ("Mr Howard will also *attack the Lib Dems for wanting* to abolish faith schools")?  A party
    attacked for what it wants or does is criticised (PLOVER ACCUSE disapprove).  Session 44 (a probe of unjudged
    news); a mob attacking party workers is no named person or office-holder."""
    if not event.recipient or not all(p.sector in OFFICE_SECTORS for p in event.recipient):
        return False
    heads = [span_head(p, doc) for p in event.actor]
    return all(p.sector in OFFICE_SECTORS or (not p.sector and h is not None and h.ent_type_ == "PERSON")
               for p, h in zip(event.actor, heads)) and _attacked_over_a_matter(tok)


# Sectors of those who hold or seek office and attack in words when they attack a plan or a decision (PLOVER sectors).
OFFICE_SECTORS = {"GOV", "LEG", "PTY", "OPP", "JUD"}
# Prepositions of what an attack in words is about ("under attack from Obama *for* its plans", "*over* the budget").
MATTER_PREPOSITIONS = {"for", "over"}
# Entity labels of a party, a place or a time: an attack "over the border", "for Russia", "over the weekend" is about no
# matter.
PARTY_OR_PLACE = {"GPE", "LOC", "ORG", "PERSON", "NORP", "FAC", "DATE", "TIME"}


def _attacked_over_a_matter(tok: Token) -> bool:
    """Is the attack noun, or the verb it hangs on, followed by "for" or "over" a matter - a plan, a policy, a
    decision, not a place or a party ("it is *under attack from President Obama for its plans* to pay a dividend",
    "came under attack from the government *over the budget*")?  Office-holders attacking over a matter attack in
    words (session 44, a probe of unjudged news); a government's attack "on rebel positions" has no such phrase."""
    holders = [tok]
    if tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        holders.append(tok.head.head)  # ("is *under* attack ... *for* its plans": "for" hung on "is")
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in MATTER_PREPOSITIONS:
                objects = [o for o in prep.children if o.dep_ in ("pobj", "pcomp")]
                if objects and not any(o.ent_type_ in PARTY_OR_PLACE for o in objects):
                    return True
    return False
