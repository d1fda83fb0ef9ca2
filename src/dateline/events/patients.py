"""Event nouns whose possessor is the one acted on: "*Sonko's* arrest", "*Khashoggi's* murder", "*his*
release", "the *Navalny* poisoning" - not "*Israel's* attack" or "*Germany's* support", whose possessor is the
doer.  Used by :mod:`dateline.events.noun_roles` and, through :mod:`dateline.events.roles`, the argument rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.parties import VICTIM_NOUNS, Arg, np_span
from dateline.events.tables import word_class

# Event nouns whose possessor is the one acted on: "*Sonko's* arrest", "*Khashoggi's* murder", "*his*
# release", "the *Navalny* poisoning" (not "*Israel's* attack", "*Germany's* support": the doer).
PATIENT_NOUNS = word_class("patient_nouns") | VICTIM_NOUNS


def patient_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in PATIENT_NOUNS


def of_patient(noun: Token) -> bool:
    """Does the event noun name the one acted on with its own "of" object ("the police's arrest *of the
    journalist*", "the army's killing *of civilians*")?  Then its possessor is the doer, as with any act noun
    (not a date: "the arrest *of last week*"; not a victim noun: "the hostages *of the rebels*")."""
    return noun.lemma_.lower() not in VICTIM_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
                                                      for o in c.children) for c in noun.children)


# The dependencies of a name set before a noun: a compound, or the parser's nmod for a name of two words ("the *Arthur
# Andersen* criminal trial": session 52, a probe of unjudged news).
PERSON_MODIFIER_DEPS = ("compound", "nmod")


def patient_modifiers(noun: Token, child: Token | None = None) -> tuple[str, ...]:
    """The dependencies of ``noun`` that name the one acted on, for a :data:`PATIENT_NOUNS` noun: its
    possessor and a person's name compounded with it ("the *Khashoggi* murder"); a nationality adjective
    still names the doer ("an *Israeli* killing")."""
    if not patient_noun(noun) or of_patient(noun):  # ("the police's arrest of the journalist": the police did it)
        return ()
    if noun.lemma_.lower() in VICTIM_NOUNS:  # "two *American* hostages": every modifier is the victim's
        return ("poss", "compound", "amod", "nmod")
    if child is not None and child.dep_ in PERSON_MODIFIER_DEPS and child.ent_type_ != "PERSON":
        return ("poss",)
    return ("poss", *PERSON_MODIFIER_DEPS)


def noun_patient(noun: Token) -> list[Arg]:
    """The one acted on named by a :data:`PATIENT_NOUNS` noun's possessor or person compound ("*Sonko's*
    arrest"), else nothing (nor when the noun has an "of" object: :func:`of_patient`)."""
    if of_patient(noun):
        return []
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in PERSON_MODIFIER_DEPS and child.ent_type_ == "PERSON"):
            if patient_noun(noun):
                lo, hi = np_span(child)
                while hi - 1 > child.i and noun.doc[hi - 1].dep_ == "case":
                    hi -= 1
                return [Arg(child.i, lo, hi, ["possessor_patient"])]
    return []
