"""Clause checks behind the relevance layer's doubts (events/relevance.py): is the trigger a passive with no agent, an act
named as a subject, a reported "should" that is no demand, a generic simple present, a standing rule, an infinitive of
purpose, the content of a charge, an acronym as actor?  Each reads the parse of the event's sentence only."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from dateline.events.lexicon import base_forms
from dateline.events.parties import to_infinitive
from dateline.events.tables import read_table, word_class
from dateline.events.unreal import PENDING_MARKS  # a present-tense clause under them has not happened yet
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


def first_conjunct(tok: Token) -> Token:
    """The first of the coordinated words ``tok`` belongs to ("killed and *wounded*" -> "killed"): its own syntactic
    role is the whole coordination's."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def acted_on(verb: Token) -> list[Token]:
    """What the verb acts on: its direct objects and passive subjects, with their conjuncts ("accepted *the papers and
    the prize*", "*the shops* were looted")."""
    return [o for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for o in (c, *c.conjuncts)]


def passive_without_agent(event: Event, doc: Doc) -> bool:
    """Is the trigger a passive verb whose actor came from anywhere but its agent ("by X"), the
    agentless-passive place convention or a document's author?"""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    return not any(set(p.flags) & AGENT_FLAGS for p in event.actor)


def act_as_subject(event: Event, doc: Doc) -> bool:
    """Is the trigger a gerund or an infinitive that is the subject of its clause ("*backing* his party was not a
    wasted vote", "*to attack* Iran would be a mistake"), or the object of one ("brokering a *ceasefire* between two
    gangs at war is very different from ..."), or a kind of act said to have something (:func:`kind_as_subject`)?"""
    tok = span_head(event.trigger, doc)
    if tok is not None and kind_as_subject(tok):
        return True
    if tok is not None and not event.actor and kind_by_participle(tok):
        return True
    if tok is not None and tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        tok = tok.head
    return tok is not None and tok.dep_ in ("csubj", "csubjpass") and tok.tag_ in ("VBG", "VB")


# Determiners, numbers and owners that make a plural noun some particular acts ("*the* truces", "*two* attacks", "*their*
# talks"); a bare plural names the kind.
PARTICULAR_DEPS = {"det", "poss", "nummod", "quantmod", "predet"}


def kind_as_subject(tok: Token) -> bool:
    """Is the event noun a bare plural (no determiner, number or owner) that is the subject of "have" as the main verb
    in the present ("mediated *truces* between rival gangs *have* a poor track record", "*killings* by police *have* a
    long history")?  What the kind of act has is said of it in general; no act is reported.  ("*Attacks* are on the
    rise" reports acts, so "be" is left; session 23, helper PREC.)"""
    verb = tok.head
    return (tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "nsubj" and verb.i != tok.i
            and verb.lemma_.lower() == "have" and verb.tag_ in ("VBZ", "VBP") and verb.dep_ not in ("aux", "auxpass")
            and not any(c.dep_ in PARTICULAR_DEPS for c in tok.children))


def kind_by_participle(tok: Token) -> bool:
    """Is the trigger a past participle with no doer that narrows a bare noun (no determiner, number or owner) to a kind
    by a kind ("a fund financed with *money seized from criminals*", "extradite *people who had been accused of crimes*")?
    The participle sorts things or people by what was done to them; it reports no act by anyone.  Particular things, or
    a particular source, keep the act ("*the* cocaine seized on Tuesday", "*two* men arrested", "documents seized from
    *the camp of* a FARC leader").  (Session 23, helper PREC2.)"""
    if tok.tag_ != "VBN" or any(c.dep_ == "agent" for c in tok.children):
        return False
    if tok.dep_ == "acl":
        noun = tok.head
    elif tok.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in tok.children):
        noun = tok.head
    else:
        return False
    if not (noun.i != tok.i and _bare(noun) and not (noun.dep_ == "conj" and any(
            c.dep_ in PARTICULAR_DEPS for c in noun.head.children)) and not (noun.dep_ == "pobj" and noun.head.lower_ == "of")):
        return False
    # Whom or where it was done to is a kind too ("seized *from criminals*", "accused *of crimes*"); a particular one
    # makes particular acts ("documents seized *from the camp of* Raul Reyes", "nationals detained *in the UK*").
    objects = [o for c in tok.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    # (a name or a date of the participle's own - "detained in *Britain*", "seized *on Tuesday*" - is particular; a
    # phrase hung further down the parse is left, the parser often hangs the main verb's there: "extradite people accused
    # of crimes *from Hong Kong*")
    own = [t for c in tok.children if c.dep_ != "prep" for t in c.subtree] + objects + [
        t for o in objects for t in o.children if t.dep_ != "prep"]
    return bool(objects) and all(_bare(o) for o in objects) and not any(t.ent_type_ for t in own)


def _bare(noun: Token) -> bool:
    """Is ``noun`` a common noun with no determiner, number or owner ("money", "criminal groups")?"""
    return noun.pos_ == "NOUN" and noun.tag_ in ("NNS", "NN") and not any(c.dep_ in PARTICULAR_DEPS for c in noun.children)


INDEFINITE_ARTICLES = {"a", "an"}
# Verbs of knowing (data/word_classes.tsv): "Y should *know* that ..." informs Y, it asks no act of Y.
KNOWING_VERBS = word_class("knowing_verbs")


def no_demand(event: Event, doc: Doc) -> bool:
    """Is a reported "X said Y should ..." no demand: a reproach for the past ("said the government
    *should have acted* sooner": a counterfactual perfect), an expectation of no party ("*It* should
    expand over time, said a spokesperson": no one the demand is made on), or a piece of information
    ("Recipients of these e-mails *should know* that the FBI does not send them", the FBI said: a verb of
    knowing, no act asked for - CAMEO 10 'Make a demand' asks for an act)?"""
    if not event.recipient:
        return True
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")] + ([tok.head] if tok.head.i != tok.i else [])
    return any(any(a.dep_ == "aux" and a.lower_ in DEMAND_MODALS for a in c.children)
               and (any(a.dep_ == "aux" and a.lemma_ == "have" for a in c.children)
                    or c.lemma_.lower() in KNOWING_VERBS or _classifies(c)) for c in clauses)


def _classifies(verb: Token) -> bool:
    """Is ``verb`` the copula of an indefinite predicate noun - a classification, no act ("the surge *should be a
    wake-up call*", "it *shouldn't be a firing offence*")?  "Y should be an X" says what Y ought to count as; no party is
    asked to do anything.  Session 30, helper PREC (samples f, F)."""
    return verb.lemma_ == "be" and any(a.dep_ == "attr" and _indefinite(a) for a in verb.children)


def _indefinite(noun: Token) -> bool:
    """Does ``noun`` take the indefinite article ("*a* government", "*an* offence")?"""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in noun.children)


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


