"""Events the grammar puts before the story's time at a time the text does not give.

"The Nigerian military *had in the past* worked closely with the United States" (the founding
example, dated 2024-03-17) did not happen on the date line's day, nor on any day the article
names: the past perfect sets it before the story's reference time, and "in the past" says the
writer does not know or care when.  Falling back on the date line there invents a date; such an
event gets no date (``date: null``, ``date_granularity: "unknown"``, ``date_reason: "none"``),
as an article without a date line does.

Four signs, read from the parse of the event's clause (the first verb at or above the trigger;
a participle without auxiliaries of its own shares the tense of the clause it hangs on):

- the **past perfect** ("had worked", "had been arrested", "had been traveling"): only when
  nothing else dates the event - a date of its own or the story time of the sentence before it
  still dates it (``dateline.time.dating``);
- an **adverb of indefinite past** on the clause (``data/indefinite_past.txt``: "previously",
  "formerly", "once", a bare "before"; an "ago" with no number, ``data/vague_ago.txt``: "some time
  ago", "a while ago", "long ago"), or "used to": also over the story time, since
  the adverb itself says the act is not on the story's line ("He previously served as minister");
  "in the past" counts as such an adverb;
- a **vague past reference** on a past-tense clause ("The party recently took 13 percent of the
  vote": TIMEX3 ``PAST_REF`` among the verb's own dependents), when nothing else dates the event.
- a **simple past in a relative clause of a present-tense clause** ("The team includes a
  psychiatrist who worked in Oklahoma City": the present tells now, the relative clause an earlier
  act), when nothing else dates the event (session 11; not in a past clause: "those who attended
  the ceremony" are at the clause's occasion).

Not a sign: the present perfect alone ("the junta has cut aid": news of now, which the date line
dates), "recently" on a present or present perfect clause ("have recently been ceding market
share": a stretch up to now), "long" ("have long assumed": a state that holds now), "already", "ever",
"earlier"; nor a vague time of the clause a conjunct hangs on ("recently took 13 percent ... and
hopes to win": the hoping is now).
"""

from __future__ import annotations

from dateline.model import Span
from dateline.time.antecedents import definite_happening, relative_pronoun_subject
from dateline.time.attachment import trigger_root
from dateline.time.lexicon import word_list
from dateline.time.tense import simple_past_form, tensed_verb

_CLIMB = 6  # heads from a noun trigger up to its clause's verb (as dating._past_narrative)


def _adverbs() -> frozenset[str]:
    return word_list("indefinite_past.txt")


def _vague_ago_words() -> frozenset[str]:
    return word_list("vague_ago.txt")


# "a short while ago", "just a little while ago": minutes before the report (broadcast copy), not
# an indefinite past
_NEAR = frozenset({"short", "little", "just", "only"})


def vague_ago(ago) -> bool:
    """"some time ago", "a while ago", "long ago", "not long ago": an "ago" whose measure is no
    number of units (``data/vague_ago.txt``) - a past time the text does not give.  Not "a short
    while ago" nor "just a while ago" (minutes before)."""
    if ago.lower_ != "ago":
        return False
    measures = [c for c in ago.children if c.dep_ in ("npadvmod", "advmod") and c.lower_ in _vague_ago_words()]
    if len(measures) != 1:
        return False
    near = [g for g in (*ago.children, *measures[0].children) if g.lower_ in _NEAR]
    return not near


def clause_verb(doc, trigger: Span):
    """The verb whose tense and adverbs place the event: the first verb at or above the trigger,
    and for a participle without auxiliaries the clause it hangs on; None if there is none."""
    tok = trigger_root(doc, trigger)
    for _ in range(_CLIMB):
        if tok is None or tok.pos_ in ("VERB", "AUX"):
            break
        tok = None if tok.head == tok else tok.head
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return None
    return tensed_verb(tok)


