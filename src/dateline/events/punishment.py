"""A vow to punish a party is a threat: "vowed to *punish* those responsible", "swore to punish whoever killed his
son", "pledged to punish the rebels".  Punishment is harm done in return for a deed, like retaliation, but aimed at
people; aimed at a practice ("pledged to punish corruption", "promised to punish tax evasion") it is a promise of
policy (CAMEO 0342 'Express intent to change policy', PLOVER AGREE), as "vowed to attack the deficit" is
(status._force_in_context).  The status stage reads it under a verb of promising (modality.tsv control_harm).
Session 33, helper STATUS (session 32's helper VOW left "vowed to punish those responsible" AGREE: "punish" is in no
lexicon entry, so no reading of it was harm).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.parties import is_party, party_word
from dateline.events.tables import word_class

PUNISHMENT_VERBS = word_class("punishment_verbs", "status_words.tsv")
# The subject of a free relative as the one punished: "punish *whoever* killed his son".
FREE_RELATIVES = {"whoever", "whomever", "who"}


def punishes_a_party(tok: Token) -> bool:
    """Is the word a verb of punishing ("punish", data/status_words.tsv punishment_verbs) whose object is a party
    - a name, a determined noun of people, a pronoun ("those responsible", "anyone who ...") - or a free relative
    ("whoever killed his son")?"""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in PUNISHMENT_VERBS:
        return False
    objects = [o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if any(is_party(o) or party_word(o) for o in objects):
        return True
    return any(c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in FREE_RELATIVES
                                         for s in c.children) for c in tok.children)
