"""An act in the present progressive dated to a time still to come is a planned act: "the council *is holding* a
further meeting *on Friday*", "the president *is visiting* Japan *next week*", "the envoy *is meeting* the rebels
*tomorrow*".

English uses the present progressive with a time to come for an arrangement already made (the progressive of
arrangement, as "is to" and "is due to" are: destined.py, modality.tsv); the act has not happened yet, and TimeML
marks such an event future.  Without a time adjunct the present progressive says the act is under way ("troops are
shelling the town"), so only a time adjunct of the trigger's verb (or of its event noun) that names a time to come -
"tomorrow", "next week", "later this month", "in the coming days", a weekday or month name under "on"/"in" - makes
it future.  Words that may cover the present ("today", "this week", "now") and times of the past, of a span
("since", "until") or of a habit ("on Fridays") are left as they were.  Session 35, helper STATUS2.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dateline.events.tables import word_class

COMING_TIME_WORDS = word_class("coming_time_words", "status_words.tsv")
PRESENT_BE = ("VBZ", "VBP")  # "is", "are", "am", "'s", "'re" (not "was", "were", "will be", "has been")
# Prepositions that put an act at a point in time ("on Friday", "in March", "at the summit next week"); not the
# bounds of a span ("since", "until", "by"), which an act under way has too.
POINT_PREPOSITIONS = {"on", "in", "at"}
ADJUNCT_DEPS = ("npadvmod", "advmod", "prep", "tmod")
CUE = ("arranged:progressive", "future")


def progressive_plan(trigger: Token) -> list[tuple[str, str]]:
    """The cue ``("arranged:progressive", "future")`` when the trigger (or the support verb whose object or passive
    subject the event noun is: "*is holding* a meeting") is a present progressive with a time adjunct to come."""
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass"):
        verb = trigger.head
    if verb.pos_ not in ("VERB", "AUX") or not _present_progressive(verb):
        return []
    timed = (verb, trigger) if verb is not trigger else (verb,)
    return [CUE] if any(_time_to_come(a) for t in timed for a in t.children if a.dep_ in ADJUNCT_DEPS) else []


def _present_progressive(verb: Token) -> bool:
    """"is holding", "are meeting", or the passive "is being held": a present "be" and no other auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG":
        return len(auxes) == 1 and auxes[0].lemma_ == "be" and auxes[0].tag_ in PRESENT_BE
    if verb.tag_ == "VBN":  # "the talks are being held on Monday"
        return len(auxes) == 2 and {a.lower_ for a in auxes} & {"being"} and any(
            a.lemma_ == "be" and a.tag_ in PRESENT_BE for a in auxes)
    return False


def _time_to_come(adjunct: Token) -> bool:
    """Does the adjunct name a time to come: "tomorrow", "next week", "later this month", "in the coming days",
    "on Friday", "in March"?"""
    if adjunct.dep_ == "prep":
        if adjunct.lower_ not in POINT_PREPOSITIONS:
            return False
        objects = [c for c in adjunct.children if c.dep_ == "pobj"]
        return bool(objects) and all(_time_noun_to_come(o) for o in objects)
    return _time_noun_to_come(adjunct)


def _time_noun_to_come(noun: Token) -> bool:
    """A word of time to come in the phrase ("*next* week", "*tomorrow*", "the *coming* days"), or a single weekday or
    month name ("Friday", "March"; not "Fridays", a habit)."""
    words = {t.lower_ for t in noun.subtree}
    if words & COMING_TIME_WORDS:
        return True
    calendar = _calendar()
    return noun.tag_ in ("NNP", "NN") and (noun.lower_ in calendar or noun.lower_ in _months() and noun.pos_ == "PROPN")


@cache
def _calendar() -> frozenset[str]:
    from dateline.time.lexicon import lexicon  # (the time stage's weekday names: one list, not two)
    return frozenset(lexicon().weekdays)


@cache
def _months() -> frozenset[str]:
    from dateline.time.lexicon import lexicon
    lex = lexicon()
    return frozenset(m for m in lex.months if len(m) > 3)  # ("march", "may" only as proper nouns: checked above)