def without_object(event: Event, doc: Doc) -> bool:
    """Is the trigger an event noun governed by "without", directly or as the object of a gerund ("released *without
    charge*", "should follow it without raising any doubts or *objections*")?  The act was not done (the modality stage
    reads "without" on a gerund trigger itself, not on its object)."""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ != "NOUN":
        return False
    tok = first_conjunct(tok)
    if tok.dep_ == "dobj" and tok.head.dep_ == "pcomp":
        tok = tok.head
    return tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "without"


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
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "ADP"):
        tok = tok.head if tok.head.pos_ == "VERB" else tok.head.head
    tok = shared_infinitive(tok)
    while tok.dep_ in ("xcomp", "conj") and to_infinitive(tok) and to_infinitive(tok.head):
        # an infinitive controlled by an infinitive is part of its aim: "in order *to continue to strike*", "used
        # weapons *to force* us *to retreat*" (session 17, helper PREC); so is the second of two coordinated ones: "on
        # alert to avoid any wrongful actions and *to guarantee* national integrity" (session 21, helper PREC)
        tok = tok.head
    return (tok.dep_ in PURPOSE_DEPS or _aim_of_passive(tok)) and to_infinitive(tok)


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


# Modal auxiliaries of a clause about what is still to come ("hope that they *will* stop", "expect that troops *would*
# leave"): a complement of hoping or expecting with one of them is a hope or a prediction, not a report.
FUTURE_MODALS = {"will", "would", "shall", "can", "could", "may", "might"}


def _future_modal(verb: Token) -> bool:
    """Does ``verb`` carry a modal of what is still to come or may be ("*will* stop", "*could* be asked")?"""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)


def _clause_head(tok: Token) -> Token:
    """The verb heading the clause a trigger reports in: up from a controlled infinitive or a coordinated verb
    ("decided *to grant*" -> "decided", "fight ..., protect and *restore*" -> "fight"), and from a noun to the verb
    it is the subject or object of, also through the "of" phrase of that noun ("whether the murders will unleash a cycle
    *of* revenge *killings*")."""
    while tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in (
            "NOUN", "PROPN"):
        tok = tok.head.head  # (session 23, helper PREC)
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    while tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    return tok


# Verbs of asking or finding out, whose "if" clause is a question even where the parser hangs it as an adverbial
# ("asked the spokesman *if* the troops had attacked"): data/word_classes.tsv.
ASKING_VERBS = word_class("asking_verbs")


def embedded_question(event: Event, doc: Doc) -> bool:
    """Is the trigger in an indirect question - a clause opened by "whether", or by "if" as the complement of a
    word ("it was not clear *whether* Britain had decided to *grant* Luzhkov a visa", "asked *if* the army had
    attacked")?  What is asked is not reported as done.  (An "if" clause hung on a verb as a condition is the
    status's business: hypothetical.)"""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    head = _clause_head(tok)
    if_question = head.dep_ == "ccomp" or (head.dep_ == "advcl" and set(base_forms(head.head)) & ASKING_VERBS)
    return any(c.dep_ == "mark" and (c.lower_ == "whether" or (c.lower_ == "if" and if_question)) for c in head.children)


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


# Verbs of forecasting (data/word_classes.tsv): "analysts *predict* X will give in", "X is *tipped* to ask".
PREDICTION_VERBS = word_class("prediction_verbs")


