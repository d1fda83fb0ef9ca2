"""Predicate nouns: "whether they were considered *suspects*", "they are *refugees* now".

A role noun that is the complement of a copular verb ("be", "remain", "become") or of a verb of judging in the
passive ("considered", "deemed": data/predicate_verbs.tsv) says what its subject is; it names no new party.  Only a
bare role noun (every unit an agent noun: no country, name or organisation, which still tell who the subject is) is
dropped.  Two constructions put a real party in that slot and are kept: the existential ("There were *soldiers* at
the gate": the subject is "there") and the cleft ("It was *the police* who fired": the subject is "it" and a relative
clause follows), and the specificational sentence, whose subject is a pronoun with a relative clause ("Those who
blocked the road were *soldiers*").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.actors.compose import Draft
from dateline.actors.kb import lemmas

PREDICATE_DEPS = ("attr", "oprd")
EMPTY_SUBJECTS = {"there", "it", "this", "that", "what", "which", "who"}  # existential, cleft and question subjects


def predicate_verbs() -> frozenset[str]:
    return lemmas("predicate_verbs.tsv")


def head_of(doc: Doc, draft: Draft) -> Token:
    """The draft's syntactic head: its token whose head lies outside it (the last one if none does)."""
    for tok in doc[draft.start:draft.end]:
        if not draft.start <= tok.head.i < draft.end or tok.head.i == tok.i:
            return tok
    return doc[draft.end - 1]


def _describes_its_subject(noun: Token) -> bool:
    verb = noun.head
    if noun.dep_ not in PREDICATE_DEPS or verb.lemma_.lower() not in predicate_verbs():
        return False
    if any(c.dep_ == "relcl" for c in noun.children):
        return False  # "It was the police who fired": a cleft names the doer
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subjects) and all(s.dep_ != "expl" and s.lower_ not in EMPTY_SUBJECTS and not _identified(s)
                                  for s in subjects)


def _identified(subject: Token) -> bool:
    """"Those who led the march were soldiers": a pronoun with a relative clause has no content of its own, so the
    predicate says who they are (a specificational sentence), and names the party."""
    return subject.pos_ == "PRON" and any(c.dep_ == "relcl" for c in subject.children)


def is_predicate_description(doc: Doc, draft: Draft) -> bool:
    """Is ``draft`` a bare role noun standing as the predicate of its subject ("they were considered suspects")?"""
    return all(u.kind == "agent" for u in draft.units) and _describes_its_subject(head_of(doc, draft))
