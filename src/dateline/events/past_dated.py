"""An event noun dated before the story by its own words is a past act, whatever verb takes it as object: "the
police *will investigate* *last week's* attack", "the UN *plans to* review *yesterday's* shelling", "rebels *vowed to*
avenge the *recent* killings".

``status.modality`` gives an event noun the tense of the verb it is the object of ("*will hold* talks") and of the
verbs that govern that verb ("*plans to* hold talks"): for a support verb the noun's act is the verb's own.  A
verb that responds to an act - investigating, reviewing, avenging, marking it - takes an act that has happened, and
a noun dated in the past by a possessor or modifier of time ("last week's", "yesterday's", "the recent", "two
days ago") says so in so many words: its future or condition belongs to the response, not to the act.  (Only words
of the past: "next week's talks", "Monday's talks" say nothing of the kind.)  Session 34, helper STATUS2.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.tables import word_class

PAST_TIME_WORDS = word_class("past_time_words", "status_words.tsv")
TIME_MODIFIER_DEPS = ("poss", "amod", "advmod", "npadvmod")


def dated_in_the_past(noun: Token) -> bool:
    """Does a modifier of time on the event noun ("last week's", "yesterday's", "recent", "two days ago") put it
    before the story?"""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(t.lower_ in PAST_TIME_WORDS for c in noun.children if c.dep_ in TIME_MODIFIER_DEPS
               and not _final(c) for t in c.subtree)


def _final(modifier: Token) -> bool:
    """A bare "last" on the noun itself says final, not past: "will hold the *last* meeting before the vote"
    (but "*last week's* meeting" dates it)."""
    return modifier.dep_ == "amod" and modifier.lower_ == "last" and not any(True for _ in modifier.children)
