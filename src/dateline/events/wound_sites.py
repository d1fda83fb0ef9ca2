"""A wound's site names the one hurt: "a 19-year-old woman *shot in the leg*", "two men *stabbed in the chest*".

In a list of victims ("They are a man who was shot in his arm; a woman shot in the leg; and a boy, 12") the parser
often reads a reduced relative clause as the sentence's verb: "woman" the subject of an active "shot".  A verb of
violence that has no object of its own and places the harm on a part of the body with "in" ("in the leg", "in his
chest") says where its subject was hurt - one shoots *someone* in the leg, and with that someone missing the noun
before the verb is the one shot.  The subject is then the one acted on and no doer is named (a "by" phrase, if any,
names it, as for any passive).  Not "fired *in the air*" (no part of the body), not "shot a man in the leg" (its
object is the one hurt), not a verb with an auxiliary ("the guard has shot ..."), a negation or a subject pronoun
("he shot in the head" is no English; "who" is the relative clause's own business).  Session 33, helper PAIR."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.tables import agentless_words, word_class

BODY_PARTS = word_class("body_parts", "partner_nouns.tsv")
VIOLENCE_VERBS = agentless_words("agentless_violence") | agentless_words("harm_verbs")
MARKS_OF_A_CLAUSE = ("aux", "auxpass", "neg", "nsubjpass")
# (a complement counts only after the verb: the parser hangs the list's opening "They are ..." on it as a ccomp)
OBJECT_DEPS = ("dobj", "dative", "ccomp", "xcomp", "oprd", "attr", "acomp")


def hurt_at_body_part(verb: Token) -> bool:
    """Does ``verb`` place a harm on a part of the body ("shot *in the leg*", "stabbed *in his chest*")?"""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in BODY_PARTS for o in c.children) for c in verb.children)


def wounded_subject(verb: Token) -> Token | None:
    """The noun before a bare past form of violence read as its subject when the form is a reduced relative telling
    where that noun was hurt ("a woman *shot* in the leg"); None for a verb read right."""
    if verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in VIOLENCE_VERBS \
            or any(c.dep_ in MARKS_OF_A_CLAUSE or c.dep_ in OBJECT_DEPS and c.i > verb.i for c in verb.children) \
            or not hurt_at_body_part(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")), None)
