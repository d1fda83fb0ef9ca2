"""Who an act of force named as the setting of a death or a wound was done to (session 35, helper PAIR2): "three
protesters *died in police firing*", "ten people died in an Israeli *air strike*", "four soldiers were killed
during a rebel *ambush*".  The act is coded at its noun (or at the -ing word of "police firing"), which names the doer
but no target; those who died or were hurt in it are the ones it was done to, as the subject of "suffered casualties
in an ambush" is (noun_roles.harm_sufferer).  Only for the subject of a verb of dying (agentless_words dying_verbs:
die, perish, succumb) or the passive subject of a verb the lexicon reads as an assault (killed, wounded), with the
act on "in" or "during"; only when the act names no target of its own ("an air strike *on Gaza*" keeps Gaza)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.custody_abuse import DYING_VERBS
from dateline.events.frame_roles import ORDER_FORCES
from dateline.events.lexicon import verb_reads_as
from dateline.events.parties import Arg, participants
from dateline.events.roles import PASSIVE_SUBJECT_DEPS, subject_of
from dateline.events.tables import in_class

SETTING_PREPS = ("in", "during")


def dead_in_force(act: Token) -> list[Arg]:
    """The subject of the verb of dying or of being harmed whose "in"/"during" adjunct is the act ``act`` - a noun,
    or the -ing word the parser hangs on the noun before it ("police *firing*") - else nobody."""
    word = act.head if act.dep_ == "acl" and act.i == act.head.i + 1 else misread_force_user(act) or act
    # ("police [who were] firing"; "died in police, firing ...": the -ing word read as a clause of "died")
    if any(c.dep_ == "dobj" for c in act.children):
        return []  # (a verb with an object of its own: "were killed *in attacking the post*" - they attacked)
    prep = word.head
    if word.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS:
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    if in_class(verb, DYING_VERBS):  # ("protesters *who* died in ...": subject_of takes the relative's antecedent)
        return [Arg(a.head, a.start, a.end, a.flags + ["dead_in_force"]) for a in subject_of(verb)]
    if not verb_reads_as(verb.lemma_.lower(), "ASSAULT"):
        return []
    subject = next((c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
    if subject is None or subject.pos_ == "PRON":
        return []
    return participants(subject, ("dead_in_force",))


def misread_force_user(act: Token) -> Token | None:
    """The force of order whose -ing word of force the parser split off as an adverbial clause of the verb before
    ("died in [police] [firing on Tuesday]", "died in [army] [shelling ...]"): the noun right before the -ing word,
    object of "in" or "during" of the same verb, is the compound's first word and the one who used the force."""
    if act.dep_ != "advcl" or act.tag_ != "VBG" or act.i == 0:
        return None
    noun = act.doc[act.i - 1]
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in SETTING_PREPS or prep.head.i != act.head.i \
            or not in_class(noun, ORDER_FORCES):
        return None
    return noun
