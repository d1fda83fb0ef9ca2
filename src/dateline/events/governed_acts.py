"""Clause doubts of acts that a governing word keeps from being done (read by events/relevance.py): a modal on the verb
an infinitive or a participle hangs on ("*will be forced to* ..."), an inability ("*unable to* question him"), an act
permitted, ordered, invited or imposed by a sentence ("*allowed to* leave", "*sentenced* ... *to pay*"), a strike voted
for, an attempt in the present, an obligation ("*must agree to*"), a modal shared with a coordinated verb, the
consequent of a condition ("*if* ..., troops *would* leave"), an act "without" which something happened and a noun
coordinated under a governing verb, and an act offered.  The governing word is the event; the act it governs is not
done.  Each reads the parse of the event's sentence only.  Moved from clause_doubts.py (session 33, helper SPLIT)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from dateline.events.clause_parts import (
    DEMAND_MODALS, FUTURE_MODALS, PRESENT_TAGS, _future_modal, _up_to_clause, first_conjunct, has_condition, span_head,
)
from dateline.events.parties import to_infinitive
from dateline.events.tables import read_table, word_class
from dateline.model import Event


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
TIME_CLAUSE_MARKS = {"before", "after", "until", "till", "once"}
# "When" places a clause of the present only: "*when* he visits" is still to come under "will", but "last year *when* Mr
# Blair visited" and "in 1979 *when* the Soviet Union invaded" are past times the main clause looks back to.
PRESENT_TIME_MARKS = {"when", "whenever"}


def _time_gerund(tok: Token) -> bool:
    """Is ``tok`` a gerund after a preposition of time hung on a verb ("will see the orphanage *before chairing* a
    meeting")?  Its act is placed in time by the verb's: under "will" it is still to come as well."""
    prep = tok.head
    return (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and prep.dep_ == "prep" and prep.lower_ in TIME_ADJUNCT_PREPOSITIONS
            and prep.head.i != prep.i and prep.head.pos_ in ("VERB", "AUX"))


def _time_clause(tok: Token) -> bool:
    """Is ``tok`` the verb of a clause of time ("before", "after", "until", "once", "when") hung on a verb ("his
    extradition *would* only be carried out *after he completed* his prison sentence")?  Its act is placed by the main
    verb's time: under "will" or "would" it is still to come too (session 32, helper PREC, sample i).  So is a present
    clause of "when", which the parser hangs as an adverb of the clause's verb, not its marker ("would discuss the issue
    with Obama *when he visits* the gulf Aug. 29"; session 55, a probe of unjudged news)."""
    marks = TIME_CLAUSE_MARKS | PRESENT_TIME_MARKS if tok.tag_ in ("VBZ", "VBP") else TIME_CLAUSE_MARKS
    return (tok.dep_ == "advcl" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in marks and c.i < tok.i for c in tok.children))


def _participle_adjunct(tok: Token) -> bool:
    """Is ``tok`` a present participle clause with no subject and no conjunction of its own, hung on a verb ("aisad may
    bring a resolution, *condemning* the bill")?  It tells more of its verb's act and shares that verb's modality
    (session 22, helper PREC)."""
    return (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children))


# Adjectives of not being able (data/word_classes.tsv): "*unable* to question him".
INABILITY_WORDS = word_class("inability_words")


def inability(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb whose object it is) the infinitive of an adjective of not being able ("police have
    been *unable to question* him", "*powerless to stop* the attacks")?  The act was not done."""
    return infinitive_of_adjective(event, doc, INABILITY_WORDS)


def infinitive_of_adjective(event: Event, doc: Doc, adjectives: frozenset[str]) -> bool:
    """Is the trigger (or the verb whose object it is) the to-infinitive of one of ``adjectives`` ("*unable to
    question* him", "*reluctant to commit* troops")?  Shared by :func:`inability` and undone_acts.unwilling."""
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


OFFERING_VERBS = word_class("offering_verbs")
MADE_IN_OFFERING = word_class("made_in_offering")


def offered_act(event: Event, doc: Doc) -> bool:
    """Is the trigger an event noun offered ("Georgia *is offering* a one-off 'tax *amnesty*' to people", "the
    government *offered talks*")?  The offer is the event, coded at the verb (PLOVER AGREE); the act offered is put on
    the table, not done - unless offering it does it ("offered an *apology*", made_in_offering).  The offer itself is
    left alone (an AGREE), as is a noun on a preposition of the verb's object ("offered help *in the search*").
    Session 50, blind sample 3."""
    tok = span_head(event.trigger, doc)
    if event.type == "AGREE" or tok is None or tok.pos_ != "NOUN" or tok.lemma_.lower() in MADE_IN_OFFERING:
        return False
    tok = first_conjunct(tok)
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in OFFERING_VERBS


@lru_cache(maxsize=1)
def _sentencing_verbs() -> frozenset[str]:
    """Verbs of sentencing, whose "to"-infinitive is what the sentence imposes ("was *sentenced* ... *to pay*
    restitution": data/layer_doubts.tsv, sentenced; session 23, helper PREC)."""
    return frozenset(w.strip() for r in read_table("layer_doubts.tsv") if r["doubt"].strip() == "sentenced"
                     for w in r["lemmas"].split(",") if w.strip())


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


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause ``tok`` stands in: a noun's governing verb (through a preposition: "the first deal *in*
    ..."), the first of coordinated verbs."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in CLAUSE_NOUN_LINKS:
        tok = tok.head
        if tok.dep_ == "prep" and tok.head.i != tok.i:
            tok = tok.head
    return first_conjunct(tok)


# Verbs of trying (data/word_classes.tsv): in the present their infinitive is an act not achieved yet.
ATTEMPTING_VERBS = word_class("attempting_verbs")


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


def governed_noun_conjunct(event: Event, doc: Doc) -> bool:
    """Is the trigger an event noun coordinated after another noun that a verb of demand, aim or refusal governs
    ("demanded the dismissal of the governor *and the resignation* of the minister", "called for a ban on the group and
    *the arrest* of its leaders")?  Coordinated objects share their governor: the second act is asked for like the first,
    not reported done (the modality stage reads the first conjunct's governor only; undone_acts.governed_conjunct does
    the same for coordinated verbs).  Session 31, helper PREC (samples X, h)."""
    from dateline.events.undone_acts import NOT_DONE_STATUSES  # (undone_acts imports this module)
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
