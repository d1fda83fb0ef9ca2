"""Whom a conditional refusal is aimed at: the party its until/unless/if clause is put to ("will not end the
strike *until the government* provides ...", "unless *the EU* provided more support", "before *the OzenMunaiGaz
management* is sacked").  Used by :func:`dateline.events.extract.code_sentence` for refusals and threats that
found no named recipient.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.parties import Arg, participants, prep_object, named_np, own_forces

CONDITION_MARKS = {"until", "unless", "if"}
# A refusal "before" something happens is a condition too ("will not end the strike *before* the management is
# sacked"), but only under a negation: "threatened to strike before the vote" names a time.
NEGATED_CONDITION_MARKS = {"before", "till"}


def _condition_clauses(t: Token) -> list[Token]:
    """The until/unless/if clauses on ``t`` (also "before", when ``t`` is negated), each with the clauses
    coordinated with it ("before a new pay system is reviewed *and* the management is sacked")."""
    negated = any(c.dep_ == "neg" for c in t.children)
    marks = CONDITION_MARKS | (NEGATED_CONDITION_MARKS if negated else set())
    out = []
    for clause in t.children:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
            out += [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                              and not any(m.dep_ == "mark" for m in c.children))]
            out += [c for c in t.children if c.dep_ == "conj" and c.i > clause.i and _continues_condition(t, c)]
    return out


FUTURE_AUX = {"will", "would", "'ll"}


def _continues_condition(t: Token, conj: Token) -> bool:
    """"will not end the strike before a new pay system is reviewed *and the management is sacked*": the parser
    hangs the second clause of a condition on the refusing verb.  A clause in the present tense with a subject
    of its own cannot continue a refusal in the future (an English condition takes the present for the
    future), so it is the condition's."""
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children):
        return False
    if any(c.dep_ == "mark" or c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"must", "should", "can", "could",
                                                                            "may", "might", "shall"}
           for c in conj.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return False
    finite = [conj] if conj.tag_ in ("VBZ", "VBP") else [c for c in conj.children if c.dep_ in ("aux", "auxpass")
                                                         and c.tag_ in ("VBZ", "VBP")]
    return bool(finite)


def party_of_condition(trigger: Token) -> list[Arg]:
    """The party a condition on ``trigger`` (or on the verb governing it) is put to: the agent or
    subject of its until/unless/if clause ("until *the government* provides", "until their demands
    are met by *the company*", "unless *the EU* provided more support"), or the named party the
    condition would have acted on ("before *the OzenMunaiGaz management* is sacked")."""
    for t in (trigger, trigger.head):
        for clause in _condition_clauses(t):
            agent = next((prep_object(c) for c in clause.children if c.dep_ == "agent"), None)
            if agent is not None:
                return participants(agent, ("condition",))
            for dep in ("nsubj", "dobj"):  # (a passive misparsed: "are met the company")
                for c in clause.children:
                    if c.dep_ == dep and c.pos_ != "PRON" and not own_forces(c) \
                            and (dep == "nsubj" or any(x.dep_ == "nsubjpass" for x in clause.children)):
                        return participants(c, ("condition",))
        for clause in _condition_clauses(t):
            # an agentless passive: the party it is done to, when named (not "until *their demands* are met":
            # a thing, nor the refuser's own people)
            for c in clause.children:
                if c.dep_ == "nsubjpass" and c.pos_ != "PRON" and not own_forces(c) and (named_np(c) or any(
                        g.pos_ == "PROPN" and g.dep_ in ("compound", "poss") for g in c.children)):
                    return participants(c, ("condition", "condition_patient"))
        for clause in _condition_clauses(t):
            if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in clause.children):
                # "until *he* is satisfied *Vietnam* is doing all it can": the condition is the
                # refuser's own judgement; the party judged is the subject of what it judges
                judged = [*clause.children, *(g for c in clause.children if c.dep_ in ("acomp", "attr")
                                              for g in c.children)]  # ("is *satisfied* X is doing")
                for inner in judged:
                    subj = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                        if inner.dep_ == "ccomp" else None
                    if subj is not None and subj.pos_ != "PRON" and named_np(subj):
                        return participants(subj, ("condition",))
    return []
