"""Acts put to a vote or a debate: "workers will *vote on strike action*", "the union *balloted* its members *on
strikes*", "a *referendum on independence*", "MPs *debated* whether ... ".

What a vote, a ballot or a debate is "on" is the question put, not an act done: the strike is called only if the vote
says so (TimeML reads such an event as a possibility).  The words of deciding are data/status_words.tsv class
deciding_words.  Session 52, a probe of unjudged news.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.tables import in_class, word_class

DECIDING_WORDS = word_class("deciding_words", "status_words.tsv")
# The prepositions of the question a vote or a debate is on.
QUESTION_PREPOSITIONS = frozenset({"on", "over"})


def voted_act(trigger: Token) -> list[tuple[str, str]]:
    """The cue ``("topic:<word>", "hypothetical")`` for an event noun that is what a vote, a ballot or a debate is on,
    else none."""
    prep = trigger.head
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or prep.lower_ not in QUESTION_PREPOSITIONS:
        return []
    decider = prep.head
    if prep.dep_ != "prep" or not in_class(decider, DECIDING_WORDS):
        return []
    return [(f"topic:{decider.lemma_.lower()}", "hypothetical")]
