"""Word-sense doubts of acts not done (read by events/relevance.py, rows of data/layer_doubts.tsv): an event noun named
as still to come ("ahead of *next week's talks*", an event awaited), a body still to come as the actor ("*a future Tory
government*"), a negative quantifier as the one acted on, the second of two coordinated acts under one governing verb of
aim, refusal or demand ("*refusing* to cooperate ... and *curtail* its nuclear plans"), an act refused in mind and a
kind of act named as a topic ("the issue of abduction", session 39) and what a blocked proposal would have done
("*blocked* the EU's *aid package*", session 42).  Each reads the parse of the event's sentence only.
Moved from sense_doubts.py (session 33, helper SPLIT)."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.events.clause_parts import first_conjunct, span_head as _head
from dateline.events.governed_acts import infinitive_of_adjective
from dateline.events.sense_parts import (
    AWAITED, BLOCKED_PROPOSAL, NO_PARTY, PLANNED, PLANNED_TIME, TOPIC_NOUN, UNWILLING,
)
from dateline.events.tables import in_class, layer_doubt_row as _row
from dateline.model import Event


def _planned_words() -> frozenset[str]:
    """The adjectives of the ``planned`` row of data/layer_doubts.tsv ("proposed", "scheduled", ...)."""
    return _row(PLANNED)[2]


def planned_noun(event: Event, doc: Doc) -> bool:
    """Is the trigger an event noun named as still to come ("the VHP's *proposed* protest rally", "his *scheduled*
    visit")?"""
    tok = _head(event.trigger, doc)
    if tok is None or tok.pos_ != "NOUN":
        return False
    words = _planned_words()
    holders = [tok] + ([tok.head] if tok.dep_ == "compound" else [])
    if any(c.dep_ == "amod" and c.lower_ in words for h in holders for c in h.children):
        return True
    # "ahead of *next week's* meetings", "*tomorrow's* talks": dated in a time still to come (session 21, helper PREC)
    _, _, coming = _row(PLANNED_TIME)
    if any(c.dep_ == "poss" and (c.lower_ in coming or any(a.dep_ == "amod" and a.lower_ in coming for a in c.children))
           for h in holders for c in h.children):
        return True
    # "*awaits extradition* to Mexico", "*waiting for* trial": awaited, still to come (session 21, helper PREC)
    _, waiting, preps = _row(AWAITED)
    tok = first_conjunct(tok)
    return (tok.dep_ == "dobj" and tok.head.lemma_.lower() in waiting) or (
        tok.dep_ == "pobj" and tok.head.lower_ in preps and tok.head.head.lemma_.lower() in waiting)


def no_party(event: Event, doc: Doc) -> bool:
    """Is the one acted on or acting a negative quantifier ("*nobody* was arrested", "*no one* was hurt", "*no soldiers*
    were injured")?  The sentence denies the act (data/layer_doubts.tsv, no_party)."""
    tok = _head(event.trigger, doc)
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    _, _, words = _row(NO_PARTY)
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.lower_ in words or any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in tok.children)


def planned_actor(event: Event, doc: Doc) -> bool:
    """Is the actor a body named as still to come ("children would be offered free sports training by *a future Tory
    government*", "the *proposed* commission will ...")?  What a body that does not exist yet does is a plan or a
    pledge, not an act."""
    words = _planned_words()
    return any((h := _head(p, doc)) is not None and any(c.dep_ == "amod" and c.lower_ in words for c in h.children)
               for p in event.actor)


# Statuses of a governed act that was not done: refused, still to come, only if.
NOT_DONE_STATUSES = {"negated", "future", "hypothetical"}
# The support verb of an event noun: "*order* an investigation" (the noun's status is its verb's).
SUPPORTED_NOUN_DEPS = ("dobj", "attr", "nsubjpass")


def governed_conjunct(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb an event noun is the object of) the second of two coordinated verbs sharing one
    subject, the first of which a governing verb of aim, refusal or demand controls ("for *refusing* to cooperate with
    IAEA inspectors and *curtail* its nuclear plans", "*urged* Cerezo to follow the example of Cristiani and *order an
    investigation*")?  Coordinated complements share their governor: the second act is refused, asked for or aimed at
    like the first, not reported done (the modality stage reads the first one's governor only)."""
    from dateline.events.status import modality

    tok = _head(event.trigger, doc)
    if tok is None or event.status != "factual":
        return False
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in SUPPORTED_NOUN_DEPS else tok
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False  # (a conjunct with its own subject is a clause of its own: "X refused to pay and *Y* sued")
    first = first_conjunct(verb)
    governed = modality(first)
    # (not an accusation's content, "accused of pointing his rifle at a man and *shooting* him": the charge's content is
    # the charge_content doubt's, and the act charged is mostly real violence)
    return any(c.startswith("control:") for c in governed.cues) and (
        governed.recode is not None or governed.status in NOT_DONE_STATUSES)


def unwilling(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb an event noun is the object of) the to-infinitive of an adjective of not wanting to
    (data/layer_doubts.tsv, unwilling: "Milburn is *unwilling to allow* any new role", "*reluctant to commit* troops")?
    The act is refused in mind, not done - as an act one is unable to do (governed_acts.inability)."""
    return infinitive_of_adjective(event, doc, _row(UNWILLING)[2])


def topic_noun(event: Event, doc: Doc) -> bool:
    """Is the trigger an event noun with no doer of its own that names the topic of a noun of data/layer_doubts.tsv,
    topic_noun ("the neglect of the authorities on *the issue of abduction* of migrants", "*the problem of
    kidnappings*")?  A kind of act named as what a concern or a debate is about reports no act that happened.  A doer
    the coder found outside the noun's phrase is the one who raised the topic ("Obasanjo *raised the issue of* Mr
    Mugabe's *exile*": session 51, a probe of unjudged news)."""
    tok = _head(event.trigger, doc)
    if tok is None or tok.pos_ != "NOUN":
        return False
    tok = first_conjunct(tok)
    inside = {t.i for t in tok.subtree}
    if any((h := _head(p, doc)) is None or h.i in inside for p in event.actor):
        return False
    of = tok.head
    return (tok.dep_ == "pobj" and of.lower_ == "of" and of.dep_ == "prep"
            and of.head.lemma_.lower() in _row(TOPIC_NOUN)[2])


def _blocking(verb, lemmas: frozenset[str]) -> bool:
    """Is ``verb`` one of ``lemmas`` (blocking, vetoing), or "vote down"?"""
    return verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower() in lemmas or (
        verb.lemma_.lower() == "vote" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)))


def blocked_proposal(event: Event, doc: Doc) -> bool:
    """Is the trigger what a blocked proposal would have done: an event noun that is the direct object of a verb of
    blocking ("Hungary *blocked* the EU's *aid package*"), or a participle or relative clause describing a proposal
    that is ("Russia *blocked* a UN *resolution condemning* the attack") - data/layer_doubts.tsv, blocked_proposal?
    The proposal did not come about, so neither did its act; the blocking is the event (REJECT).  Session 42."""
    types, lemmas, proposals = _row(BLOCKED_PROPOSAL)
    tok = _head(event.trigger, doc)
    if tok is None or event.type not in types:
        return False
    if tok.pos_ == "NOUN":
        tok = first_conjunct(tok)
        return tok.dep_ == "dobj" and _blocking(tok.head, lemmas)
    if tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl") and tok.head.i != tok.i:
        noun = first_conjunct(tok.head)
        return in_class(noun, proposals) and noun.dep_ == "dobj" and _blocking(noun.head, lemmas)
    return False