def past_perfect(verb) -> bool:
    """"had worked", "had been arrested", "had been traveling", "'d left" (not "would have", "'d" =
    would).  The verb's own tag is not required: the tagger reads "had in the past worked" as a
    simple past "worked" (VBD) under the auxiliary "had"."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in verb.children) \
        and (verb.tag_ in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") and c.lower_ == "been"
                                                 for c in verb.children))


def indefinite_adverb(verb, in_timex: frozenset[int] | set[int] = frozenset()) -> bool:
    """An adverb of indefinite past on the clause ("previously served", "had once been", "has been
    the co-pilot before"), or the habitual "used to" ("the army used to work with France").
    ``in_timex``: indices of the tokens of the article's time expressions, whose words are not
    adverbs of this kind ("arrived the day before")."""
    words = _adverbs()
    for c in _dependents(verb):
        if c.dep_ != "advmod" or c.lower_ not in words or any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            continue  # "before" with an object ("before the vote") is a clause of time, not this
        if c.i in in_timex or (c.lower_ == "before" and any(g.dep_ == "npadvmod" for g in c.children)):
            continue  # "arrived the day before" (a time expression), "Two weeks before, he had ...": a time the story gives
        if c.lower_ == "once" and not any(s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i for s in verb.children):
            continue  # "Once Collins was picked as an astronaut, she ...": the subordinator, not "at one time"
        return True
    if any(c.dep_ == "advmod" and c.i not in in_timex and vague_ago(c) for c in _dependents(verb)):
        return True  # "Some time ago, the men robbed a bank", "long ago fled to Spain"
    if any(c.dep_ == "prep" and c.lower_ == "in" and _the_past(c) for c in _dependents(verb)):
        return True  # "had in the past worked", "has in the past backed"
    if simple_past_form(verb) and any(c.dep_ == "advmod" and c.lower_ in word_list("habit_adverbs.txt")
                                  for c in _dependents(verb)):
        return True  # "Khomeini often called for the destruction of Israel": a habit, not the story's act
    if past_clause(verb) and any(c.dep_ == "prep" and _office_period(c, in_timex) for c in _dependents(verb)):
        return True  # "During Mbeki's presidency, South Africa denounced the Iraq war"
    if past_clause(verb) and any(c.dep_ == "advcl" and stage_of_life_clause(c, in_timex) for c in verb.children) \
            and not _owned_deed(verb):
        return True  # "When he was home secretary, he signed the order", "convicted when he was a teenager"
    used = verb.head
    # "used to work", not "used Instagram to thank supporters" (the verb "use" with an object)
    return verb.dep_ == "xcomp" and used.lower_ == "used" and used.tag_ == "VBD" \
        and any(c.lower_ == "to" and c.i == used.i + 1 for c in verb.children)


_PERIOD_PREPS = frozenset({"during", "throughout", "in"})


def _office_period(prep, in_timex) -> bool:
    """"during Mbeki's presidency", "in his first term", "throughout the Bush administration"
    (``data/office_periods.txt``): a stretch of someone's office the text does not date there."""
    if prep.lower_ not in _PERIOD_PREPS:
        return False
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    if len(objs) != 1 or objs[0].lemma_.lower() not in word_list("office_periods.txt"):
        return False
    noun = objs[0]
    if any(t.i in in_timex for t in noun.subtree):
        return False  # "in the near term", "during his 2008 campaign": a time the text gives
    return any(c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in noun.children)


_STAGE_SUBORDINATORS = frozenset({"when", "while"})
_PERSONAL = frozenset({"he", "she", "they", "i", "we", "you"})


def stage_of_life_clause(clause, in_timex) -> bool:
    """A past clause of being that sets a stretch of someone's life or office: "when he was home
    secretary", "when she was 14", "while he was a teenager", "when he was young"
    (``data/stage_of_life.txt``), "while they were in exile".  The act it sets happened somewhere in
    that stretch, a time the text does not give there.  The subject is a person (a personal pronoun
    or a person's name), so not "when it was time to vote" nor "when the hall was full" (the story's
    moment); the predicate is a role, an age or a word of the list, with nothing after it that
    narrows it to a moment ("when he was the last to leave"); a date anywhere in the clause dates it
    ("when he was minister in 2015": the walk gives the act 2015)."""
    if clause.lemma_ != "be" or clause.tag_ != "VBD":
        return False
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ in _STAGE_SUBORDINATORS for c in clause.children):
        return False
    if any(t.i in in_timex for t in clause.subtree):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not _person(subjects[0]):
        return False
    words = word_list("stage_of_life.txt")
    for c in clause.children:
        if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") and c.lemma_.lower() != "time":
            return not any(g.dep_ in ("relcl", "acl", "prep") and g.lower_ != "of" for g in c.children)
        if c.dep_ == "acomp" and c.lower_ in words:
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ in words
                                                         and not any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                                                     for d in g.children)
                                                         for g in c.children):
            return True  # "in office", "in exile", not "in a prison van"
    return False


