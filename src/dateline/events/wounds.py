"""Violence told by the wound it left: "the victim suffered a *gunshot wound* to the leg", "a man died of *stab wounds*".

Crime and conflict copy often reports a shooting or a stabbing only through its victim's wound, with no doer and no
verb of violence: "X is in critical condition from a gunshot wound", "was taken to hospital with a bullet wound",
"police found a man with multiple gunshot wounds".  A gunshot, bullet, stab or knife wound (lexicon phrases
``assault.gunshot_wound`` and ``assault.stab_wound``: codebook ASSAULT firearms and primitive; CAMEO 18/19) says that
its bearer was shot or stabbed, so the event is coded as ``agentless.py`` codes "was shot": no doer named, the bearer
as recipient.  The bearer is the party the wound is attached to ("a man *with* wounds") or, in its clause, the passive
subject, the object ("found *a man* with ...") or the subject ("*the victim* suffered ...", "*a man* died of ...").
Not a wound said to be self-inflicted or accidental (data ``mishap_words`` and ``self_harm_words``), nor one a doer
named in a joined clause gave (agentless.py's test).  Session 13 (helper RECALL), from the design recall sample
``dev_b``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.events import roles
from dateline.events.tables import agentless_words, in_class

WOUND_ENTRIES = {"assault.gunshot_wound", "assault.stab_wound"}
BEARER_DEPS = ("nsubjpass", "dobj", "nsubj")
BEARER_PREPS = {"with", "of", "from", "for"}  # "taken to hospital *with*", "died *of*", "in critical condition *from*",
# "treated *for*"  # in this order: "found *a man* with wounds" - the object, not the police




def drop_doer(cand) -> None:
    """A wound has a bearer, never a doer: the argument rules' actor of a wound phrase ("*deputies* found the victim
    with a gunshot wound", "*the infant* was the victim of a gunshot wound") is dropped, so that :func:`victims` codes
    it with no doer named."""
    if cand.hits and all(h.entry.id in WOUND_ENTRIES for h in cand.hits):
        cand.actor, cand.recipient = [], []


def victims(cand, tok: Token, receives: Callable[[roles.Arg], bool],
            doer_elsewhere: Callable[[Token, list], bool]) -> list[roles.Arg]:
    """The bearer of the violent wound ``tok`` names, as the recipient of an ASSAULT with no doer, or []."""
    if not any(h.entry.id in WOUND_ENTRIES for h in cand.hits):
        return []
    modifiers = [w for w in tok.subtree if w.i < tok.i]
    if any(in_class(w, agentless_words("mishap_words")) or in_class(w, agentless_words("self_harm_words"))
           for w in modifiers):
        return []  # "a self-inflicted gunshot wound", "an accidental gunshot wound"
    bearer = _bearer(tok)
    if bearer is None:
        return []
    verb = bearer.head if bearer.head.pos_ in ("VERB", "AUX") else None
    found = [a for a in roles.participants(bearer, ("wound_bearer",)) if receives(a)]
    if verb is not None and doer_elsewhere(verb, found):
        return []
    return found


def _bearer(tok: Token) -> Token | None:
    """The word for whoever has the wound ``tok``: the subject of a verb of having or suffering it (data
    ``wound_bearing_verbs``), the party "with" hangs on, else the passive subject, object or subject of the clause the
    wound's preposition is in ("with", "of", "from", "for"; never the wound itself)."""
    if tok.dep_ == "dobj":  # "*the victim* suffered a gunshot wound" (not "the doctor treated gunshot wounds")
        if not in_class(tok.head, agentless_words("wound_bearing_verbs")):
            return None
        return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if tok.dep_ != "pobj" or tok.head.lower_ not in BEARER_PREPS:
        return None
    head = tok
    for _ in range(6):
        if head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.pos_ in ("NOUN", "PROPN", "PRON") \
                and (roles.is_party(head.head.head) or head.head.head.pos_ == "PRON"
                     or in_class(head.head.head, agentless_words("victim_people"))):
            return head.head.head  # "a man *with* gunshot wounds"
        if head.head.i == head.i:
            break
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            for dep in BEARER_DEPS:
                found = next((c for c in head.children if c.dep_ == dep and c.i != tok.i
                              and not any(a.i == c.i for a in tok.ancestors)), None)
                if found is not None:
                    return found
            return None
    return None
