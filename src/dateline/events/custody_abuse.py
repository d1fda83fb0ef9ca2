"""A death in custody put down to abuse with no doer named: the facility that held the victim is the doer.  Session
33, helper DOER.

"X *died in prison after torture*", "has died as a result of the torture to which he was subjected *in a detention
center*": the torturers are not named, but the one who holds a detainee answers for what is done to him there, and
PLOVER coders take the custodial facility as the source of such torture (plv convention).  The one who died (the
subject of a verb of dying, agentless_words.tsv ``dying_verbs``) is the one abused.  Only a noun of ill-treatment
(``custodial_abuse_verbs``: torture, abuse, beating - not a shooting or a bombing, which anyone in a place may do) with
no doer of its own (no possessor, no "by"), given as the cause of the death ("after", "following", "as a result of"),
and only a place of custody (``custody_nouns``: prison, jail, custody, a detention center) on the verb of dying or in a
relative clause of the noun.  The facility is coded with the flag ``custody_holder``.

Left as they were: an agentless passive ("was tortured in a detention center") stays an event with no doer - the
relevance layer reads a place as no doer of violence (relevance.VIOLENCE_TYPES) and would lower a right doerless event
from 0.84 to 0.25; the events made here were not coded at all before, and keep that layer's low confidence."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.agentless import CUSTODIAL_ABUSE_WORDS as ABUSE_VERBS, CUSTODY_NOUNS
from dateline.events.parties import participants, prep_object
from dateline.events.roles import subject_of
from dateline.events.tables import agentless_words, in_class

DYING_VERBS = agentless_words("dying_verbs")
FLAG = "custody_holder"
CAUSE_PREPS = {"after", "following", "from", "of", "under"}  # "died *after* torture", "as a result *of* the torture"
PLACE_PREPS = {"in", "inside", "at"}


def _place_of_custody(noun: Token) -> bool:
    """Is the noun a place where people are held ("prison", "custody"), or one so modified ("a *detention* center")?"""
    return in_class(noun, CUSTODY_NOUNS) or any(c.dep_ == "compound" and in_class(c, CUSTODY_NOUNS)
                                                for c in noun.children)


def _custody_on(head: Token) -> Token | None:
    """The place of custody on a locative preposition of ``head`` ("*in a detention center*"), if any."""
    for prep in head.children:
        place = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS else None
        if place is not None and _place_of_custody(place):
            return place
    return None


def _verb_of_dying_over(noun: Token) -> Token | None:
    """The verb of dying whose cause the noun is ("died *after* torture", "died as a result *of* the torture")."""
    tok = noun
    for _ in range(4):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in CAUSE_PREPS | {"as"}:
            return None
        tok = tok.head.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok if in_class(tok, DYING_VERBS) else None
    return None


def _names_a_doer(head: Token) -> bool:
    """Does ``head`` carry a doer: a possessor ("*his jailers'* torture") or a "by" phrase (the parser may hang "after
    torture *by guards*" on the verb)?"""
    return any(c.dep_ in ("poss", "agent") or c.dep_ == "prep" and c.lower_ == "by" for c in head.children)


def died_in_custody(noun: Token) -> tuple[list, list] | None:
    """(the facility, the one who died) for a noun of abuse with no doer that a death in custody is put down to;
    None otherwise."""
    if noun.pos_ != "NOUN" or not in_class(noun, ABUSE_VERBS) or _names_a_doer(noun):
        return None
    verb = _verb_of_dying_over(noun)
    if verb is None or _names_a_doer(verb):
        return None
    place = _custody_on(verb) or next((p for c in noun.children if c.dep_ == "relcl"
                                       if (p := _custody_on(c)) is not None), None)
    victim = subject_of(verb)
    return (participants(place, (FLAG,)), victim) if place is not None and victim else None
