"""Force between coordinated subjects: "Police and protesters *clashed* in central Cairo", "Hezbollah and
Israel *exchanged fire* across the border", "the two armies *skirmished*".

A verb of a fight between two sides (the verbs of ``combat_settings``: clash, battle, fight, skirmish;
and exchanging or trading fire) whose subject coordinates the sides says that each acts on the other.
PLOVER codes a dyad, so the first side acts on the others - the convention the coder already follows
for "clashes *between* X and Y" (``arguments.find_arguments``, ``doerless_nouns.sides``) and for joint
cooperative events (``extract``).  Only when no third party receives: "X and Y clashed *with* Z" keeps
Z.  A place the fight is in is its setting, not a side ("*in* central Cairo", "*across* the border").
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from dateline.events import roles
from dateline.events.tables import word_class

MUTUAL_VERBS = word_class("combat_settings")  # (the verbs of these nouns: clash, battle, fight, skirmish)
FIRE_TRADING_VERBS = {"exchange", "trade"}  # + fire/gunfire/shots (the assault.fire_back entry), not "return"
# What the sides fight or fire, no side: "fought *a war*", "exchanged *fire*", "fought *a fierce battle*"
COGNATE_OBJECTS = MUTUAL_VERBS | {"war", "fire", "gunfire", "shot", "blow"}
SIDE_FLAGS = {"object", "prep:with", "prep:against", "prep:on", "dative"}  # a third party the sides act on


def mutual(verb: Token, entry_ids: Collection[str]) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in MUTUAL_VERBS or (lemma in FIRE_TRADING_VERBS and "assault.fire_back" in entry_ids)


def sides_of_mutual_force(verb: Token, entry_ids: Collection[str], actor: list[roles.Arg],
                          recipient: list[roles.Arg]) -> tuple[list[roles.Arg], list[roles.Arg]] | None:
    """(actor, recipient) as the dyad of the coordinated sides, or None when the rule does not apply."""
    if len(actor) < 2 or not mutual(verb, entry_ids) or roles.passive(verb):
        return None
    doc = verb.doc
    if any(set(a.flags) & SIDE_FLAGS and doc[a.head].lemma_.lower() not in COGNATE_OBJECTS for a in recipient):
        return None  # a third party: "clashed *with* protesters"
    if any(c.dep_ == "dobj" and c.lemma_.lower() not in COGNATE_OBJECTS for c in verb.children):
        return None  # ("fought *the rebels*": one side acts on another named as the object)
    return actor[:1], [roles.Arg(a.head, a.start, a.end, a.flags + ["mutual"]) for a in actor[1:]]
