"""Clause checks behind the relevance layer's doubts (events/relevance.py): is the trigger a passive with no agent, an act
named as a subject, a reported "should" that is no demand, a generic simple present, a standing rule, an infinitive of
purpose, the content of a charge, an acronym as actor?  Each reads the parse of the event's sentence only."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.events.parties import to_infinitive
from dateline.model import Event, Participant, Span

# A speaker's "Y should / must ..." coded as a demand (reported.reported_demands): the modals of a demand.
DEMAND_MODALS = {"should", "must", "ought"}
# An infinitive hung on a verb as an adverbial clause, or on a noun, states an aim ("to block", "efforts to").
PURPOSE_DEPS = {"advcl", "acl", "relcl"}
# Participant flags (events.arguments) of an actor read from a passive's agent or standing in for it.
AGENT_FLAGS = {"passive_agent", "participle_agent", "prep:by", "agentless_passive_place", "doer_of_setting",
               "document_author"}


def span_head(p: Participant | Span, doc: Doc) -> Token | None:
    """The syntactic head token of a participant's or trigger's span."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def passive_without_agent(event: Event, doc: Doc) -> bool:
    """Is the trigger a passive verb whose actor came from anywhere but its agent ("by X"), the
    agentless-passive place convention or a document's author?"""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    return not any(set(p.flags) & AGENT_FLAGS for p in event.actor)


def act_as_subject(event: Event, doc: Doc) -> bool:
    """Is the trigger a gerund or an infinitive that is the subject of its clause ("*backing* his party was not a
    wasted vote", "*to attack* Iran would be a mistake")?"""
    tok = span_head(event.trigger, doc)
    return tok is not None and tok.dep_ in ("csubj", "csubjpass") and tok.tag_ in ("VBG", "VB")


def no_demand(event: Event, doc: Doc) -> bool:
    """Is a reported "X said Y should ..." no demand: a reproach for the past ("said the government
    *should have acted* sooner": a counterfactual perfect), or an expectation of no party ("*It* should
    expand over time, said a spokesperson": no one the demand is made on)?"""
    if not event.recipient:
        return True
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")] + ([tok.head] if tok.head.i != tok.i else [])
    return any(any(a.dep_ == "aux" and a.lower_ in DEMAND_MODALS for a in c.children)
               and any(a.dep_ == "aux" and a.lemma_ == "have" for a in c.children) for c in clauses)


def generic_present(event: Event, doc: Doc) -> bool:
    """Is the trigger a simple present with no auxiliary, after the article's first sentence - what a thing
    or a person does in general ("the service *searches* captions", "the website *offers* links", "John
    Crace *kicks off* his tour")?  (Its caller spares a political actor: a state's standing act is news,
    "the United States still *stations* 1,000 troops in Niger".)"""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.tag_ not in ("VBZ", "VBP") or tok.sent.start == 0:
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def standing_rule(event: Event, doc: Doc) -> bool:
    """Is the trigger a present passive with no agent whose actor is only the place it holds in - a rule in force,
    not an act ("In the US, the patenting of software *is permitted*", "protests *are banned* in the capital")?
    (The agentless-passive place convention reads a past act's authorities: "*were arrested* in Barstow".)"""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.sent.start == 0 or not event.actor:
        return False
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children)
    return (present and not any(c.dep_ == "agent" for c in tok.children)
            and all("agentless_passive_place" in p.flags for p in event.actor))


def in_purpose_clause(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb whose object it is) an infinitive of purpose or a noun's infinitive -
    an aim, not an event: "introduced new controls *to block* overseas sites", "aspirations *to
    overthrow* the government", "a plot *to blow up* the Vatican", "held a meeting *to discuss* ..."?
    (A controlled infinitive - "agreed to", "tried to", "urged X to" - is the status's business.)"""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "ADP"):
        tok = tok.head if tok.head.pos_ == "VERB" else tok.head.head
    return tok.dep_ in PURPOSE_DEPS and to_infinitive(tok)


# The prepositions whose complement on a word of a charge, trial or arrest is what the accused is said to have done.
CHARGE_CONTENT_PREPS = {"for", "with", "of", "over"}


def charge_content(event: Event, doc: Doc) -> bool:
    """Is the trigger what a charge, a trial or an arrest says the accused did ("will *stand trial for* allegedly
    *attacking* a student", "*charged with murdering*", "*arrested for attacking* police", "*convicted of killing*":
    ``legal_proceedings`` of ``agentless_words.tsv``)?  The act is the accusation's content: the charge or the arrest
    is the event the sentence reports."""
    from dateline.events.agentless import legal_proceeding_words

    tok = span_head(event.trigger, doc)
    if tok is not None and tok.dep_ == "conj" and tok.head.dep_ in ("pcomp", "pobj"):
        tok = tok.head  # "charged with murdering and *robbing*"
    if tok is None or tok.dep_ not in ("pcomp", "pobj") or tok.head.dep_ not in ("prep", "agent"):
        return False
    prep = tok.head
    if prep.lower_ not in CHARGE_CONTENT_PREPS:
        return False
    legal = legal_proceeding_words()
    # (the word itself, or the object of a light verb the preposition hangs on: "*stand trial* for", "*face charges* of")
    return any(w.lemma_.lower() in legal or w.lower_ in legal for w in (
        prep.head, *(c for c in prep.head.children if c.dep_ in ("dobj", "npadvmod", "attr") and c.i < prep.i)))


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
