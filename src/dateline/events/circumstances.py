"""A phrase of circumstance is outside the act a governing word plans, asks for, promises or alleges.

``status.modality`` climbs from a trigger through objects and prepositions to the verbs that govern it ("*plans* to
visit", "*called for* the release", "*accused* of attacking").  A prepositional phrase that only sets the scene of
the governing word - where, when, why, on what occasion it was said or done - names no act governed by it: "*In a radio
address*, he urged the people to fight" (the address was given), "*on an official visit* to Mexico, the director asked
the police to join the hunt" (the visit took place), "named as a suspect *in the killing*" (the killing happened; only
its doer is alleged), "asked the court to rule *because of the delays*".  TimeML leaves such an event out of the
governor's SLINK (factual); the relevance layer should not doubt a real visit as an act asked for.  Session 34, helper
STATUS.

Prepositions of time, occasion and cause (data/status_words.tsv ``occasion_prepositions``: during, after, because ...)
stop the climb wherever they hang on the way up ("asked them to end the battle *after the ruling*").  Prepositions of
place and means (``scene_prepositions``: in, through, within ...) stop it only on the governing word itself: below it
they are often a complement ("threatened to take part *in the fighting*", "refused to engage *in talks*").  A
preposition by which such verbs take their acts - for, to, of, on, at, from, with ("call *for*", "agree *to*",
"accuse *of*", "agree *on*", "aim *at*", "bar *from*", "threaten *with*") - is in neither class.  And a phrase put
before the governing verb ("*At a news conference*, the minister accused ..."): an English verb takes its complement
after it, so a fronted phrase is a scene-setter (not a relative pronoun's phrase, "for *whose* release they called",
which is the complement moved).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.tables import word_class

OCCASION_PREPOSITIONS = word_class("occasion_prepositions", "status_words.tsv")
SCENE_PREPOSITIONS = word_class("scene_prepositions", "status_words.tsv")
WH_WORDS = {"which", "whose", "what", "whom", "who"}


def scene_of(trigger: Token, governor: Token, cue_word: bool) -> bool:
    """Is ``trigger`` inside a prepositional phrase of circumstance hung on ``governor`` (a word above it on the
    status stage's climb to its governors; ``cue_word``: the governing word itself, the one with a control cue)?"""
    prep = _preposition_below(trigger, governor)
    if prep is None:
        return False
    if prep.lower_ in OCCASION_PREPOSITIONS:
        return True
    if cue_word and prep.lower_ in SCENE_PREPOSITIONS:
        # an adjective takes its act by such a preposition: "was *firm in taking* the issue to the court" (session 49)
        return governor.pos_ != "ADJ"
    return cue_word and prep.i < governor.i and governor.pos_ in ("VERB", "AUX") and not _relative_phrase(prep)


def _preposition_below(trigger: Token, governor: Token) -> Token | None:
    """The preposition, a child of ``governor``, whose phrase holds ``trigger``; or None."""
    t = trigger
    while t.head.i != t.i and t.head.i != governor.i:
        t = t.head
    return t if t.head.i == governor.i and t.dep_ == "prep" and t.i != trigger.i else None


def _relative_phrase(prep: Token) -> bool:
    """Is the phrase a relative or question word's, moved before its verb ("for whose release", "in which")?"""
    return any(t.lower_ in WH_WORDS for t in prep.subtree)
