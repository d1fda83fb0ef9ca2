"""Word-sense doubts of an event type the trigger's words misread (read by events/relevance.py): information not given
read as a refusal (REJECT of "declined to comment"), the participle "accused" naming a person typed ACCUSE, a promise of
force typed AGREE ("*vowed to crush*") and drugs sent or supplied typed AID or COOPERATE.  Each reads the parse of the
event's sentence only.  Moved from sense_doubts.py (session 33, helper SPLIT)."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.events.clause_parts import span_head as _head
from dateline.events.tables import word_class
from dateline.model import Event


# Verbs of refusing whose REJECT may be a refused statement, verbs that refuse a statement by themselves ("declined
# to *comment*"), verbs of telling that do so with an object of information ("declined to *give out details*"), and
# those objects: data/word_classes.tsv.
TELLING_VERBS = word_class("telling_verbs")
TELLING_OBJECTS_VERBS = word_class("telling_objects_verbs")
INFORMATION_NOUNS = word_class("information_nouns")
REFUSING_VERBS = word_class("refusing_verbs")


def refused_statement(event: Event, doc: Doc) -> bool:
    """Is a REJECT at "declined" / "refused" a refusal to comment or to give out information ("declined to *comment*",
    "*declined to give out details* of the investigations"), or a REJECT at a verb of giving out information with such
    an object ("*never gave information* on individual applications", "*did not provide details*")?  A refused
    statement (CAMEO 011 'Decline comment', which CAMEO2PLOVER maps to no PLOVER type), not the rejection of a party's
    demand or proposal (PLOVER REJECT)."""
    tok = _head(event.trigger, doc)
    if tok is None or event.type != "REJECT":
        return False
    if tok.lemma_.lower() in TELLING_OBJECTS_VERBS and any(
            o.dep_ == "dobj" and o.lemma_.lower() in INFORMATION_NOUNS for o in tok.children):
        # the negated giving of information read as a refusal ("the embassy ... *never gave information* on individual
        # applications", "the declaration *did not provide details*"): information not given, no demand rejected
        # (session 20, helper PREC)
        return True
    if tok.lemma_.lower() not in REFUSING_VERBS:
        return False
    for verb in tok.children:
        if verb.dep_ != "xcomp":
            continue
        lemma = verb.lemma_.lower()
        if lemma in TELLING_VERBS or (lemma in TELLING_OBJECTS_VERBS and any(
                o.dep_ == "dobj" and o.lemma_.lower() in INFORMATION_NOUNS for o in verb.children)):
            return True
    return False


# Participles that, hung on a noun with no complement of their own, name a person ("two gang war *accused*", "the
# *suspected*"), not an act of accusing.
PERSON_PARTICIPLES = {"accused", "suspected"}


def accused_person(event: Event, doc: Doc) -> bool:
    """Is an ACCUSE trigger the participle "accused" (or "suspected") used as a noun for the person - hung on a noun
    with no "of", "by", object or clause of its own ("in the shootout, two Lyari gang war *accused* were killed")?  It
    names who is accused; the accusation is no event of this sentence (PLOVER ACCUSE allege: the act of charging)."""
    tok = _head(event.trigger, doc)
    return (tok is not None and event.type == "ACCUSE" and tok.lower_ in PERSON_PARTICIPLES
            and tok.dep_ in ("acl", "amod", "compound")
            and not any(c.dep_ in ("prep", "agent", "dobj", "ccomp", "xcomp", "advcl") for c in tok.children))


# A promise of force against crime or a foe (data/word_classes.tsv: vow_words, force_words); the dependencies of the
# promised act on the promise ("promise *to deal*", "vowed *that* they would crush").
VOW_WORDS = word_class("vow_words")
FORCE_WORDS = word_class("force_words")
PROMISED_DEPS = {"xcomp", "acl", "ccomp"}


def vow_of_force(event: Event, doc: Doc) -> bool:
    """Is an AGREE a promise, pledge or vow whose promised act is force - "Perez's *promise* to deal with drug
    trafficking with an *iron fist*", "*vowed* to *crush* the rebels"?  A resolve to coerce is no agreement (PLOVER
    AGREE: agreeing or promising to cooperate, settle, concede or meet)."""
    if event.type != "AGREE":
        return False
    tok = _head(event.trigger, doc)
    if tok is None or (tok.lemma_.lower() not in VOW_WORDS and tok.lower_ not in VOW_WORDS):
        return False
    return any(c.dep_ in PROMISED_DEPS and any(t.lemma_.lower() in FORCE_WORDS for t in c.subtree)
               for c in tok.children)


# Drugs and other contraband (data/word_classes.tsv: contraband_nouns): sent or supplied, they are trafficked, not given
# as aid.
CONTRABAND_NOUNS = word_class("contraband_nouns")
GIVING_TYPES = {"AID", "COOPERATE"}


def contraband_aid(event: Event, doc: Doc) -> bool:
    """Is an AID or COOPERATE the sending or supplying of drugs - "the Red Command *sends a ton of Colombian cocaine*
    into Brazil": the thing given (the trigger's object, or its passive subject) is contraband_nouns, or a quantity
    "of" one?  Trafficking is a crime, no aid (PLOVER AID, CAMEO 07 'Provide aid')."""
    if event.type not in GIVING_TYPES:
        return False
    tok = _head(event.trigger, doc)
    if tok is None:
        return False
    things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    things += [o for t in list(things) for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in CONTRABAND_NOUNS or t.lower_ in CONTRABAND_NOUNS for t in things)


# Sectors of the state's forces: police or troops marching are parading their strength, not protesting (PLOVER
# MOBILIZE; CAMEO 153 'Mobilize or increase police power').  Words that make a march a protest all the same.
STATE_FORCE_SECTORS = {"MIL", "COP"}
PROTEST_MARKS = {"against", "for", "demand", "demanding", "protest", "protesting", "over"}


def forces_marching(event: Event, doc: Doc) -> bool:
    """Is a PROTEST at "march" or "parade" done by police or troops alone, with nothing the march is against or for
    ("fourteen companies of CRPF and Uttar Pradesh police *marched through the town's roads*", "troops marched into the
    city")?  A show of force (or a move), no demonstration; "police officers marched *to demand* higher pay" stays a
    protest.  Session 44 (a probe of unjudged news)."""
    tok = _head(event.trigger, doc)
    if event.type != "PROTEST" or tok is None or tok.lemma_.lower() not in ("march", "parade") or not event.actor:
        return False
    if not all(p.sector in STATE_FORCE_SECTORS for p in event.actor):
        return False
    return not any(t.lower_ in PROTEST_MARKS or t.lemma_.lower() in PROTEST_MARKS for t in tok.subtree if t.i != tok.i)
