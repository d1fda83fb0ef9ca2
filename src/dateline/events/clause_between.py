"""The sides of an event noun named by "between" on the verb of its clause (session 27, helper PAIR).

English lets the "between" phrase that names the two sides of an event noun stand on the verb saying that the event
happened, not on the noun: "*Talks* took place *between Israeli and Egyptian officials*", "*A meeting* was held
*between the two ministers*", "*Clashes* erupted *between supporters of the candidates and police*".  The parser
then hangs "between" on the verb, and the noun has no doer of its own.  What two parties do together is the noun's
event between them, whichever word the phrase hangs on - so the noun takes them as its participants, flagged
``prep:between`` like "talks *between* X and Y" (arguments.find_arguments then codes the dyad, the first side acting
on the others).  Only for the noun that is the subject of a verb reporting that it happened (what took place, was
held, broke out; no modal, negation or infinitive: ``doerless_nouns.reported_as_real``), or for an agentless
passive trigger verb itself ("talks *were held* between X and Y", coded at "held"), or for a past participle that
describes the noun ("a ceasefire *brokered by Egypt between* Israel and Hamas": the broker is no side), and only when
"between" names two or more sides.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events import roles
from dateline.events.doerless_nouns import reported_as_real

SUBJECT_OF_HAPPENING = ("nsubj", "nsubjpass")


def sides_on_clause_verb(noun: Token) -> list[roles.Arg]:
    """The parties on "between" of the verb whose subject is the event noun ``noun``; [] when none or one."""
    if noun.dep_ not in SUBJECT_OF_HAPPENING or noun.head.pos_ not in ("VERB", "AUX"):
        return []
    if not reported_as_real(noun.head):
        return []  # "clashes *could* erupt between ...", "talks *will not* resume between ...": nothing happened
    return sides_on(noun.head)


def sides_on_describing_participle(noun: Token) -> list[roles.Arg]:
    """The parties on "between" of a past participle describing the event noun: "a ceasefire *brokered by Egypt
    between Israel and Hamas*", "the deal *reached between* the unions and the employers" - the sides of the noun's
    event, whoever the participle's own by-agent is (a broker or a host is no side of the truce it brokered)."""
    for part in noun.children:
        if part.dep_ == "acl" and part.tag_ == "VBN" and (sides := sides_on(part)):
            return sides
    return []


def sides_of_agentless_passive(verb: Token) -> list[roles.Arg]:
    """The parties on "between" of a passive trigger verb with no agent: "talks *were held between* Serbia and
    Kosovo", "a truce *was agreed between* the two militias" - the same sides, the event being the verb's own."""
    if not roles.passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return []
    return sides_on(verb)


def sides_on(verb: Token) -> list[roles.Arg]:
    """The two or more parties "between" on ``verb`` names; [] when none or one."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "between":
            continue
        obj = roles.prep_object(prep)
        if obj is None:
            continue
        sides = roles.prep_participant(obj, "between")
        if len(sides) >= 2:
            return [roles.Arg(a.head, a.start, a.end, [*a.flags, "clause_between"]) for a in sides]
    return []
