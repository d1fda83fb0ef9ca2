"""Who asked whom in an adverbial of authority: "the villagers were told to leave *on the orders of the commanders*",
"troops withdrew *at the request of the UN*", "*at Moscow's behest*".

A noun of asking or ordering (data ``behest_nouns``) on "on", "at", "upon" or "under" says on whose word the clause's
act was done.  Its "of" phrase or possessor is the one who asked or ordered - the noun's author, as in "the demands
of the workers" - and the doer of the verb the phrase goes with (its subject; a passive's subject, the one told) is
the one asked.  Without this, the noun took the clause's subject as its doer and its own author as the one asked.
Session 33, helper PAIR."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.parties import NON_PARTICIPANT_LABELS, actorish, named_np, participants, prep_object, \
    quantified_party
from dateline.events.parties import Arg
from dateline.events.roles import subject_of
from dateline.events.tables import word_class

BEHEST_NOUNS = word_class("behest_nouns", "partner_nouns.tsv")
AUTHORITY_PREPS = {"on", "at", "upon", "under"}
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")


def _author(noun: Token) -> list[Arg]:
    """Who asked or ordered: the noun's named possessor ("at *Moscow's* behest") or its "of" party ("the orders *of
    the commanders*"); not a pronoun, which the pronoun rules leave unresolved here."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return participants(child, ("possessor", "behest_author"))
        obj = prep_object(child) if child.dep_ == "prep" and child.lower_ == "of" else None
        if obj is not None and obj.pos_ != "PRON" and obj.ent_type_ not in NON_PARTICIPANT_LABELS and (
                named_np(obj) or quantified_party(obj) or actorish(obj)):
            return participants(obj, ("prep:of", "behest_author"))
    return []


def _one_asked(verb: Token) -> list[Arg]:
    """The doer of the act done on another's word: the verb's subject ("*troops* withdrew"), a passive's by-agent
    ("the director was shot *by a guard* on the orders of ..."), or the subject of a passive verb of directing with
    an infinitive, who does the infinitive's act ("*the villagers* were told to leave").  A passive's subject with no
    such infinitive underwent the act; it was not asked to do it ("*the director* was shot on the orders of the
    gang": the gang ordered the shooting, the unnamed gunmen were asked)."""
    told = next((c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS), None)
    if told is None:
        return [Arg(a.head, a.start, a.end, a.flags + ["behest_asked"]) for a in subject_of(verb)]
    if any(c.dep_ == "xcomp" and c.i > verb.i for c in verb.children):
        return participants(told, ("object", "behest_asked"))
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    doer = prep_object(by) if by is not None else None
    return participants(doer, ("passive_agent", "behest_asked")) if doer is not None else []


def behest_in_adjunct(noun: Token) -> tuple[list[Arg], list[Arg]] | None:
    """(the one who asked, the one asked) for a noun of asking in an adverbial of authority; None otherwise."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in BEHEST_NOUNS or noun.head.lower_ not in AUTHORITY_PREPS \
            or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    author = _author(noun)
    if not author:
        return None
    return author, _one_asked(noun.head.head)
