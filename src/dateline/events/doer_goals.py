"""The recipient of an event noun whose doer is named in a "by" phrase - on the noun itself or on a
participle describing it (a reduced relative clause):

    "the sanctions imposed by the European Union *on Russia*", "the aid promised by Japan *to Sri
    Lanka*", "airstrikes carried out by the coalition *on Houthi positions*", "the first visit by a
    Chinese president *to Cuba*", "talks held by Iranian officials *with European diplomats*"

The goal phrase belongs to the participle (or to the noun), but spaCy's small model often hangs it on
the doer's own noun, the last noun before it ("the European Union *on* Russia").  A doer's noun takes
no such phrase of its own when it is a party (a body or a person is not "on" or "to" anything), so a
goal preposition there is read as the event's.  Used by :func:`arguments.find_arguments` when the
noun's own rules found no recipient.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from dateline.events import roles

GOAL_PREPS = {"to", "on", "upon", "against", "into", "with"}  # where the act goes (not "in", "from", "of")
DOER_FLAGS = {"prep:by", "participle_agent", "passive_agent"}


def goal_of_named_doer(noun: Token, actor: list[roles.Arg], parties: Collection[int] = ()) -> list[roles.Arg]:
    """The goal phrase of the participle or "by" phrase that names ``noun``'s doer (see the module)."""
    doers = [a for a in actor if set(a.flags) & DOER_FLAGS]
    if len(doers) != 1:
        return []
    doc = noun.doc
    doer = doc[doers[0].head]
    by = doer.head  # the "by" (prep or agent)
    if by.lower_ != "by":
        return []
    holders = [doer]  # the phrase hung on the doer's noun ...
    if by.dep_ == "agent" and by.head.dep_ == "acl" and by.head.head.i == noun.i:
        holders.append(by.head)  # ... or on the participle itself ("promised by Japan *to Sri Lanka*")
    elif by.dep_ == "agent" and noun.dep_ == "nsubjpass" and noun.head.i == by.head.i:
        holders.append(by.head)  # ... or on the passive verb that carries the noun ("the attack was carried
        # out by X *on* a village")
    elif by.head.i == noun.i:
        holders.append(noun)  # ("a visit by X ... *to* Y": the noun's own phrase after its doer)
    else:
        return []
    if not (roles.is_party(doer, parties) or roles.named_np(doer) or roles.actorish(doer)):
        return []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in GOAL_PREPS or prep.i < by.i:
                continue
            obj = roles.prep_object(prep)
            if obj is None or roles.time_phrase(obj) or obj.ent_type_ in ("DATE", "TIME", "MONEY", "CARDINAL"):
                continue
            if prep.lower_ == "with" and not (roles.is_party(obj, parties) or roles.named_np(obj)):
                continue  # ("killed by gunmen *with rifles*": an instrument)
            return roles.participants(obj, (f"prep:{prep.lower_}", "goal_of_doer"))
    return []
