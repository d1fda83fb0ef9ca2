"""Whom a voiced stance is aimed at: "Ramaphosa *voiced his strong support of* Mnangagwa", "China *voiced opposition
to* the visit by the US speaker", "Britain *pledged its full support to* the Ukrainian government".  The stance noun
is never the recipient; the object of its complement is (a thing there gives way to the party inside it).  Used by
:func:`dateline.events.arguments.find_arguments` for verbal triggers (docs/events.md, "Recipients bound to syntax").
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from dateline.events import noun_roles, roles
from dateline.events.tables import word_class

# (The lexical word classes are data: data/word_classes.tsv, which says why each word is in.)
STANCE_VERBS = word_class("stance_verbs")  # "*pledged* its support to X" (beside noun_roles.EXPRESSIVE_VERBS)


def voiced_stance(verb: Token, parties: Collection[int], stance_words: Collection[str] = ()) -> Token | None:
    """The stance a verb voices ("*expressed* its solidarity", "*voiced* opposition", "*reiterated* its support"):
    the common-noun object of an expressive verb (noun_roles.EXPRESSIVE_VERBS), not a party; or of a verb that
    declares or hands over a stance (STANCE_VERBS: "*pledged* its support") when the trigger's verb+object entry
    names that noun (``stance_words``: not "announced other *efforts*"); else None."""
    lemma = verb.lemma_.lower()
    if lemma not in noun_roles.EXPRESSIVE_VERBS and lemma not in STANCE_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or roles.named_np(obj) or roles.quantified_party(obj) or (
            roles.is_party(obj, parties) and any(c.dep_ == "det" for c in obj.children)):
        return None  # (a bare or possessed noun is the stance itself: "voiced (its) *opposition*", not the party)
    if lemma not in noun_roles.EXPRESSIVE_VERBS and obj.lemma_.lower() not in stance_words:
        return None
    return obj


# The prepositions that say whom a stance is aimed at ("support *for*", "solidarity *with*", "opposition *to*",
# "anger *at*", "concern *over* X's programme"), in the order they are tried.
STANCE_PREPS = ("to", "for", "with", "toward", "towards", "against", "at", "over", "about", "of")


def stance_target(stance: Token, verb: Token, parties: Collection[int], exclude: set[int]) -> list[roles.Arg]:
    """Whom a voiced stance is aimed at: the object of the stance noun's own complement preposition, or of one
    the parser hung on the verb after the noun ("voiced opposition *to* the visit"); a thing there gives way to
    the party inside it ("the visit *by the US speaker*").  "of" only with a possessor, which makes "of" the
    complement ("*his* support of X"; without one, "the support of X" names whose support it is).  A cause
    ("over", "about") gives only its owner.  Empty when the complement names no party."""
    owned = any(c.dep_ == "poss" for c in stance.children)
    candidates = [c for c in stance.children if c.dep_ == "prep"] + [
        c for c in verb.children if c.dep_ == "prep" and c.i > stance.i and c.lower_ != "of"]
    for name in STANCE_PREPS:
        if name == "of" and not owned:
            continue
        for prep in candidates:
            obj = roles.prep_object(prep) if prep.lower_ == name else None
            if obj is None or obj.i in exclude or obj.ent_type_ in roles.NON_PARTICIPANT_LABELS or obj.pos_ == "PRON":
                continue
            if name in ("over", "about"):
                found = roles.prep_participant(obj, "over", parties, exclude)
            elif roles.is_party(obj, parties) or roles.named_np(obj) or roles.quantified_party(obj):
                found = roles.participants(obj, (f"prep:{name}",))
            else:
                found = roles.party_inside(obj, parties, exclude)
            found = [roles.Arg(a.head, a.start, a.end, [*a.flags, "stance"]) for a in found]
            if found:
                return found
    return []
