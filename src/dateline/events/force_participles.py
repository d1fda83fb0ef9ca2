"""A party read as doing the force an -ing word names (session 35, helper PAIR): "two students were killed in
*police firing*", "three villagers died in *army shelling*".  The compound event noun ("police firing" = firing by
the police) is parsed as a noun described by a participle ("police [who were] firing"); in either reading the
police fire, so they did the harm the agentless passive reports (noun_roles.doer_of_passive_setting).  Only a
participle right after its noun, of a verb of shooting (frame_roles.tsv firing_verbs: "fire" is a dismissal to the
verb lexicon) or one the verb lexicon reads as an assault.  Parsed the other way - the -ing word as the noun with a
compound before it - the compound is the doer when it names a force of order (frame_roles.tsv order_forces: "army
shelling"); a name before it ("Israeli shelling") is the lexicon's noun modifier already."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.frame_roles import FIRING_VERBS, ORDER_FORCES
from dateline.events.lexicon import event_noun_word, verb_reads_as
from dateline.events.tables import in_class


def force_user(prep: Token) -> Token | None:
    """The party using the force named by the object of the preposition ``prep`` ("in *police firing*"), or None."""
    word = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    return party_using_force(word) if word is not None else None


def party_using_force(word: Token) -> Token | None:
    """The party that uses the force of a compound "<party> <-ing>" whose either word is ``word`` - the noun an -ing
    participle of force follows and describes ("*police* firing"), or the order force compounded with an -ing word
    of force (the "police" of "police *firing*") - else None."""
    if word.tag_ == "VBG" and _force(word):
        return next((c for c in word.children if c.dep_ == "compound" and c.i == word.i - 1
                     and in_class(c, ORDER_FORCES)), None)
    if word.pos_ not in ("NOUN", "PROPN") or event_noun_word(word):
        return None  # (a deed described by a participle is no party: "injured in *a bombing targeting* a vehicle")
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is None or after.head.i != word.i or after.dep_ != "acl" or after.tag_ != "VBG":
        return None
    return word if _force(after) else None


def _force(verb: Token) -> bool:
    """Is ``verb`` a verb of shooting or one the verb lexicon reads as an assault?"""
    return in_class(verb, FIRING_VERBS) or verb_reads_as(verb.lemma_.lower(), "ASSAULT")
