"""A shooting told without doer or victim in an article whose only harm is self-inflicted.  Session 34, helper PREC
(design sample a: "a 17-year-old shot himself in the hand ... she showed them the basement where *the shooting*
occurred").

Local crime copy names a self-inflicted wound once ("shot himself in the foot", "a self-inflicted wound") and then
refers back to it with a bare event noun ("police are looking into *the shooting*", "the shooting happened at noon").
That noun has no doer and no one hurt of its own, so the layer reads it as an act of violence by an unknown party
(PLOVER ASSAULT).  When the article's only harm is done by someone to himself - a verb of violence whose object is a
reflexive pronoun, or a wound called self-inflicted, and no verb of violence acting on anyone else (an object that is
not reflexive, or a passive subject: "killed his wife and then himself", "was shot") - the bare noun is that
self-harm: no force by a party on another, as agentless.mishap_violence says of "shot himself" itself.  A suicide
bomber's "blew himself up" is no verb of agentless_violence, and "killing himself and two others" acts on others.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.events.agentless import REFLEXIVES
from dateline.events.memo import LastOnly
from dateline.events.tables import agentless_words, in_class
from dateline.model import Event

# The verbs of violence whose object is the one harmed (data/agentless_words.tsv agentless_violence: shoot, stab, ...).
VIOLENCE_VERBS = agentless_words("agentless_violence")
# "self - inflicted": the word before a wound that makes it its bearer's own doing (agentless_words.tsv self_harm_words).
SELF_HARM_WORDS = agentless_words("self_harm_words")
INFLICTED = "inflicted"


def self_inflicted_shooting(event: Event, doc: Doc) -> bool:
    """Is the event an act of violence with no doer and no one acted on ("the basement where *the shooting*
    occurred") in an article whose only harm is self-inflicted (:func:`only_self_harm`)?"""
    if event.type != "ASSAULT" or event.actor or event.recipient:
        return False
    return _only_self_harm(doc)


def only_self_harm(doc: Doc) -> bool:
    """Does the article tell of harm done to oneself ("shot *himself*", "a *self-inflicted* wound") and of no verb of
    violence acting on another (an object that is no reflexive pronoun, or a passive subject)?"""
    self_harm = False
    for tok in doc:
        if _self_inflicted_word(tok):
            self_harm = True
        if tok.pos_ not in ("VERB", "AUX") or not in_class(tok, VIOLENCE_VERBS):
            continue
        for child in tok.children:
            if child.dep_ == "dobj" and child.lower_ in REFLEXIVES and not any(g.dep_ == "conj" for g in child.children):
                self_harm = True
            elif child.dep_ in ("dobj", "nsubjpass"):
                return False  # ("killed his wife and then himself", "a man was shot"): harm to another
    return self_harm


def _self_inflicted_word(tok: Token) -> bool:
    """Is ``tok`` the "self" of "self-inflicted" (tokenised "self", "-", "inflicted")?"""
    if not in_class(tok, SELF_HARM_WORDS):
        return False
    rest = [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 3]]
    return INFLICTED in rest


# (once per article: the layer asks for each of its events)
_only_self_harm: LastOnly = LastOnly(only_self_harm)
