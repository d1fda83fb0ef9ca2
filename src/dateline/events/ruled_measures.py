"""The measure a ruling rules on: "revoked the *decision on* his detention".

A noun of a ruling or an order (``data/ruled_measures.tsv``: decision, order, ruling, decree ...) names the measure it
decides through "on" or as its compound ("the *deportation* order").  A verb of annulling that takes the ruling as
its object acts on that measure: revoking "the decision on the house arrest" eases the arrest as revoking "the
house arrest" does (CAMEO 081 'Ease administrative sanctions', CAMEO2PLOVER CONCEDE; codebook CONCEDE 'easing
administrative or legal restrictions on persons').  The noun of an "of" phrase ("the order *of* expulsion") is
already read by ``lexicon.object_lemmas`` for every object; "on" is read only after these nouns, since after other
nouns it names a place or a target ("a tax on imports").
Session 34, helper PLV (plv even rows).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.tables import word_class

RULED_TABLE = "ruled_measures.tsv"
RULING_NOUNS = word_class("ruling_nouns", RULED_TABLE)


def ruled_measures(obj: Token) -> list[Token]:
    """The nouns ``obj`` rules on when it is a noun of a ruling: the noun of its "on" phrase ("the decision *on*
    pre-trial *detention*") and its compound ("the *deportation* order"; ``lexicon.object_lemmas`` leaves out the
    compounds of an event noun such as "order" for verb+object entries); else none."""
    if obj.lemma_.lower() not in RULING_NOUNS:
        return []
    return [c for c in obj.children if c.dep_ == "compound"] + [
        g for c in obj.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
