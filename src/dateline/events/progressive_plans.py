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

The simple present of a timetable is the same plan ("officials *meet tomorrow*", "the leaders *hold* talks *next
week*"), but only with words plainly of time to come: a weekday alone may date a headline's present for a past day.
Session 57.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dateline.events.tables import word_class

COMING_TIME_WORDS = word_class("coming_time_words", "status_words.tsv")
# "expects growth next year": a state now, no timetable (data/status_words.tsv)
STATIVE_PRESENTS = word_class("stative_presents", "status_words.tsv")
PRESENT_BE = ("VBZ", "VBP")  # "is", "are", "am", "'s", "'re" (not "was", "were", "will be", "has been")
# Prepositions that put an act at a point in time ("on Friday", "in March", "at the summit next week"); not the
# bounds of a span ("since", "until", "by"), which an act under way has too.
POINT_PREPOSITIONS = {"on", "in", "at"}
ADJUNCT_DEPS = ("npadvmod", "advmod", "prep", "tmod")
CUE = ("arranged:progressive", "future")
SCHEDULED_CUE = ("arranged:present", "future")
# Clauses whose present is that of their main clause's time ("will meet the rebels *when he visits* Kabul next week"):
# their own tense is no timetable.  (A relative clause keeps its own: "Medvedev, *who steps down* as Gazprom chairman
# *next month*": session 59, a probe of unjudged news.)
SUBORDINATE_DEPS = ("advcl", "acl")
LATER_THIS = {"this", "today", "tonight"}  # "later this month", "later today": a time to come from now


def progressive_plan(trigger: Token) -> list[tuple[str, str]]:
    """The cue ``("arranged:progressive", "future")`` when the trigger (or the support verb whose object or passive
    subject the event noun is: "*is holding* a meeting") is a present progressive with a time adjunct to come."""
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass"):
        verb = trigger.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    timed = (verb, trigger) if verb is not trigger else (verb,)
    adjuncts = [a for t in timed for a in t.children if a.dep_ in ADJUNCT_DEPS]
    if _present_progressive(verb):
        return [CUE] if any(_time_to_come(a) for a in adjuncts) else []
    if _simple_present(verb) and verb.dep_ not in SUBORDINATE_DEPS \
            and not any(c.dep_ == "mark" for c in verb.children) and any(_plainly_to_come(a) for a in adjuncts):
        # "U.S. and Japanese officials *meet tomorrow* to try to settle a dispute": the simple present of a timetable
        # (session 57, a probe of unjudged news); not in a subordinate clause ("before computers *appear* on the market
        # sometime next year": TimeML reads its present as factual), nor with a weekday alone - "ministers meet in
        # Brussels on Monday" may be a headline's present for a past day
        return [SCHEDULED_CUE]
    return []


def _simple_present(verb: Token) -> bool:
    """"meet", "meets": a present tense with no auxiliary at all, of an act (not a state: "expects", "remains")."""
    return verb.tag_ in PRESENT_BE and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and verb.lemma_.lower() not in STATIVE_PRESENTS


def _plainly_to_come(adjunct: Token) -> bool:
    """An adjunct whose own words put it in time to come ("tomorrow", "tonight", "next week", "in the coming days",
    "later this month"), not a weekday or month name alone, nor a "later" that is not "later this/today" ("police
    later arrest him", "two hours later, the authorities challenge the decision": a narrative's present)."""
    if adjunct.dep_ == "prep":  # ("in the coming days"; not "before next week's talks": a bound, not the act's time)
        return adjunct.lower_ in POINT_PREPOSITIONS and any(
            _plainly_to_come(o) for o in adjunct.children if o.dep_ == "pobj")
    words = {t.lower_ for t in adjunct.subtree if t.dep_ != "poss" and t.head.dep_ != "poss"}
    # (the time named by the adjunct itself, not by a possessor inside it: "next week's talks" dates the talks)
    return bool(words & (COMING_TIME_WORDS - {"later"})) or "later" in words and bool(words & LATER_THIS)


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
        # (not a date listed with a thing: "investigating the killing of Alvarez *on 25 January and today's attack*"
        # is the parser's misreading of the killing's date and a second object; session 58, a probe of unjudged news)
        return bool(objects) and all(_time_noun_to_come(o) and not _listed_with_a_thing(o) for o in objects)
    return _time_noun_to_come(adjunct)


def _listed_with_a_thing(noun: Token) -> bool:
    """Is the time noun coordinated with a noun that names no time ("25 January *and today's attack*")?"""
    return any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME")
               for c in noun.children)


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
