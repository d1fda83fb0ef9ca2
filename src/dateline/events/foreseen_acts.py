"""Clause doubts of acts still to come (read by events/relevance.py): an infinitive of purpose ("sent troops *to
restore* order"), an act hoped for or predicted ("hope that they *will stop*", "analysts *predict* X will give in"), a
plan not carried out ("*had been due to welcome*"), an act scheduled or in the future passive ("*will be tried*"), an
event noun on a timetable ("the *summit begins* on 16 December"), a subject clause not yet in effect and a headline's
infinitive.  An aim, a hope or a forecast reports no act done.  Each reads the parse of the event's sentence only.
Moved from clause_doubts.py (session 33, helper SPLIT)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.events.clause_parts import (PRESENT_TAGS, _clause_head, _future_modal, _up_to_clause, first_conjunct,
                                          span_head)
from dateline.events.lexicon import base_forms
from dateline.events.parties import place_read_as_infinitive_subject, to_infinitive
from dateline.events.purpose import done_with_its_head
from dateline.events.tables import layer_doubt_row, word_class
from dateline.events.unreal import PENDING_MARKS  # a present-tense clause under them has not happened yet
from dateline.model import Event


# An infinitive hung on a verb as an adverbial clause, or on a noun, states an aim ("to block", "efforts to").
PURPOSE_DEPS = {"advcl", "acl", "relcl"}


def in_purpose_clause(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb whose object it is) an infinitive of purpose or a noun's infinitive -
    an aim, not an event: "introduced new controls *to block* overseas sites", "aspirations *to
    overthrow* the government", "a plot *to blow up* the Vatican", "held a meeting *to discuss* ...", also an
    infinitive controlled by one ("in order *to continue to strike* in other places"), or the infinitive of a passive verb
    of setting going ("*was launched to protest*": :func:`_aim_of_passive`)?  (A controlled infinitive - "agreed to",
    "tried to", "urged X to" - is the status's business.)"""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    if tok.pos_ in ("NOUN", "PROPN"):
        tok = first_conjunct(tok)  # "to carry out subversive strikes, extortion and *abduction*" (session 53)
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "ADP"):
        tok = tok.head if tok.head.pos_ == "VERB" else tok.head.head
    tok = shared_infinitive(tok)
    while tok.dep_ in ("xcomp", "conj") and (to_infinitive(tok) or _bare_complement(tok)) and to_infinitive(tok.head):
        # an infinitive controlled by an infinitive is part of its aim: "in order *to continue to strike*", "used
        # weapons *to force* us *to retreat*" (session 17, helper PREC); so is the second of two coordinated ones: "on
        # alert to avoid any wrongful actions and *to guarantee* national integrity" (session 21, helper PREC)
        tok = tok.head
    # (not an act done by doing the verb it hangs on: "joined X *to condemn*", "gathered *to protest*")
    return (tok.dep_ in PURPOSE_DEPS or _aim_of_passive(tok) or place_read_as_infinitive_subject(tok)) \
        and to_infinitive(tok) and not done_with_its_head(tok) or _use_of_weapon(tok)


