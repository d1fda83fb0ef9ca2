"""Clause doubts of an actor that is not the doer (read by events/relevance.py): a passive whose actor came from no
agent, the one who receives ("Bolivia *receives* millions in aid"), who counts ("police *estimated* 3,000 marched"), who
acts against another's act ("*crushed* an uprising"), a group claiming its own people's act, who responds to a happening
("*arrested* in connection with a shooting"), the victim ("X *was the target* of an attack") and an acronym read as a
state body.  Each reads the parse of the event's sentence only.  Moved from clause_doubts.py (session 33, helper
SPLIT)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.events.clause_parts import actor_is_subject, first_conjunct, span_head
from dateline.events.tables import word_class
from dateline.model import Event, Participant


# Participant flags (events.arguments) of an actor read from a passive's agent or standing in for it - the forces a
# passive of deployment moves among them ("120 troops *were deployed*": the forces sent stand for their sender, as
# arguments reads them; session 56).
AGENT_FLAGS = {"passive_agent", "participle_agent", "prep:by", "agentless_passive_place", "doer_of_setting",
               "document_author", "moved_force"}


def passive_without_agent(event: Event, doc: Doc) -> bool:
    """Is the trigger a passive verb whose actor came from anywhere but its agent ("by X"), the
    agentless-passive place convention or a document's author?"""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    return not any(set(p.flags) & AGENT_FLAGS for p in event.actor)


ACRONYM_LENGTH = (2, 6)


def acronym_actor(p: Participant, doc: Doc) -> bool:
    """Is the participant's head an all-capitals acronym ("the *CID*", "*NIA*") in a sentence written in lower case
    (in wire copy written in capitals every word looks like one)?"""
    head = span_head(p, doc)
    if head is None or not (ACRONYM_LENGTH[0] <= len(head.text) <= ACRONYM_LENGTH[1] and head.text.isalpha()
                            and head.text.isupper()):
        return False
    sent = head.sent.text
    return sum(c.islower() for c in sent) > sum(c.isupper() for c in sent)


# Verbs whose subject is the one who gets what their object names ("Bolivia *receives* millions in aid"):
# data/word_classes.tsv.
RECEIVING_VERBS = word_class("receiving_verbs")


def receiver_as_actor(event: Event, doc: Doc) -> bool:
    """Is a noun trigger of giving (aid, donations) what its actor receives - the trigger is the object of a verb of
    receiving, or of "in" on that verb or its object, and the actor is that verb's subject ("Bolivia *receives*
    millions in international *aid*", "the Labour Party *received* more than pounds 5m in *donations*")?  The
    receiver is the recipient; the giver, unnamed, is the actor."""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ != "NOUN" or not event.actor:
        return False
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head
    if verb.pos_ in ("NOUN", "NUM", "ADJ", "ADV") and verb.dep_ in ("dobj", "npadvmod"):
        verb = verb.head  # "received *millions* in aid"
    if tok.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIVING_VERBS:
        return False
    subjects = {c.i for c in verb.children if c.dep_ in ("nsubj",)}
    heads = {h.i for p in event.actor if (h := span_head(p, doc)) is not None}
    return bool(subjects & heads)


# Verbs of giving a count or a figure (data/word_classes.tsv): their subject is who counted.
ESTIMATING_VERBS = word_class("estimating_verbs")


def estimator_as_actor(event: Event, doc: Doc) -> bool:
    """Is every actor of the event the subject of a verb of estimating other than the trigger ("Yesterday, what
    *organizers estimated* at 1.7 million Hongkongers *marched* from Victoria Park")?  Who gave the figure is not who
    did the act: the organisers of a march counted the marchers."""
    tok = span_head(event.trigger, doc)
    if tok is None or not event.actor:
        return False
    heads = [span_head(p, doc) for p in event.actor]
    return all(h is not None and h.dep_ == "nsubj" and h.head.i != tok.i and h.head.lemma_.lower() in ESTIMATING_VERBS
               for h in heads)


# Verbs (and phrasal verbs, "put down") whose subject acts on or against another's act named as their object: who
# crushes an uprising or cooperates with an investigation neither rises up nor investigates (data/word_classes.tsv,
# countering_verbs).  Session 24, helper PREC.
COUNTERING_VERBS = word_class("countering_verbs")
# The prepositions through which such a verb reaches the act ("cooperating *with* the investigation", "fought *against*
# the insurgency", "cracked down *on* protests": session 26).
COUNTERING_PREPS = {"with", "against", "on"}


