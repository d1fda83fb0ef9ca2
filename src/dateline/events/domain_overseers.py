"""A state body named by what it oversees.  The relevance layer reads a participant named with its domain's own words
as that domain's body ("the Premier *League*", "the film *studio*": political.political).  But when the head is a
noun of a state body or office and the domain's words only modify it, they say what the body is in charge of: "the US
*stock market* regulator is investigating the broker", "the *trade* minister" - a regulator or an office of the
state, the business domain's overseer, no firm.  Session 34, helper LEX2."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.clause_parts import span_head
from dateline.events.political import ROLE_DEFAULT_FLAG
from dateline.events.tables import in_class, word_class
from dateline.model import Participant

if TYPE_CHECKING:
    from dateline.events.relevance import Context

# Domains whose bodies the state oversees through offices named after them.  Not sport: there "the FA *president*",
# "the rugby *union*" and "a team *official*" are the sport's own bodies with political head nouns.
OVERSEEN_DOMAINS = {"business"}
# Sectors of the state as the actors stage gives them (PLOVER 2.0 manual, table 5.2).
STATE_SECTORS = {"GOV", "JUD"}
# How the domain's words may hang on the head to say what it oversees ("the *stock market* regulator",
# "the *financial* watchdog"); not a possessor or an "of" phrase ("*the bank's* president", "the president *of the
# firm*"), which name whose office it is.
OVERSEEN_DEPS = {"compound", "amod", "nmod"}
# Head nouns of a state body or office (data/domain_overseers.tsv): regulator, watchdog, commission, minister ...
OVERSEER_NOUNS = word_class("overseer_nouns", "domain_overseers.tsv")


def oversees_domain(p: Participant, domain: str | None, ctx: Context) -> bool:
    """Is the participant a state body named after the domain it oversees: a head noun of :data:`OVERSEER_NOUNS` (not
    itself one of the domain's words), a state sector from the actors stage that was not a role noun's default, and every one of
    the domain's words in the phrase a modifier of the head?"""
    if domain not in OVERSEEN_DOMAINS or p.sector not in STATE_SECTORS or _role_default(p, ctx):
        return False
    head = span_head(p, ctx.doc)
    if head is None or ctx.cue_tokens.get(head.i) == domain or not in_class(head, OVERSEER_NOUNS):
        return False
    cues = [t for t in ctx.doc[head.left_edge.i:head.i] if ctx.cue_tokens.get(t.i) == domain]
    return bool(cues) and all(_modifies(t, head) for t in cues)


def _modifies(tok, head) -> bool:
    """Does ``tok`` hang on ``head`` through modifiers only ("*stock* market regulator": stock -> market -> regulator)?"""
    for _ in range(4):
        if tok.dep_ not in OVERSEEN_DEPS:
            return False
        tok = tok.head
        if tok.i == head.i:
            return True
    return False


def _role_default(p: Participant, ctx: Context) -> bool:
    """Did the actors stage give the sector only as a role noun's default, from a country named with it ("a Shell
    *spokesman*" in Britain)?"""
    return ROLE_DEFAULT_FLAG in p.flags or any(
        ROLE_DEFAULT_FLAG in m.flags for m in ctx.mentions if m.start < p.end and p.start < m.end)
