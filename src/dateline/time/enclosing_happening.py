"""The month of a happening inside which a past act was told is a month gone by.

"Worshippers returned on Sunday to the church hit in the deadly attack in May", in a March story: the church
was hit in the attack, so the attack is as past as the hitting, and its May is last year's, not the May seven
weeks ahead that the tagger's nearest-month rule picks when nothing on the month's own verb says otherwise
(:func:`dateline.time.calendar.year_for`).  The month hangs on the happening noun ("the attack in May"), the
noun on a preposition of place-in-time ("in", "at", "amid", "during") and that on a verb whose act is over:
a simple past or past passive ("were wounded in the ambush in May"), a perfect ("has been hit in the
bombing in April") or a reduced passive participle ("the mosque damaged in the bombing in April").

Not a happening named by a verb of saying or foreseeing ("warned of an attack in May": "of" puts no act
inside it, and the attack is ahead), not a modal, future or infinitive ("will be deployed in the operation in
May"), and not a plan ("troops scheduled to take part in the exercise in May"), as for the month a past act
itself carries (:func:`dateline.time.tense.month_of_a_past_act`).
"""

from __future__ import annotations

from dateline.time.antecedents import happening_noun
from dateline.time.tense import _PLAN_LEMMAS, in_preposition, simple_past_form

_INSIDE_PREPS = frozenset({"in", "at", "amid", "during"})  # the act took place within the happening
_PERFECT = frozenset({"has", "have", "had", "'s", "'ve"})


def month_of_an_enclosing_happening(doc, start: int, end: int) -> bool:
    """Is the expression "in" + a month hung on a happening noun inside which a finished act took place
    ("hit in the deadly attack in May", "wounded during the riots in April")?"""
    prep = in_preposition(doc, start, end)
    if prep is None:
        return False
    noun = prep.head
    if not happening_noun(noun) or noun.dep_ != "pobj" or noun.head.lower_ not in _INSIDE_PREPS:
        return False
    verb = noun.head.head
    return verb.pos_ in ("VERB", "AUX") and _act_over(verb)


def _act_over(verb) -> bool:
    """A verb whose act is done at the date line: a simple past or past passive, a perfect, or a reduced
    passive participle ("the church hit in ..."); not a plan, a modal, a future or an infinitive."""
    if verb.lemma_.lower() in _PLAN_LEMMAS:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if simple_past_form(verb):
        return True
    if not auxes:
        return verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl")  # "the church hit in the attack"
    aux_words = {a.lower_ for a in auxes if a.dep_ == "aux"}
    return verb.tag_ == "VBN" and bool(aux_words) and aux_words <= _PERFECT  # "has been hit", "had been killed"