def _owned_deed(verb) -> bool:
    """The verb's object is someone's own deed or record ("touted her cooperation with the NSA when she
    was chief executive"): the clause of being may describe that deed rather than the verb, which is
    then the story's act (a debate, a speech)."""
    return any(c.dep_ == "dobj" and any(g.dep_ == "poss" for g in c.children) for c in verb.children)


def _person(subject) -> bool:
    """A personal pronoun (not "it", "there") or a person's name."""
    return subject.lower_ in _PERSONAL or (subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON")


def _dependents(verb) -> list:
    """The verb's dependents and those the parser hung on its auxiliaries ("had in the past worked":
    "in" can hang on "had")."""
    out = list(verb.children)
    for aux in [c for c in verb.children if c.dep_ in ("aux", "auxpass")]:
        out.extend(aux.children)
    return out


def _the_past(prep) -> bool:
    """"in the past" (not "in the past two months", a stretch up to now)."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return len(objs) == 1 and objs[0].lower_ == "past" and all(c.dep_ == "det" for c in objs[0].children)


def past_clause(verb) -> bool:
    """A simple past or past perfect clause ("recently took", "had recently left")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.tag_ in ("VBZ", "VBP") for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def vague_past(verb, past_ref: dict[int, int]) -> bool:
    """A vague past reference ("recently") among the past clause's own dependents, directly or
    through a preposition."""
    if not past_clause(verb):
        return False
    for c in _dependents(verb):
        if c.i in past_ref or (c.dep_ == "prep" and any(g.i in past_ref for g in c.children)):
            return True
        if c.dep_ == "advmod" and vague_ago(c):
            return True  # "some time ago", untagged: as "recently" (the conjunct after it shares it)
    return False


def past_relative_on_happening(verb) -> bool:
    """A simple past in a relative clause on a definite noun of a happening, in a past clause
    ("Iran fired missiles in retaliation for *the US airstrike that killed* Soleimani", "met to
    finish the talks that were interrupted by the bombing"): the clause tells what that happening
    did, at the happening's time; the definite noun says the story has told or assumes it, and
    the clause above is a later act about it.  With no date of its own nor of the happening named
    again (:mod:`dateline.time.antecedents`), the text gives no time for it: neither the date line
    nor the frame's date.  Not an indefinite noun ("carried out an attack that killed five": the
    story's own happening), nor a clause whose pronoun is its object ("yesterday's march, which the
    police rejected")."""
    if not _simple_past_relative(verb) or not definite_happening(verb.head):
        return False
    if not relative_pronoun_subject(verb):
        return False  # "the march, which they rejected": an act on the happening, not of it
    frame = _frame(verb)
    return frame is not None and past_clause(frame)


def _simple_past_relative(verb) -> bool:
    """A relative clause in the simple past or the past passive ("who worked", "that was
    interrupted"; not "who was watching", "who had left", "who has led")."""
    return verb.dep_ == "relcl" and simple_past_form(verb)


def _frame(verb):
    """The clause a relative clause's noun belongs to: the first verb above that noun, read for
    tense (:func:`dateline.time.tense.tensed_verb`); None if there is none."""
    frame = verb.head
    for _ in range(_CLIMB):
        if frame.pos_ in ("VERB", "AUX") or frame.head == frame:
            break
        frame = frame.head
    return tensed_verb(frame) if frame.pos_ in ("VERB", "AUX") else None


def past_in_present_frame(verb) -> bool:
    """A simple past in a relative clause on a noun of a present-tense clause ("The team includes a
    psychiatrist *who worked* in Oklahoma City", "the vote against the Act, *which Schumer
    sponsored*"): the present clause tells now, the relative clause an act before it at a time the
    text does not give.  Simple past or past passive only (not "who was watching", not "who has
    led"); the frame is the first verb above the noun the clause hangs on, in the present or the
    present perfect."""
    if not _simple_past_relative(verb):
        return False
    frame = _frame(verb)
    if frame is None:
        return False
    frame_auxes = [c for c in frame.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in frame_auxes):
        return False
    return frame.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in frame_auxes)
