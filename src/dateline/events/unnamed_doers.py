"""Events whose doer or whose party acted on is unnamed: what stays in the empty slot.  Session 33, helper DOER.

- **A slot a rule decided stays empty.**  Some rules read both roles off the structure of the sentence and may find
  that one of them is not named: "the director was gunned down in Escuintla *on the orders of* imprisoned gang
  leaders" - the leaders ordered, and the one ordered (the gunman) is not named (behest_adjuncts.py).  The fallbacks
  that fill an empty recipient with whatever party or place the clause names ("named in clause", "inside", the
  place as recipient) stand in for a recipient no rule found; after a rule that decided the roles they would put a
  place where the rule found no one (Escuintla as the one ordered).  Such a rule marks its participants with one of
  ``DECIDING_FLAGS``; stand-in recipients beside them are dropped.
- **A verb of dying names no doer.**  "An opposition politician *dies* in jail after torture": the subject of
  "die", "perish", "succumb" (agentless_words.tsv ``dying_verbs``) underwent what happened.  A verb the lexicon
  does not know is typed by the model alone and kept only when it joins two named parties with its subject as
  doer (extract._joins_no_named_pair); a verb of dying joins none, whatever the model reads into it (it read
  ASSAULT with the victim as its doer).
- **Abuse in custody** with no doer named is the facility's that holds the victim (custody_abuse.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.agentless import STAND_IN_FLAGS
from dateline.events.custody_abuse import DYING_VERBS, FLAG as CUSTODY_FLAG, died_in_custody

# flags of participants put in by a rule that decided who acts and who is acted on (behest_adjuncts: the one who
# ordered and the one ordered, who may be unnamed)
DECIDING_FLAGS = {"behest_author", "behest_asked"}


def roles_decided(cand) -> bool:
    """Were the candidate's roles set by a rule that decides both of them?"""
    return any(set(a.flags) & DECIDING_FLAGS for a in cand.actor + cand.recipient)


def drop_stand_ins_beside_decided_roles(cand) -> None:
    """Drop the stand-in recipients (a party or place the clause names, put in for want of one) of a candidate
    whose roles a rule decided: the rule found no one acted on, and the clause's place is not that one."""
    if roles_decided(cand):
        cand.recipient = [r for r in cand.recipient if not set(r.flags) & STAND_IN_FLAGS]


def verb_of_dying(tok: Token) -> bool:
    """Is ``tok`` a verb of dying ("dies", "perished", "succumbed"), whose subject undergoes and does nothing?"""
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in DYING_VERBS


def settle_unnamed_slots(cand, doc) -> None:
    """What the empty slots of a candidate hold once the argument rules have run (extract.code_sentence)."""
    drop_stand_ins_beside_decided_roles(cand)
    if not cand.actor and any(h.entry.type == "ASSAULT" for h in cand.hits):
        if held := died_in_custody(doc[cand.token]):
            cand.actor, cand.recipient = held  # ("X died in prison after torture": custody_abuse.py)