def _up_to_clause(tok: Token) -> Token:
    """From a noun trigger to the verb it is the object or subject of ("gave an intelligence *briefing*" -> "gave")."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass") \
            and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return tok


def predicted(event: Event, doc: Doc) -> bool:
    """Is the trigger in a forecast: the complement of a verb of forecasting, a clause with a modal of what is still
    to come ("some analysts *predict* the administration ultimately *will* be forced to give in") or the infinitive of
    its passive ("Tony Blair *is tipped to ask* the Queen", "is expected to meet")?  Someone's forecast of an act is no
    report that it happened (PLOVER codes events; a prediction is neither the act nor a party's stated intent)."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    tok = _up_to_clause(tok)
    for _ in range(6):  # up the chain of controlled infinitives and coordinated verbs
        if tok.head.i == tok.i:
            return False
        governor = tok.head
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


def modal_governor(event: Event, doc: Doc) -> bool:
    """Does a verb the trigger's infinitive is controlled by carry a modal of what is still to come or may be ("the
    administration *will be forced to give in*", "they *may have to pay*", "it *could be asked to leave*")?  The status
    stage reads the trigger's own auxiliaries; the modal one verb up makes the act as unreal (its caller spares a
    stated intent, AGREE, whose "will" is its reading).  A gerund after "before", "after" or "while" hung on the verb
    shares its time too, and so does a clause of time ("he *will see* an orphanage *before chairing a meeting*", "would
    be carried out *after he completed* his sentence": session 32, helper PREC, sample i)."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    tok = _up_to_clause(tok) if tok.dep_ == "dobj" else tok
    for _ in range(4):
        if _time_gerund(tok):
            tok = tok.head  # (the preposition: its verb next)
        elif not (tok.dep_ == "xcomp" or _participle_adjunct(tok) or _time_clause(tok)) or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.dep_ == "acomp" and tok.pos_ == "ADJ" and tok.head.i != tok.i:
            # the infinitive of an adjective predicated by a verb: the modal rides on that verb ("MPs *would be able to
            # review* it", "*could be willing to* talk"; session 26, helper PREC, sample c)
            tok = tok.head
        if _future_modal(tok):
            return True
    return False


# Prepositions of time whose gerund is an act placed before, after or beside the act of the verb they hang on, and
# subordinators of time whose clause is placed so ("would be carried out *after* he completed his sentence").
TIME_ADJUNCT_PREPOSITIONS = {"before", "after", "while"}
TIME_CLAUSE_MARKS = {"before", "after", "until", "once"}


def _time_gerund(tok: Token) -> bool:
    """Is ``tok`` a gerund after a preposition of time hung on a verb ("will see the orphanage *before chairing* a
    meeting")?  Its act is placed in time by the verb's: under "will" it is still to come as well."""
    prep = tok.head
    return (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and prep.dep_ == "prep" and prep.lower_ in TIME_ADJUNCT_PREPOSITIONS
            and prep.head.i != prep.i and prep.head.pos_ in ("VERB", "AUX"))


def _time_clause(tok: Token) -> bool:
    """Is ``tok`` the verb of a clause of time ("before", "after", "until", "once") hung on a verb ("his extradition
    *would* only be carried out *after he completed* his prison sentence")?  Its act is placed by the main verb's time:
    under "will" or "would" it is still to come too (session 32, helper PREC, sample i)."""
    return (tok.dep_ == "advcl" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in tok.children))


def _participle_adjunct(tok: Token) -> bool:
    """Is ``tok`` a present participle clause with no subject and no conjunction of its own, hung on a verb ("aisad may
    bring a resolution, *condemning* the bill")?  It tells more of its verb's act and shares that verb's modality
    (session 22, helper PREC)."""
    return (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children))


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


# Adjectives of not being able (data/word_classes.tsv): "*unable* to question him".
INABILITY_WORDS = word_class("inability_words")