def _verb_phrase(verb: Token) -> set[str]:
    """The lemma of ``verb`` and, with its particle, the phrasal verb ("put" -> {"put", "put down"})."""
    lemma = verb.lemma_.lower()
    return {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt")}


def countered_act(event: Event, doc: Doc) -> bool:
    """Is the trigger an event noun that is the object of a verb of countering or joining another's act, whose subject
    the coder took as the noun's actor ("Assad's troops tried to *put down* the *uprising*", "the involved parties are
    *cooperating with* the *investigation*")?  The subject acts on the event, it does not do it; the event's doer is
    not named.  Session 24, helper PREC (design samples: uprising, investigation)."""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ != "NOUN" or not event.actor:
        return False
    tok = first_conjunct(tok)
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in COUNTERING_PREPS and verb.head.i != verb.i:
        verb = verb.head
    elif tok.dep_ != "dobj":
        return False
    if verb.pos_ not in ("VERB", "AUX") or not (_verb_phrase(verb) & COUNTERING_VERBS):
        return False
    subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
    while not subjects and verb.dep_ == "xcomp" and verb.head.i != verb.i:  # "troops *tried to* put down": tried's subject
        verb = verb.head
        subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
    heads = [span_head(p, doc) for p in event.actor]
    return bool(subjects) and all(h is not None and h.i in subjects for h in heads)


# Reported-speech rules that code the speaker as accusing the doer of the act it reports (events/extract.py).
ALLEGATION_RULES = {"rule:reported_allegation", "rule:reported_blame"}
# Possessives of a speaker's own people ("*its* fighters", "*our* men"); "his" and "her" mostly name another's.
OWN_POSSESSIVES = {"its", "their", "our", "my"}
FIRST_PERSON_DOERS = {"we", "us", "i"}


def own_act_claimed(event: Event, doc: Doc) -> bool:
    """Is a reported allegation said of the speaker's own side - the doer it names is the speaker itself, its acronym,
    "we", or people that are its own ("Islamic State (IS) claimed *IS fighters* killed a priest", "the group said *its
    fighters* had shot down the helicopter", "'*we* killed them,' the commander said")?  A party telling of its own act
    claims it (responsibility, credit); it accuses no one (PLOVER ACCUSE: accusations against another party).
    Session 25, helper PREC."""
    if event.type != "ACCUSE" or not event.actor or not event.recipient or not (
            ALLEGATION_RULES & set(event.reason.split("+"))):
        return False
    own = set()
    for p in event.actor:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None:
            continue
        own |= {t.lower_ for t in span if t.pos_ == "PROPN" or t.is_upper}
        after = doc[span.end:span.end + 3]
        if len(after) == 3 and after[0].text == "(" and after[2].text == ")":  # "Islamic State (IS)"
            own.add(after[1].lower_)
    for p in event.recipient:
        head = span_head(p, doc)
        if head is None:
            return False
        if head.lower_ in FIRST_PERSON_DOERS or head.lower_ in own:
            continue
        mods = [c for c in head.children if c.dep_ in ("poss", "compound")]
        if head.i > 0 and doc[head.i - 1].i not in {m.i for m in mods} and doc[head.i - 1].is_upper:
            mods.append(doc[head.i - 1])  # (an acronym the parser did not hang on the noun: "IS fighters")
        if not any(m.lower_ in OWN_POSSESSIVES or m.lower_ in own for m in mods):
            return False
    return True


# Verbs of responding to a happening (data/word_classes.tsv): who identifies, arrests or investigates in connection with a
# shooting or a riot, or receives word of it, reacts to it.
RESPONDING_VERBS = word_class("responding_verbs")
RESPONDED_TYPES = {"ASSAULT", "PROTEST"}


def responder_as_doer(event: Event, doc: Doc) -> bool:
    """Is the actor of an event noun of violence or protest the subject of a verb of responding that the noun's phrase
    hangs on ("police *identified* the victim *in the* Feb. 16 *shooting*", "police *arrested* 149 people *during the
    riots*", "police *received* a call *of a shooting*")?  The party that answers a happening - identifying, arresting,
    questioning, investigating - is not its doer.  Session 31, helper PREC (samples c, d, h)."""
    tok = span_head(event.trigger, doc)
    if event.type not in RESPONDED_TYPES or tok is None or tok.pos_ != "NOUN" or not event.actor:
        return False
    verb = _verb_of_phrase(tok)
    if verb is None or verb.lemma_.lower() not in RESPONDING_VERBS:
        return False
    if tok.head.lower_ == "with" and tok.head.head.i == verb.i:
        return False  # "the army *responded with* two *attacks*": what one answers with is one's own act (session 53)
    return actor_is_subject(event, doc, verb, deps=("nsubj",), every=True)


def _verb_of_phrase(noun: Token) -> Token | None:
    """The verb a noun's prepositional phrase hangs on, directly ("arrested 149 people *during the riots*") or through the
    verb's object or another phrase ("received *a call of* a shooting", "identified *the victim in* the shooting")."""
    tok = noun
    for _ in range(3):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        head = tok.head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
            return head.head
        tok = head
    return None


# Nouns of the one an act is done to (data/word_classes.tsv, victim_nouns and harm_role_nouns): "X is the victim / the
# target of an attack" names X as the one attacked.
HARM_ROLE_NOUNS = word_class("victim_nouns") | word_class("harm_role_nouns")
ROLE_PREDICATE_DEPS = {"attr", "oprd"}
FALLING_VERBS = {"fall"}  # "fell *victim* to": the parser may make the noun the object


def victim_as_doer(event: Event, doc: Doc) -> bool:
    """Is the actor of an event noun the subject of a clause that makes it the victim or target of that event ("the
    Czech Republic would no longer become *the powerless victim of a foreign invasion*", "these banks were *the targets
    of* explosive *attacks*", "they fell *victim to* an ambush")?  The one an act is done to is not its doer.  Session 31,
    helper PREC (samples a, F, M)."""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "to") or not event.actor:
        return False
    role = tok.head.head
    verb = role.head
    if role.lemma_.lower() not in HARM_ROLE_NOUNS or not (
            role.dep_ in ROLE_PREDICATE_DEPS or (role.dep_ == "dobj" and verb.lemma_.lower() in FALLING_VERBS)):
        return False
    return actor_is_subject(event, doc, verb)
