"""Clauses that report no act done: an ability, an obligation, a time still to come, "never before", a negation hung
on an auxiliary.

The modality stage (:mod:`dateline.events.status`) reads the trigger's own auxiliaries and its governing
verbs of aim and attempt; these are the forms it leaves factual, which the relevance layer doubts
(``relevance:unreal``): "the US, which *can veto* any plan", "it *would have to be ratified*", "*till* the
court *gives* a verdict", "have *never before* overturned".  Each check takes the trigger's head token.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.parties import to_infinitive

# A modal of ability the modality stage leaves factual ("can", "ca" of "can't" is negated already).
ABILITY_MODALS = {"can"}
GOVERNOR_MODALS = {"could", "may", "might"}  # on a verb governing the trigger through an infinitive
# Verbs of obligation ("would *have* to be ratified", "*needs* to approve"): what they govern is required, not done.
OBLIGATION_VERBS = {"have", "need", "ought"}
REQUIRING_VERBS = {"need", "require"}  # "legislation *needs the approval* of parliament"
# Subordinators of a time still to come: a present-tense clause under them reports nothing done yet.
PENDING_MARKS = {"until", "till", "before", "once"}
# Subordinators of a time that is still to come only under a main clause in the future ("*will discover* on Wednesday
# whether ... *when* the supreme court *delivers* its verdict"); under a present or past one they tell a habit or a
# past time ("when police arrive, they arrest ...").
FUTURE_TIME_MARKS = {"when", "after"}
FUTURE_MODALS = {"will", "shall", "'ll"}


def not_done(tok: Token | None) -> bool:
    """Is the trigger at ``tok`` an ability, an obligation, a pending time, a "never before" or a negation on its
    auxiliary - no act done?"""
    return tok is not None and (_can(tok) or obliged(tok) or _never(tok) or _pending(tok) or _negated_auxiliary(tok)
                                or _proviso(tok) or _recommended(tok))


# Adverbs that make a passive a recommendation: "aspects ... were *best probed* by the judiciary", "the dispute is
# *better left* to the courts".
RECOMMENDING_ADVERBS = {"best", "better"}


def _recommended(tok: Token) -> bool:
    """Is the trigger a passive participle under "best" or "better" - what ought to be done by whom, not an act done
    ("aspects like the bjp's support ... were *best probed by the judiciary*": session 50, blind sample 3)?"""
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) \
        and any(c.dep_ == "advmod" and c.lower_ in RECOMMENDING_ADVERBS and c.i < tok.i for c in tok.children)


# The participles that open a condition as "if" does ("*providing* it is ratified", "*provided* that they withdraw").
PROVISO_WORDS = {"providing", "provided"}


def _proviso(tok: Token) -> bool:
    """Is the trigger the verb of a condition opened by "providing" or "provided" ("due to come into force in November
    2006, *providing it is ratified* by all member states")?  What the condition needs is not done yet (session 49, a
    probe of unjudged news)."""
    gov = tok.head
    return tok.dep_ == "ccomp" and gov.lower_ in PROVISO_WORDS and gov.dep_ == "advcl" and gov.i < tok.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in gov.children)


def _can(tok: Token | None) -> bool:
    """Does "can" govern the trigger (or the verb whose object it is) - an ability, not an act ("the US,
    which *can veto* any plan", "officers *can now use* force to detain suspects") - or "could", "may" or
    "might" a verb governing it through an infinitive ("rebels *may be looking to expand*")?"""
    modals = ABILITY_MODALS
    for _ in range(3):
        if tok is None:
            return False
        if any(c.dep_ == "aux" and c.lower_ in modals for c in tok.children):
            return True
        if tok.dep_ not in ("xcomp", "dobj", "pobj", "prep", "advcl") or tok.head.i == tok.i:
            return False
        # a modal of possibility on a governing verb the status stage does not read ("former rebels *may be looking
        # to expand* their presence", "*could decide to* strike"; not "would": a reported promise is AGREE)
        modals = ABILITY_MODALS | GOVERNOR_MODALS if tok.dep_ == "xcomp" else ABILITY_MODALS
        tok = tok.head
    return False


def obliged(tok: Token | None) -> bool:
    """Is the trigger what someone would have, needs or ought to do - an obligation stated with a modal or in
    the present ("it *would have to be ratified*", "Iran *has to accept* inspections", "legislation *needs the
    approval* of parliament"), not done?  (A past obligation mostly was met: "troops *had to withdraw*".)"""
    if tok is not None and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in REQUIRING_VERBS:
        gov = tok.head
        return gov.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in gov.children)
    for _ in range(3):
        if tok is None or tok.dep_ != "xcomp" or tok.head.i == tok.i or not to_infinitive(tok):
            return False
        gov = tok.head
        if gov.pos_ == "ADJ" and gov.dep_ == "acomp" and gov.head.i != gov.i:
            gov = gov.head  # "the opposition *has to be willing to participate*": the adjective's verb (session 49)
        if gov.lemma_.lower() in OBLIGATION_VERBS:
            return gov.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in gov.children)
        tok = gov
    return False


def not_yet(tok: Token | None) -> bool:
    """Is the trigger what someone "has yet to" or "is yet to" do ("the lawyer said he *had yet to examine* the
    decision", "the cabinet *is yet to approve* the plan")?  "Yet" says it has not been done, in any tense (unlike a
    bare past obligation, :func:`obliged`)."""
    if tok is None or tok.dep_ != "xcomp" or not to_infinitive(tok) or tok.head.i == tok.i:
        return False
    gov = tok.head
    return gov.lemma_.lower() in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in gov.children)


def _pending(tok: Token | None) -> bool:
    """Is the trigger (or the verb whose object it is) in a present-tense clause of a time still to come ("*till*
    the court *gives* a final verdict", "*before* it *becomes* law", "*once* the troops *leave*", and "*when*" or
    "*after*" under a main verb with "will": "will discover ... *when* the court *delivers* its verdict")?"""
    if tok is not None and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    if tok is not None and tok.dep_ == "xcomp" and tok.head.i != tok.i:
        tok = tok.head  # "will release the engineers *when* Colombia *decides to nationalize*" (session 49, a probe)
    if tok is None or tok.dep_ != "advcl" or tok.tag_ not in ("VBZ", "VBP"):
        return False
    marks = {c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod")}
    if marks & PENDING_MARKS:
        return True
    # "when the supreme court *delivers* its verdict" under "will discover", also through the clauses the parser hangs it
    # on in between ("will learn whether he is to be deported *when* the court *rejects* ..."; session 48, sample 1)
    if not marks & FUTURE_TIME_MARKS:
        return False
    main = tok.head
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in main.children):
            return True
        if main.dep_ not in ("xcomp", "ccomp", "advcl") or main.head.i == main.i:
            return False
        main = main.head
    return False


def _never(tok: Token | None) -> bool:
    """Is the trigger modified by "never" inside an adverb the status stage does not read ("have *never before*
    overturned", "has *never once* attacked")?"""
    return tok is not None and any(c.dep_ == "advmod" and any(g.dep_ == "neg" and g.lower_ == "never" for g in c.children)
                                   for c in tok.children)


def _negated_auxiliary(tok: Token | None) -> bool:
    """Is "not" (or "never") hung on an auxiliary of the trigger rather than on the trigger ("they *will not be* solely
    *funding* development", "the talks *had not been* held": the parser makes the negation a child of "be" or "have")?
    The status stage reads the trigger's own negation; one level down it is the same clause's.  Session 28, helper PREC
    (sample a)."""
    return tok is not None and tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in c.children) for c in tok.children)
