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


# Where a vowed or threatened response goes ("revenge *against* Israel", "retaliation *on* the government").
AVENGED_GOAL_PREPS = ("against", "on", "upon")


def avenged_goal(governor: Token, parties: Collection[int] = ()) -> list[roles.Arg]:
    """The party a vow or threat whose governed event sits in a "for" reason phrase is aimed at ("Iran vowed revenge
    *against Israel* for the killing of a scientist": status.reason_phrase): the against/on party of the governing
    verb's object or of the verb itself.  The victim of the deed avenged is no target of the threat."""
    holders = [c for c in governor.children if c.dep_ == "dobj"] + [governor]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in AVENGED_GOAL_PREPS:
                continue
            obj = roles.prep_object(prep)
            if obj is not None and obj.pos_ != "PRON" and (roles.is_party(obj, parties) or roles.named_np(obj)):
                return roles.participants(obj, (f"prep:{prep.lower_}", "avenged_goal"))
    return []


def demanded_of(trigger: Token, governor: Token, recipient: list[roles.Arg],
                parties: Collection[int] = ()) -> list[roles.Arg]:
    """The party a demand for an act on someone is addressed to: "Turkey demanded the extradition of the cleric *from
    the United States*", "demanded the handover of the suspects *from the Taliban*".  The one who would carry out the
    demanded act receives the REQUEST (PLOVER: the party asked), not the one it would be done to.  Only when the
    recipient found is the governed noun's patient ("of" object, not the doer of an intransitive noun: "the
    withdrawal of *Russian forces* from the region" asks the forces) and the "from" phrase - on the noun, on its
    patient (where the parser often hangs it) or on the demanding verb - names a party, not a place or a thing
    ("from prison")."""
    if not recipient or not all("prep:of" in a.flags and "doer_of" not in a.flags for a in recipient):
        return []
    doc = trigger.doc
    holders = [trigger] + [doc[a.head] for a in recipient] + [governor]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            obj = roles.prep_object(prep)
            if obj is not None and obj.pos_ != "PRON" and roles.named_np(obj) and (
                    obj.i in parties or obj.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")):
                return roles.participants(obj, ("prep:from", "demanded_of"))
    return []
