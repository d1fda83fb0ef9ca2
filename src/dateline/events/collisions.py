"""A road or rail collision told with a verb of force.  Session 59 (blind sample γ: a driver "was driving a pickup truck
erratically ... and *struck* a group of motorcycles, *killing* seven riders and *injuring* three more").

"Struck", "hit", "slammed into" are verbs of force (PLOVER ASSAULT), and so are the harm participles that hang from
them.  When what is struck is a vehicle and the one who strikes is a vehicle or someone driving one, the clause tells of
a crash: an accident, no deliberate force by a party on another (PLOVER ASSAULT and CAMEO 18 'Assault' are deliberate).
A ramming attack tells it otherwise - people or a crowd are struck ("drove a truck *into the crowd*", "the car hit
*pedestrians*"), or "ram" is the verb - and stays violence; so does a bomb or a bomber striking a convoy (no vehicle
drives into another).  The words are data/word_classes.tsv: collision_verbs, driving_verbs and vehicle_nouns.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.clause_parts import acted_on
from dateline.events.tables import in_class, word_class

COLLISION_VERBS = word_class("collision_verbs")
DRIVING_VERBS = word_class("driving_verbs")
VEHICLE_NOUNS = word_class("vehicle_nouns")
# Prepositions of what a vehicle runs into: "slammed *into* a bus", "collided *with* a lorry", "crashed *onto* a van".
STRUCK_PREPOSITIONS = {"into", "with", "onto", "on"}
HARM_PARTICIPLE_DEPS = ("advcl", "conj")


def vehicle_collision(tok: Token) -> bool:
    """Is ``tok`` a verb of collision whose object is a vehicle and whose doer is a vehicle or a driver ("the truck
    *hit* a car", "a bus *was struck* by a train", "was driving a pickup and *struck* a group of motorcycles"), or a
    participle of harm hanging from one ("struck a group of motorcycles, *killing* seven riders and *injuring* three
    more")?"""
    verb = tok
    while verb.tag_ == "VBG" and verb.dep_ in HARM_PARTICIPLE_DEPS and verb.head.i != verb.i \
            and not in_class(verb, COLLISION_VERBS):
        verb = verb.head
    if verb.pos_ != "VERB" or not in_class(verb, COLLISION_VERBS):
        return False
    if not any(_vehicle(t) for t in _struck(verb)):
        return False
    return any(_vehicle(t) for t in _strikers(verb)) or _driven(verb)


def _vehicle(tok: Token) -> bool:
    """A vehicle noun, or a group or number of them ("a group *of motorcycles*", "two *of the cars*")."""
    if tok.pos_ in ("NOUN", "PROPN") and in_class(tok, VEHICLE_NOUNS):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and in_class(o, VEHICLE_NOUNS) for o in c.children) for c in tok.children)


def _struck(verb: Token) -> list[Token]:
    """What the verb strikes: its object or passive subject (clause_parts.acted_on), or the object of "into", "with",
    "onto", "on" - with their conjuncts."""
    return acted_on(verb) + [x for c in verb.children if c.dep_ == "prep" and c.lower_ in STRUCK_PREPOSITIONS
                             for o in c.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)]


def _strikers(verb: Token) -> list[Token]:
    """Who or what strikes: the subject of the verb (or of the verb it is coordinated with: "was driving ... and
    *struck*") or its passive agent ("was hit *by a train*")."""
    out = [c for c in verb.children if c.dep_ == "nsubj"]
    if not out and verb.dep_ == "conj":
        out = [c for c in verb.head.children if c.dep_ == "nsubj"]
    out += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return [x for t in out for x in (t, *t.conjuncts)]


def _driven(verb: Token) -> bool:
    """Is the verb coordinated with a verb of driving whose object is a vehicle ("*was driving a pickup truck* ... and
    struck", "*drove his car* and hit"), or has it such a verb in an adverbial clause ("*while driving a bus*")?"""
    near = [verb.head] if verb.dep_ == "conj" else []
    near += [c for c in verb.children if c.dep_ in ("conj", "advcl")]
    return any(in_class(v, DRIVING_VERBS) and any(c.dep_ == "dobj" and _vehicle(c) for c in v.children) for v in near)
