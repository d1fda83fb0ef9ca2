"""A message clause the parser hangs on its addressee: "Michael Howard has written *to Tony Blair
demanding* an explanation", "Iran wrote to the Security Council *accusing* Israel": the -ing clause says
what the message says, so the writer (the subject of the verb of sending or writing) does what it
says, and the addressee receives it - not the addressee acting ("Blair demanding").  spaCy's small
model often attaches the participle to the nearest noun, the addressee on "to".  Only verbs that
deliver a message (``message_verbs``: write, send, address, deliver, ...).  Used by
``roles.subject_of`` (the doer) and ``arguments._addressee`` (the recipient).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.tables import word_class

MESSAGE_VERBS = word_class("message_verbs")


def sending_verb_of_addressee(clause: Token) -> Token | None:
    """The verb of sending or writing whose addressee (object of "to") ``clause`` - an -ing clause - is
    hung on, or None."""
    if clause.dep_ != "acl" or clause.tag_ != "VBG":
        return None
    addressee = clause.head
    to = addressee.head
    if addressee.dep_ != "pobj" or to.lower_ != "to" or to.dep_ not in ("prep", "dative"):
        return None
    send = to.head
    if send.lemma_.lower() not in MESSAGE_VERBS or not (send.pos_ in ("VERB", "AUX") or send.tag_.startswith("VB")):
        return None
    return send