def inability(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb whose object it is) the infinitive of an adjective of not being able ("police have
    been *unable to question* him", "*powerless to stop* the attacks")?  The act was not done."""
    return infinitive_of_adjective(event, doc, INABILITY_WORDS)


def infinitive_of_adjective(event: Event, doc: Doc, adjectives: frozenset[str]) -> bool:
    """Is the trigger (or the verb whose object it is) the to-infinitive of one of ``adjectives`` ("*unable to
    question* him", "*reluctant to commit* troops")?  Shared by :func:`inability` and sense_doubts.unwilling."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    tok = _up_to_clause(tok) if tok.dep_ == "dobj" else tok
    return tok.dep_ == "xcomp" and tok.head.lower_ in adjectives and to_infinitive(tok)


# Verbs of permitting and of ordering (data/word_classes.tsv): their infinitive complement is an act allowed or ordered.
PERMISSION_VERBS = word_class("permission_verbs")
ORDERING_VERBS = word_class("ordering_verbs")
INVITING_VERBS = word_class("inviting_verbs")  # (the layer's alone: the status stage reads the two above)


def licensed_act(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb an event noun is the object of) the infinitive complement of a verb of permitting,
    ordering, inviting or sentencing ("the district administration *allowed* them *to march* in batches of four", "a law
    that will *enable* Bolivia *to shoot down* drug flights", "Macri *ordered* his new security minister *to dismantle*
    these mafias", "Albright *invited* the Polish minister *to visit* the United States", "was *sentenced* to 73 months
    *and to pay* restitution")?  The permission, the order, the invitation or the sentence is what the sentence reports;
    the act it allows, orders, invites to or imposes is not reported done (inviting: session 32, helper PREC)."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    # (an xcomp, or a "to"-infinitive clause with its own subject: "allowed *them to march*"; or a "to"-infinitive the
    # parser coordinated with the governing verb, which no finite verb can be: "was sentenced to 73 months *and to pay*")
    infinitive = verb.dep_ == "xcomp" or (verb.dep_ in ("ccomp", "conj") and to)
    return (infinitive and verb.head.i != verb.i and verb.pos_ in ("VERB", "AUX")
            and verb.head.lemma_.lower() in PERMISSION_VERBS | ORDERING_VERBS | INVITING_VERBS | _sentencing_verbs())


# Verbs of voting (data/word_classes.tsv): a protest that is their infinitive is voted for, not held.
BALLOTING_VERBS = word_class("balloting_verbs")
PROTEST_TYPES = {"PROTEST"}


def voted_protest(event: Event, doc: Doc) -> bool:
    """Is a PROTEST the "to"-infinitive of a verb of voting ("union members *have voted to strike* over cuts on 5
    November", "dock workers *balloted to walk out*")?  The vote is what is reported; the strike is still to come.  (A
    strike held after a ballot is told with its own verb: "went on strike after a ballot".)  Session 32, helper PREC
    (samples P, h)."""
    tok = span_head(event.trigger, doc)
    if event.type not in PROTEST_TYPES or tok is None:
        return False
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    return (verb.dep_ == "xcomp" and to_infinitive(verb) and verb.head.i != verb.i
            and verb.head.lemma_.lower() in BALLOTING_VERBS)


@lru_cache(maxsize=1)
def _sentencing_verbs() -> frozenset[str]:
    """Verbs of sentencing, whose "to"-infinitive is what the sentence imposes ("was *sentenced* ... *to pay*
    restitution": data/layer_doubts.tsv, sentenced; session 23, helper PREC)."""
    return frozenset(w.strip() for r in read_table("layer_doubts.tsv") if r["doubt"].strip() == "sentenced"
                     for w in r["lemmas"].split(",") if w.strip())


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


# Adverbs of a habit or a custom ("often", "usually", "always") and words of an unstated number of occasions with
# "times" ("several times"): data/word_classes.tsv.
HABIT_ADVERBS = word_class("habit_adverbs")
VAGUE_COUNTS = word_class("vague_counts")
# Units of time a rate of acts is given per ("3,000 visits *a year*", "*every* year": data/word_classes.tsv), and the
# determiners that make a unit a rate ("*this* year", "*last* week" date an act instead).
RATE_UNITS = word_class("rate_units")
RATE_DETERMINERS = {"a", "an", "every", "each", "per"}
# Degree words that make "for ... long" a complaint of a lasting habit ("for *too* long", "for *so* long").
EXCESS_DEGREES = {"too", "so"}
# The dependencies of a noun trigger on the verb whose clause it reports ("companies often *seek* alternatives").
CLAUSE_NOUN_DEPS = ("dobj", "nsubj", "nsubjpass", "attr")


def habitual(event: Event, doc: Doc) -> bool:
    """Is the trigger's clause said of a habit or of the past at large, on no particular occasion: a habit adverb on its
    verb ("companies *often* withdraw", "has *always* called for a debate"), "in the past" ("the Shining Path has
    attacked Soviet interests *in the past*") or an unstated number of "times" ("visited Costa Rica *several times*")?
    What a party does as a rule, or did at some time before, is background: no event the story reports.  The adverb of
    the first of coordinated verbs is theirs ("*often* withdraw and seek out alternatives").  Session 25, helper PREC.
    Session 32 (helper PREC, samples i, h): a rate per unit of time on the verb or on the event noun itself ("inspectors
    make 3,000 *visits a year*", "pilgrims *visit* the shrine *every year*", "arrests *per month*") is a habit too."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head  # "are constantly *on alert*": the noun's preposition, then its verb (session 27, helper PREC)
    if tok.pos_ == "ADP" and tok.dep_ == "prep" and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    noun = tok if tok.pos_ in ("NOUN", "PROPN") else None
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in CLAUSE_NOUN_DEPS and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    verb = first_conjunct(tok)
    # (the parser hangs a rate on the event noun or on the verb's object: "make 3,000 *visits a year*", "arrest forty
    # *smugglers per month*")
    counted = [c for c in tok.children if c.dep_ == "dobj"] + ([noun] if noun is not None else [])
    if any(_rate(c) for n in counted for c in n.children):
        return True
    return any(_habit_mark(c) for v in {tok.i: tok, verb.i: verb}.values() for c in v.children)


def _rate(child: Token) -> bool:
    """Is ``child`` a rate per unit of time - "a year", "every week", "each month" (a bare noun phrase of measure) or
    "per year"?"""
    if child.dep_ == "npadvmod" and child.lemma_.lower() in RATE_UNITS:
        return any(d.dep_ == "det" and d.lower_ in RATE_DETERMINERS for d in child.children)
    return child.dep_ == "prep" and child.lower_ == "per" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in RATE_UNITS for o in child.children)


# Adjectives of how much or how often a kind of act happens (data/word_classes.tsv), and the verbs that predicate them.
LEVEL_ADJECTIVES = word_class("level_adjectives")
LINKING_VERBS = {"be", "remain", "stay", "become", "grow", "seem", "appear"}


def level_of_kind(event: Event, doc: Doc) -> bool:
    """Is the trigger a bare event noun (no determiner, number or owner) that is the subject of a linking verb with an
    adjective of level or frequency ("*violence* in Michoacan *remains* stubbornly *high*", "*kidnappings are rare* in
    the capital", "*attacks* on aid workers *have become common*")?  How much or how often a kind of act happens is a
    state of affairs: no act is reported.  Session 32, helper PREC (sample M)."""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.dep_ != "nsubj" or not _bare(tok) or tok.head.i == tok.i:
        return False
    verb = tok.head
    return verb.lemma_.lower() in LINKING_VERBS and any(
        c.dep_ == "acomp" and c.lemma_.lower() in LEVEL_ADJECTIVES for c in verb.children)


def _habit_mark(child: Token) -> bool:
    """Is ``child`` (a dependent of a verb) a habit adverb, "in the past" or "<several> times"?"""
    if (child.dep_ == "advmod" and child.lower_ in HABIT_ADVERBS) or _rate(child):
        return True
    if child.dep_ == "prep" and child.lower_ == "in":
        return any(o.dep_ == "pobj" and o.lower_ == "past" and any(d.lower_ == "the" for d in o.children)
                   for o in child.children)
    if child.dep_ == "prep" and child.lower_ == "for":
        # "*For too long*, members of Congress have ignored the will of the people": a span judged too long is a
        # complaint of a habit, no particular act (session 27, helper PREC)
        return any(o.dep_ in ("pcomp", "pobj") and o.lower_ == "long" and any(
            d.dep_ == "advmod" and d.lower_ in EXCESS_DEGREES for d in o.children) for o in child.children)
    return (child.dep_ in ("npadvmod", "advmod", "dobj") and child.lower_ == "times"
            and any(c.lower_ in VAGUE_COUNTS for c in child.children))


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


# Where a person stands in a photograph, set off after a name ("Gadhafi *, left ,*"): data/word_classes.tsv.
PICTURE_PLACES = word_class("picture_places")
ENCLOSING = {",": ",", "(": ")", "-LRB-": "-RRB-"}
PICTURE_RANKS = {"second", "third", "far"}


def photo_caption(event: Event, doc: Doc) -> bool:
    """Is the event's sentence a photo caption: a name followed by where its bearer stands in the picture, set off by
    commas or brackets ("Libyan leader Moammar Gadhafi *, left ,* and President Obama meet at the G-8 summit in Italy in
    2009")?  The sentence describes a picture, mostly an old one, not the news of the story.  Session 25, helper PREC."""
    span = doc.char_span(event.sentence.start, event.sentence.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        if tok.lower_ not in PICTURE_PLACES or tok.i + 1 >= len(doc):
            continue
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ in PICTURE_RANKS else tok.i  # ("*second* left")
        if start < 2:
            continue
        opening, name, closing = doc[start - 1], doc[start - 2], doc[tok.i + 1]
        if opening.text in ENCLOSING and closing.text == ENCLOSING[opening.text] and name.pos_ == "PROPN":
            return True
    return False


# Quotation marks as the tokenizer splits them off a word.
QUOTE_MARKS = {'"', "'", "``", "''", "\u201c", "\u201d", "\u2018", "\u2019"}
# Types of force: a word of force set off in quotation marks is a figure ("hackers *"kidnap"* computer systems").
FORCE_TYPES = {"ASSAULT", "COERCE"}


def scare_quoted_force(event: Event, doc: Doc) -> bool:
    """Is the trigger of violence or coercion a word set off in quotation marks of its own ("hackers remotely *"kidnap"*
    the computer systems of businesses")?  Quotation marks around a single word of force flag it as a figure or as
    someone else's word, not a report of force (a quoted statement runs longer than its verb).  Session 25, helper
    PREC."""
    if event.type not in FORCE_TYPES:
        return False
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return (span is not None and 0 < span.start and span.end < len(doc) and doc[span.start - 1].text in QUOTE_MARKS
            and doc[span.end].text in QUOTE_MARKS)


# Subordinators of a condition: the clause they hang on the main verb makes that verb's event conditional.
CONDITION_MARKS = {"if", "unless"}
# The dependencies by which a noun trigger hangs on the verb of its clause (directly or through a preposition).
CLAUSE_NOUN_LINKS = ("dobj", "nsubj", "nsubjpass", "attr", "pobj")


def conditional_consequent(event: Event, doc: Doc) -> bool:
    """Is the trigger's clause the consequent of a condition - its verb (or the first of its coordinated verbs) has an
    "if" or "unless" clause of its own ("if the commission agrees to the requests, the FMLN *will agree to a meeting*",
    "Whitehall was *acting* against the Act if the claims were true")?  The event happens only if the condition does:
    not reported as done.  (The modality stage reads "if" on the trigger's own clause, the antecedent.)  Session 25,
    helper PREC."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    verb = _clause_verb(tok)
    if verb.dep_ == "relcl" and not any(c.dep_ == "advcl" for c in verb.children):
        # a relative clause inside the consequent is as conditional as the clause it is part of ("If the cabinet approves
        # the choice, then this will be the first deal *that Iraq has signed* with a foreign company"; session 27,
        # helper PREC, sample V)
        verb = _clause_verb(verb.head)
    return has_condition(verb)


def has_condition(verb: Token) -> bool:
    """Has the verb an "if" or "unless" clause of its own (not "even if")?"""
    return any(c.dep_ == "advcl" and any(_condition_mark(m) for m in c.children) for c in verb.children)


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause ``tok`` stands in: a noun's governing verb (through a preposition: "the first deal *in*
    ..."), the first of coordinated verbs."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in CLAUSE_NOUN_LINKS:
        tok = tok.head
        if tok.dep_ == "prep" and tok.head.i != tok.i:
            tok = tok.head
    return first_conjunct(tok)


def _condition_mark(tok: Token) -> bool:
    """Is ``tok`` the subordinator of a condition ("*if* the claims were true"), not of a concession ("*even if* it is in
    favour of a temple": the main clause holds either way)?"""
    return (tok.dep_ == "mark" and tok.lower_ in CONDITION_MARKS
            and not (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "even"))


# Adverbs of mockery (data/word_classes.tsv): "*mockingly* welcoming the chancellor back".
MOCKERY_ADVERBS = word_class("mockery_adverbs")


def mocked(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb an event noun is the object of) done or said in mockery ("the Tory leader said after
    *mockingly welcoming* the chancellor back to the election campaign", "*sarcastically thanked* the minister")?  A
    welcome, thanks or praise given in mockery is not meant: no support, agreement or consultation is reported.
    Session 26, helper PREC (sample Y)."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    tok = _up_to_clause(tok)
    return any(c.dep_ == "advmod" and c.lower_ in MOCKERY_ADVERBS for c in tok.children)


# Words of a measured amount ("the record *quantity* of meth seized", "how *much* of the cocaine seized", "*half* of the
# shipments seized": data/word_classes.tsv tally_words and amount_nouns).
TALLY_WORDS = word_class("tally_words") | word_class("amount_nouns")


def statistic(event: Event, doc: Doc) -> bool:
    """Is the trigger a past participle with no doer that names what a figure measures: hung on the thing measured after
    "of" a word of amount ("the record *quantity* of meth *seized* on the border", "how *much* of the cocaine *seized*
    inside Bolivia is produced abroad", "over *half* of the shipments *seized*"), or counted "so far" or "to date"
    ("the weapons *seized so far* this year")?  A statistic sums acts; it reports none of them.  A number of particular
    things ("2 tons of cocaine seized on Tuesday") is no word of amount and is left.  Session 27, helper PREC (samples Z,
    c)."""
    tok = span_head(event.trigger, doc)
    if tok is not None and counted_over_period(tok):
        return True
    if tok is None or tok.tag_ != "VBN" or tok.dep_ not in ("acl", "relcl") or tok.head.i == tok.i:
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        measure = noun.head.head
        if measure.lemma_.lower() in TALLY_WORDS or measure.lower_ in TALLY_WORDS:
            return True
    return any(_tally_mark(c) for c in tok.children)


# Prepositions of a span of time a count of acts is made over ("422 arrests *in* 2013", "40 shipments *over* the last five
# years"), and the nouns of a long span (a year written in figures counts as one).
PERIOD_PREPOSITIONS = {"in", "over", "during", "since", "throughout"}
LONG_SPAN_NOUNS = {"year", "month", "decade"}


def counted_over_period(tok: Token) -> bool:
    """Is the event noun ``tok`` a plural counted by a number over a year or a longer span ("Colombian police *made 422
    arrests* related to cyber crime *in 2013*", "there have been *40 shipments* of ore *over the last five years*")?  A
    number of acts summed over a period is a statistic: no one of them is reported.  ("*Two attacks* on Tuesday" are
    particular acts: a day is no long span.)  Session 31, helper PREC (samples g, C)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or not any(c.dep_ == "nummod" and c.like_num for c in tok.children):
        return False
    verb = tok.head if tok.dep_ in CLAUSE_NOUN_DEPS and tok.head.pos_ in ("VERB", "AUX") else tok
    # (the parser hangs the period on the noun's participle, "arrests related to cyber crime *in 2013*", or on the verb
    # reporting the clause, "*Over the last five years*, records show there have been 40 shipments")
    heads = [verb, tok, *(c for c in tok.children if c.dep_ == "acl")]
    if verb.dep_ == "ccomp" and verb.head.i != verb.i:
        heads.append(verb.head)
    return any(_over_long_span(c) or _tally_mark(c) for h in heads for c in h.children)


def _over_long_span(child: Token) -> bool:
    """Is ``child`` a phrase of a span of a year or more ("in 2013", "over the last five years")?"""
    return child.dep_ == "prep" and child.lower_ in PERIOD_PREPOSITIONS and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in LONG_SPAN_NOUNS or _year(o)) for o in child.children)


def _year(tok: Token) -> bool:
    """Is ``tok`` a year written in figures ("2013")?"""
    return tok.like_num and tok.text.isdigit() and len(tok.text) == 4


def _tally_mark(child: Token) -> bool:
    """Is ``child`` (a dependent of a participle) "so far" or "to date" - a running count?"""
    if child.dep_ == "advmod" and child.lower_ == "far":
        return any(d.lower_ == "so" for d in child.children)
    return child.dep_ == "prep" and child.lower_ == "to" and any(o.lower_ == "date" for o in child.children)


# Verbs of trying (data/word_classes.tsv): in the present their infinitive is an act not achieved yet.
ATTEMPTING_VERBS = word_class("attempting_verbs")
PRESENT_TAGS = {"VBZ", "VBP"}


def present_attempt(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb an event noun is the object of) the "to"-infinitive of a verb of trying in the present
    ("the opposition *attempts to depose* President Maduro via a recall referendum", "diplomats *are trying to secure*
    the release")?  An attempt under way is not the act done (a past attempt is left to the type model: "tried to"
    often tells of an act done, or of violence attempted, which is violence).  Session 27, helper PREC (sample Y)."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    tok = _up_to_clause(tok) if tok.dep_ == "dobj" else tok
    if tok.dep_ != "xcomp" or not to_infinitive(tok) or tok.head.i == tok.i:
        return False
    verb = tok.head
    if verb.lemma_.lower() not in ATTEMPTING_VERBS:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in PRESENT_TAGS:
        return not auxes
    return verb.tag_ == "VBG" and any(a.tag_ in PRESENT_TAGS for a in auxes)


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


# The dependencies by which a clause hangs on the verb that governs it: a controlled infinitive ("must *agree to* ..."),
# an adjective's complement ("is *willing* to"), a complement clause ("must announce *that it is willing* ...").
GOVERNED_CLAUSE_DEPS = {"xcomp", "acomp", "ccomp"}


def obligation_governor(event: Event, doc: Doc) -> bool:
    """Is the trigger's clause governed - through a controlled infinitive, an adjective's infinitive or a complement
    clause, up to four verbs up - by a verb under "must", "should" or "ought" ("the commission *must announce* that it is
    willing *to reach* an agreement", "the army *should agree to withdraw*")?  What a party must or should do, and what
    that act would say or contain, is demanded or advised: nothing is reported done.  (The status stage reads the
    trigger's own modal; a reported "X should ..." coded as a demand is the saying verb's event, above the modal.)
    Session 28, helper PREC (sample S)."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    tok = _up_to_clause(tok)
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "conj":
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                return False  # (a conjunct with a subject of its own is a clause of its own)
        elif tok.dep_ not in GOVERNED_CLAUSE_DEPS:
            return False
        tok = tok.head
        if any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in tok.children):
            return True
    return False


# Modal auxiliaries a verb coordinated with the trigger can lend it ("*would* freeze the assets and prohibit ...").
SHARED_MODALS = FUTURE_MODALS | DEMAND_MODALS | {"'ll", "'d"}


def shared_modal(event: Event, doc: Doc) -> bool:
    """Is the trigger a verb coordinated with a verb whose modal it shares, having no subject or auxiliary of its own: a
    bare form after "will", "would", "could", "must" ... ("the Treasury *would freeze* the assets *and prohibit*
    Americans from trading", "she *will be processed and deported*")?  Coordinated verbs share their auxiliaries; the
    second act is one still to come (factual before session 29, when the status stage read the trigger's own auxiliaries
    only; future since status.shared_conjunct), announced at the first verb.  (A past form after a modal is a clause of
    its own: "will stand as an independent and *promised* to run".)  Session 28, helper PREC (samples E, X, b)."""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or event.status not in (
            "factual", "future") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark")
                                        for c in tok.children):
        return False
    verb = tok
    for _ in range(3):  # up a chain of bare conjuncts ("will be processed, fingerprinted and *deported*")
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if auxes:
            if not any(c.dep_ == "aux" and c.lower_ in SHARED_MODALS for c in auxes):
                return False
            # the form the shared auxiliaries ask for: a bare verb, a passive participle, a participle after "be"
            return tok.tag_ == "VB" or (tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in auxes)) or (
                tok.tag_ == "VBG" and any(c.lemma_ == "be" for c in auxes))
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
    return False


# Verbs of putting a question, and the prepositions naming what it is about (data/word_classes.tsv).
QUESTIONING_VERBS = word_class("questioning_verbs")
QUESTION_PREPOSITIONS = word_class("question_prepositions")
# Wh- words that open an indirect question ("asked *what* she had done with the money", "asked *how* police were ...").
WH_TAGS = {"WP", "WRB", "WDT", "WP$"}


def put_question(event: Event, doc: Doc) -> bool:
    """Is a REQUEST read from a verb of asking that puts a question, not a demand: the verb has "about" (or "regarding",
    "concerning") or an indirect question ("if", "whether", a wh- word) and no infinitive, object clause of what is
    wanted or "for" ("*When asked about* the Iran rally, the spokeswoman sent a jab", "*asked if* he would stand again")?
    PLOVER REQUEST (CAMEO 02) asks a party to act; a reporter's question asks no one to act ("*asked* the government *to
    maintain* ...", "*asked for* information" do).  The verb is the trigger, or up to three words above it (a demand
    recoded from the event noun it governs: "asked about *the rally*").  Session 29, helper PREC (sample f)."""
    if event.type != "REQUEST":
        return False
    verb = span_head(event.trigger, doc)
    for _ in range(3):
        if verb is None or verb.lemma_.lower() in QUESTIONING_VERBS or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb is None or verb.lemma_.lower() not in QUESTIONING_VERBS:
        return False
    kids = list(verb.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return False  # what is asked for: "asked them *to leave*", "asked *for* an inquiry"
    # (the parser hangs the topic on the one asked as often as on the verb: "asked the minister *about* the strike")
    asked_of = [c for c in kids if c.dep_ in ("dobj", "dative")]
    if any(c.dep_ == "prep" and c.lower_ in QUESTION_PREPOSITIONS for h in (verb, *asked_of) for c in h.children):
        return True
    return any(c.dep_ == "ccomp" and _opens_question(c) for c in kids)


def yes_no_question(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb an event noun is the object or subject of) the main verb of a direct yes/no question -
    a sentence that opens with the verb's own auxiliary before its subject and ends with a question mark ("*Will* the
    army *withdraw* its troops?", "*Has* the government *imposed* sanctions?")?  Such a question asks whether the act
    happens; it reports none.  (A wh- question presupposes its act - "*Why did* the police *arrest* him?" - and a clause
    inside a question may report one - "what do you think of the bombs that *killed* six soldiers?": both left.)
    Session 32, helper PREC (sample i)."""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    verb = _up_to_clause(tok)
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
        return False
    words = [t for t in verb.sent if not t.is_punct and not t.is_space]
    ends = [t for t in verb.sent if not t.is_space]
    if not words or not ends or ends[-1].text != "?":
        return False
    first = words[0]
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (first.head.i == verb.i and first.dep_ in ("aux", "auxpass") and bool(subjects)
            and first.i < min(subjects))


def _opens_question(clause: Token) -> bool:
    """Does the clause open with "if" or "whether" or a wh- word ("*if* he would stand", "*what* she had done")?"""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in ("if", "whether") or first.tag_ in WH_TAGS


# The dependencies of a noun that a clause can describe as a kind: a predicate noun ("X is *a ruler* who ...") and an
# appositive ("X, *a government* that ...").
DESCRIBED_DEPS = {"attr", "appos"}
# Types a participle reports as done to the one it describes ("Smith, a man *shot by police*"): not a description.
DONE_TO_TYPES = {"ASSAULT", "COERCE"}


def characterization(event: Event, doc: Doc) -> bool:
    """Is the trigger the verb of a clause that says what kind of thing an indefinite predicate noun or appositive is - a
    relative clause in the present or present perfect, active ("a visit by *a repressive ruler who oppresses* his
    people", "the leading violator of human rights, *a government that has murdered* the clergy and *bombed* civilians"),
    or a participle with its agent ("Colombia is *a democracy, supported by* professional armed forces") - with no
    date?  "X is a Y that does Z" classifies X: it tells what X is like, not that an event happened (a dated clause, a
    simple past, a passive relative, reports one: "a man who shot three people last week", "a boy who has been shot").
    Session 30, helper PREC (samples A, U, e, g)."""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ == "NOUN":
        return False
    tok = first_conjunct(tok)  # ("a government that has murdered ... and *bombed* the civilian population")
    if any(c.dep_ == "auxpass" for c in tok.children):
        return False
    if tok.dep_ == "relcl":
        perfect = tok.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ in ("has", "have") for a in tok.children)
        if tok.tag_ not in PRESENT_TAGS and not perfect:
            return False
    elif not (tok.dep_ == "acl" and tok.tag_ == "VBN" and event.type not in DONE_TO_TYPES
              and any(c.dep_ == "agent" for c in tok.children)):
        return False
    noun = tok.head
    if noun.pos_ not in ("NOUN", "PROPN") or not _indefinite(noun) or not _described(noun):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def _described(noun: Token) -> bool:
    """Is ``noun`` a predicate noun or an appositive, or the object of a preposition hung on one ("a visit *by a
    ruler*")?"""
    if noun.dep_ in DESCRIBED_DEPS:
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ in DESCRIBED_DEPS


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


# Verbs of protest that also complain in words (data/word_classes.tsv): with a "that" clause they report a complaint.
COMPLAINING_VERBS = word_class("complaining_verbs")


def verbal_protest(event: Event, doc: Doc) -> bool:
    """Is a PROTEST read from a verb of protest that has a clause of what was said ("many foreign firms *had protested
    that* the SEC was imposing an unfair burden")?  "Protest that ..." reports a complaint made in words (PLOVER ACCUSE,
    disapprove), not a demonstration, a strike or a boycott (PLOVER PROTEST).  Session 30, helper PREC (sample g)."""
    tok = span_head(event.trigger, doc)
    if event.type != "PROTEST" or tok is None or tok.pos_ != "VERB" or tok.lemma_.lower() not in COMPLAINING_VERBS:
        return False
    return any(c.dep_ == "ccomp" for c in tok.children)


# Nouns of advice and opinion (data/word_classes.tsv): what one offers in words, no cooperation.
ADVICE_NOUNS = word_class("advice_nouns")


def offered_advice(event: Event, doc: Doc) -> bool:
    """Is an AGREE read from "offer" whose thing offered is advice or an opinion ("the report *offers several
    recommendations*", "a *recommendation offered by* the OAS")?  PLOVER AGREE is an offer or promise to cooperate; an
    opinion put forward is a statement.  Session 30, helper PREC (sample g)."""
    tok = span_head(event.trigger, doc)
    if event.type != "AGREE" or tok is None or tok.pos_ != "VERB" or tok.lemma_.lower() != "offer":
        return False
    offered = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ in ("acl", "relcl"):
        offered.append(tok.head)  # ("a recommendation *offered by* the OAS")
    return any(t.lemma_.lower() in ADVICE_NOUNS or t.lower_ in ADVICE_NOUNS for t in offered)


def governed_noun_conjunct(event: Event, doc: Doc) -> bool:
    """Is the trigger an event noun coordinated after another noun that a verb of demand, aim or refusal governs
    ("demanded the dismissal of the governor *and the resignation* of the minister", "called for a ban on the group and
    *the arrest* of its leaders")?  Coordinated objects share their governor: the second act is asked for like the first,
    not reported done (the modality stage reads the first conjunct's governor only; sense_doubts.governed_conjunct does
    the same for coordinated verbs).  Session 31, helper PREC (samples X, h)."""
    from dateline.events.sense_doubts import NOT_DONE_STATUSES  # (sense_doubts imports this module)
    from dateline.events.status import modality

    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ != "NOUN" or tok.dep_ != "conj" or event.status != "factual":
        return False
    first = first_conjunct(tok)
    if first.i == tok.i or first.pos_ not in ("NOUN", "PROPN") or first.dep_ not in ("dobj", "pobj"):
        return False
    governed = modality(first)
    return any(c.startswith("control:") for c in governed.cues) and (
        governed.recode is not None or governed.status in NOT_DONE_STATUSES)


def actor_is_subject(event: Event, doc: Doc, verb: Token, deps: tuple[str, ...] = ("nsubj", "nsubjpass"),
                     every: bool = False) -> bool:
    """Is the event's actor (one of its parties; with ``every``, all of them) a subject of ``verb`` (a child of one of
    ``deps``, or a conjunct of one: "*police and soldiers* arrested ...")?"""
    subjects = {s.i for c in verb.children if c.dep_ in deps for s in (c, *c.conjuncts)}
    found = ((a := span_head(p, doc)) is not None and a.i in subjects for p in event.actor)
    return all(found) if every else any(found)


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