def _use_of_weapon(tok: Token) -> bool:
    """Is ``tok`` a gerund after "for" on a weapon noun - what the weapon is for ("carried weapons *for shooting down*
    helicopters", "grenades for attacking police posts")?  A weapon's use is an aim, not an act done (session 44, a
    probe of unjudged news).  The weapon words are the layer's instrument doers (layer_doubts.tsv instrument_doer)."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "for" or tok.head.head.i == tok.head.i:
        return False
    owner = tok.head.head
    weapons = layer_doubt_row("instrument_doer")[2]
    # (the parser hangs "for" on the verb as often: "carried *weapons* for shooting down": its object)
    nouns = [owner] if owner.pos_ == "NOUN" else [c for c in owner.children if c.dep_ == "dobj"]
    return any(n.pos_ == "NOUN" and n.lower_ in weapons for n in nouns)


def _bare_complement(tok: Token) -> bool:
    """A bare infinitive complement ("to help *fight* gangs", "to make them *leave*"): part of its verb's aim, as a
    "to" one is (session 41); or a bare infinitive coordinated with a "to" one, which shares its "to" ("a platform to
    increase access ..., as well as *reduce* the aid budget": session 46, a probe of unjudged news)."""
    return tok.dep_ in ("xcomp", "conj") and tok.tag_ == "VB" and not any(c.dep_ == "aux" for c in tok.children)


# Verbs that set forces, bodies or laws going (data/word_classes.tsv): in the passive their infinitive is an aim.
PURPOSE_PASSIVES = word_class("purpose_passives")


def _aim_of_passive(tok: Token) -> bool:
    """Is ``tok`` the infinitive the parser hung as the complement of a passive verb that sets something going ("the
    offensive *has been launched to protest* the measures", "troops *were sent to quell* the riots")?  No one is made or
    asked to act there: the infinitive states what the thing was set going for.  Session 28, helper PREC (sample V)."""
    verb = tok.head
    return (tok.dep_ == "xcomp" and verb.i != tok.i and verb.lemma_.lower() in PURPOSE_PASSIVES
            and any(c.dep_ == "auxpass" for c in verb.children))


# Tags of a finite verb or a participle: a bare infinitive ("VB") cannot be coordinated with one.
NOT_BARE_VERB_TAGS = {"VBD", "VBZ", "VBP", "VBN", "VBG"}


def shared_infinitive(tok: Token) -> Token:
    """The "to"-infinitive whose "to" a bare infinitive shares, where the parser coordinated it with a finite verb
    further up ("highlighted the party's promises *to raise* the pension, *provide* free care and replace council
    tax": "provide" hung on "highlighted"); ``tok`` itself otherwise.  A bare infinitive is no conjunct of a finite
    verb: it continues the nearest "to"-infinitive between the two.  Session 26, helper PREC (sample a)."""
    if not (tok.dep_ == "conj" and tok.tag_ == "VB" and not to_infinitive(tok) and tok.head.i < tok.i
            and tok.head.tag_ in NOT_BARE_VERB_TAGS):
        return tok
    doc = tok.doc
    return next((v for v in reversed(doc[tok.head.i + 1:tok.i]) if v.tag_ == "VB" and to_infinitive(v)), tok)


def aim_predicate(event: Event, doc: Doc) -> Token | None:
    """The subject of "be" when the trigger is an infinitive predicated of it - a role, an aim or a schedule ("the
    government's *role* is to fight these militants, protect civilians and restore stability", "the *plan* is to
    withdraw", "the United States is to send troops"); None otherwise.  (Its caller tells a role or an aim, a common
    noun no one knows as a party, from a party's announced act.)"""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return None
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ == "VERB":
        head = head.head  # "to fight ..., protect and *restore*"
    if not (head.dep_ in ("xcomp", "ccomp") and head.head.lemma_ == "be" and to_infinitive(head)):
        return None
    return next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def hoped_for(event: Event, doc: Doc, hoping: frozenset[str]) -> bool:
    """Is the trigger in a clause that a verb of hoping, wanting or planning (``hoping``: the control cues of
    modality.tsv whose effect is ``future``) takes as its complement, with a modal of what is still to come or a
    bare subjunctive ("We hope that the mysterious persons *will stop burning* the school buildings", "expects that
    troops would withdraw", "proposed that he resign")?  A hope or a prediction, not a report."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    head = _clause_head(tok)
    if head.dep_ != "ccomp" or not set(base_forms(head.head)) & hoping:  # (the tagger's lemma of "hoped": "hop")
        return False
    modal = _future_modal(head)
    subjunctive = head.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    return modal or subjunctive


# Verbs of forecasting (data/word_classes.tsv): "analysts *predict* X will give in", "X is *tipped* to ask".
PREDICTION_VERBS = word_class("prediction_verbs")
# Adjectives of how likely an act is ("are *likely to* reach agreement": data/word_classes.tsv likelihood_adjectives).
LIKELIHOOD_ADJECTIVES = word_class("likelihood_adjectives")


def predicted(event: Event, doc: Doc) -> bool:
    """Is the trigger in a forecast: the complement of a verb of forecasting, a clause with a modal of what is still
    to come ("some analysts *predict* the administration ultimately *will* be forced to give in") or the infinitive of
    its passive ("Tony Blair *is tipped to ask* the Queen", "is expected to meet"), or the infinitive of an adjective of
    likelihood ("are *likely to reach* agreement")?  Someone's forecast of an act is no
    report that it happened (PLOVER codes events; a prediction is neither the act nor a party's stated intent)."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    tok = _up_to_clause(tok)
    for _ in range(6):  # up the chain of controlled infinitives and coordinated verbs
        if tok.head.i == tok.i:
            return False
        governor = tok.head
        if tok.dep_ == "xcomp" and governor.pos_ == "ADJ" and governor.lower_ in LIKELIHOOD_ADJECTIVES:
            return True  # "EU member states *are likely to reach* agreement on 27 February" (session 44)
        if tok.dep_ in ("ccomp", "xcomp") and set(base_forms(governor)) & PREDICTION_VERBS:
            if _forecast_of_another(tok, governor):
                return True
            if tok.dep_ == "xcomp":  # "is tipped to ask": the forecast's passive
                return governor.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in governor.children)
            return _future_modal(tok) or any(_future_modal(x) for x in tok.children if x.dep_ == "xcomp")
        if tok.dep_ not in ("xcomp", "conj"):
            return False
        tok = governor
    return False


def _forecast_of_another(infinitive: Token, governor: Token) -> bool:
    """Is ``infinitive`` a "to"-infinitive with a subject of its own under an active verb of forecasting ("We don't now
    *expect* military observers *to be requested*", "analysts *expect* the bank *to cut* rates")?  What one party
    expects another to do is a forecast; one's own "expect to" states an intent and is left.  Session 26, helper PREC
    (sample Y)."""
    return to_infinitive(infinitive) and (any(c.dep_ in ("nsubj", "nsubjpass") for c in infinitive.children)
                                          or any(c.dep_ == "dobj" for c in governor.children))


# Words of a plan or an expectation (data/word_classes.tsv): in the past perfect their infinitive was not carried out
# ("*had been due to* welcome delegates").
PLAN_WORDS = word_class("plan_words")
PAST_PERFECT_AUX = {"had", "'d"}


def unfulfilled_plan(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb an event noun is the object of) the infinitive of a plan or an expectation in the
    past perfect ("Michael Howard, who *had been due to welcome* delegates on Friday, will address them", "the jirga
    *had been due to convene* on 2 May, but was postponed", "he *had planned to visit* Kabul")?  The past perfect of a
    plan tells of a plan overtaken: the act was not done (or not as planned).  Session 26, helper PREC (sample c)."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    tok = _up_to_clause(tok)
    if tok.dep_ != "xcomp" or not to_infinitive(tok) or tok.head.i == tok.i:
        return False
    governor = tok.head
    verb = governor.head if governor.dep_ == "acomp" and governor.head.i != governor.i else governor
    return (governor.lemma_.lower() in PLAN_WORDS or governor.lower_ in PLAN_WORDS) and any(
        c.dep_ == "aux" and c.lower_ in PAST_PERFECT_AUX for c in verb.children)


def scheduled_passive(event: Event, doc: Doc) -> bool:
    """Is the trigger a passive infinitive predicated by "be" of its subject ("senior officials *are to be
    questioned* by MPs")?  A schedule of what will be done to the subject, not an act done - and no announcement by
    the doer either, as a party's own "is to" is ("the United States is to send troops": left alone)."""
    tok = span_head(event.trigger, doc)
    return (tok is not None and tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_ == "be" and to_infinitive(tok)
            and any(c.dep_ == "auxpass" for c in tok.children))


# Modals of what is still to come, on a passive: "*will be tried*", "*would be offered*" ("could", "may" are the status
# stage's hypothetical already).
FUTURE_PASSIVE_MODALS = {"will", "shall", "'ll", "would"}


def future_passive(event: Event, doc: Doc) -> bool:
    """Is the trigger a passive verb under a modal of what is still to come ("other groups of strikers *will be tried* by
    the regular courts", "the powers *will be granted* by chief constables")?  What will be done to the subject is a
    schedule or a forecast, not an act done (as "are to be questioned" is: :func:`scheduled_passive`).  Its caller spares
    a stated intent and a threat, whose future is their reading.  Session 27, helper PREC (sample a; the design samples'
    twelve future passives were all judged wrong)."""
    tok = span_head(event.trigger, doc)
    return (tok is not None and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)
            and any(c.dep_ == "aux" and c.lower_ in FUTURE_PASSIVE_MODALS for c in tok.children))


# The status stage's cues of a future stated by the trigger's own auxiliary ("*will* challenge", "said it *would*
# require").
FUTURE_AUXILIARY_CUES = {"aux:will", "aux:would", "aux:shall", "aux:'ll"}


def stated_future(event: Event) -> bool:
    """Is the event a future its trigger's own auxiliary states ("Former Scots Guardsman Allan Hendry *will challenge*
    Mr Ingram", "the CID officials *would interrogate* Ansari", "the Attorney General's Office *will begin
    investigations*")?  The act is still to come (the active counterpart of :func:`future_passive`); its caller spares
    a stated intent and a threat, whose future is their reading.  Session 50 (a probe of unjudged news: the design
    samples' active futures of other types at >= 0.5 were judged wrong 6 times of 8)."""
    return event.status == "future" and bool(FUTURE_AUXILIARY_CUES & set(event.reason.split("+")))


def pending_subject(event: Event, doc: Doc) -> bool:
    """Is the trigger an event noun that is the subject of a present-tense clause of a time still to come ("2 days
    *before* an 'armed strike' declared by the Shining Path *goes into effect*", "*until* the ceasefire *takes hold*")?
    The event has not happened yet.  (events/unreal.py reads the verb's own and its object's case.)  Session 27, helper
    PREC (sample d)."""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    return (verb.dep_ == "advcl" and verb.tag_ in PRESENT_TAGS
            and any(c.dep_ == "mark" and c.lower_ in PENDING_MARKS for c in verb.children))


# Verbs that set a scheduled event going or close it (data/word_classes.tsv): an event noun their simple-present
# subject is on a timetable ("the summit *begins* on 16 December").
TIMETABLE_VERBS = word_class("timetable_verbs")


def timetabled(event: Event, doc: Doc) -> bool:
    """Is the trigger an event noun that is the subject of a verb of beginning or ending in the simple present, with no
    auxiliary, after the article's first sentence ("the two-day European Council *summit* in Brussels *begins* on 16
    December", "*talks resume* next week")?  English tells a scheduled event in the present tense of a timetable: the
    meeting is still to come (a headline's present tells a past act, hence not in the first sentence).  Session 30,
    helper PREC (sample g)."""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.sent.start == 0:
        return False
    verb = tok.head
    if verb.tag_ not in PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "dobj") and c.lower_ in ("off", "place", "up")), "")
    return f"{verb.lemma_.lower()} {particle}".strip() in TIMETABLE_VERBS


def headline_infinitive(event: Event, doc: Doc) -> bool:
    """Is the trigger (or a verb it is the complement of) a "to"-infinitive with its own subject as the main verb of its
    sentence ("President *to visit* China", "GOVERNMENT *TO FORCE* US *TO RETREAT*")?  English headlines and summaries
    announce an act still to come in this form ("X to do Y" = X is to do Y); nothing is reported done.  Session 31,
    helper PREC (sample T)."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):
        if verb.dep_ == "ROOT":
            return verb.tag_ == "VB" and to_infinitive(verb) and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False
