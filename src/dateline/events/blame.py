"""Blame laid on a party: "the attack was blamed on Hamas", "which is being blamed on the air force", "police blamed the
blast on rebels", "the army laid the blame on the rebels".

PLOVER codebook ACCUSE ('Accuse, allege, ... blame'; CAMEO 112 'Accuse, not specified below' and 1123 'Accuse of
aggression': "blame for initiating hostilities"): laying the blame for something on a party accuses that party.  In
"blame X on Y" the party accused is Y, the object of "on"; X is what Y is said to have done (a thing: the attack, the
violence), not a recipient.  The passive keeps the construction with no accuser named - "the bombing has been blamed
on al-Qaeda militants" reports an accusation whoever made it, as "were accused of" does (``agentless_state_acts``):
:func:`passive_recipients` gives ``agentless.py`` its recipients; an active blamer is the actor as usual and
:func:`blamed_on` only corrects whom the blame is laid on (a hook in ``extract.code_sentence``).

The construction, in words:

* a verb of blaming (data ``blame_on_verbs``: blame) with an "on" phrase on itself or on its object ("blamed *the
  attack on rebels*": the parser hangs "on" on the object) - the objects of "on" are the accused, unless what is
  blamed is itself a party ("blamed *Russia* on state television": "on" says where) or "on" names a day;
* a verb of laying (data ``blame_laying_verbs``: lay, put, place, pin, shift, cast) whose object is the noun "blame"
  (data ``blame_nouns``), with an "on" phrase on the verb, on the noun, or on the noun of the noun's "for" phrase ("put
  the blame for the unrest *on foreign agents*").

With no accuser named (an agentless passive: "the attack was blamed on Hamas"), only a political party accused is coded
(the caller's test: ``agentless._political_party``), and not a blame only possible or denied ("*can be* blamed", "was
*not* blamed").

Not shipped: the agentless passive with no "on" ("the rebels were blamed for the attack"), whose subject is the accused.
On 6,000 design-pool articles it added three events, one right ("Rousseff, who is blamed for a deep recession"), two
wrong (a rock singer the actors stage took for a politician; "Pena Nieto, whose PRI is often blamed for ...").

Only parties and persons are accused (the caller's test of the head word): "blamed the delay on the weather", "blamed
recent losses on *fears* of a recession in the United States" accuse nobody.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from dateline.events import roles
from dateline.events.tables import agentless_words, in_class

ON = "on"
NOT_ACCUSED_ENTITIES = {"DATE", "TIME"}
RELATIVE_TAGS = {"WDT", "WP"}  # ("the case, *which* is being blamed on the air force": what is blamed, no party)
THING_PRONOUNS = {"it", "this", "that"}  # ("blamed *it* on the rebels": what is blamed)


def _objects(tok: Token) -> list[Token]:
    """The direct object or passive subject of a verb (what is blamed, or the noun "blame")."""
    return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]


def _on_objects(tok: Token) -> list[Token]:
    """The objects of the "on" phrases on ``tok``, not a day or an hour ("blamed the rebels *on Monday*")."""
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ == ON
            for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in NOT_ACCUSED_ENTITIES]


def _laid_blame(tok: Token) -> Token | None:
    """The noun "blame" a verb of laying takes as its object ("laid *the blame* on", "the blame was put on"), or
    None."""
    if not in_class(tok, agentless_words("blame_laying_verbs")):
        return None
    return next((o for o in _objects(tok) if in_class(o, agentless_words("blame_nouns"))), None)


def blame_verb(tok: Token) -> bool:
    """Does the verb lay blame: a verb of blaming, or a verb of laying with "blame" as its object?"""
    return tok.pos_ in ("VERB", "AUX") and (in_class(tok, agentless_words("blame_on_verbs"))
                                            or _laid_blame(tok) is not None)


def blamed_on(tok: Token, is_party: Callable[[Token], bool]) -> list[roles.Arg]:
    """The parties the blame is laid on with "on" (see the module docstring), or [].  ``is_party``: the caller's test
    of a phrase's head word (the head itself must name a party: "blamed recent losses on *fears* of a recession in the
    United States" blames no party)."""
    if not blame_verb(tok):
        return []
    noun = _laid_blame(tok)
    if noun is None and any(is_party(o) for o in _objects(tok) if o.tag_ not in RELATIVE_TAGS
                            and o.lower_ not in THING_PRONOUNS):
        return []  # the object is the accused ("blamed *Russia* on state television": "on" is where)
    places = [tok, *_objects(tok)]
    if noun is not None:  # ("put the blame *for the unrest* on foreign agents": "on" hangs on "unrest")
        places += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                   for o in c.children if o.dep_ == "pobj"]
    for place in places:
        accused = [a for o in _on_objects(place) for a in roles.participants(o, (f"prep:{ON}", "blamed_on"))]
        if accused:
            return [a for a in accused if is_party(tok.doc[a.head])]
    return []


def passive_recipients(tok: Token, recipient: Sequence[roles.Arg], is_party: Callable[[Token], bool],
                       political: Callable[[roles.Arg], bool]) -> list[roles.Arg] | None:
    """For an agentless passive of blaming, the accused: the objects of "on" ("the attack was blamed *on Hamas*"); []
    for one with no "on" ("the rebels were blamed for the attack"), None when ``tok`` is no such passive (the caller's
    other rules then decide).  ``is_party`` is the caller's test of a head word, ``political`` its test of a whole
    participant: with no accuser named, only blame laid on a political party is an event an analyst codes ("Morrison
    has been blamed for every leering wannabe" is none).  Not a blame only possible ("he is the only person who *can
    be* blamed", "can either be thanked or blamed": a modal), nor one denied with no accuser ("you are *not* blamed for
    them")."""
    if not blame_verb(tok) or not roles.passive(tok):
        return None
    if any(c.dep_ == "agent" for c in tok.children) or any(
            c.tag_ == "MD" or c.dep_ == "neg" for v in (tok, *([tok.head] if tok.dep_ == "conj" else []))
            for c in v.children):
        return []
    on = blamed_on(tok, is_party)
    if on or any(_on_objects(p) for p in (tok, *_objects(tok))):
        return [a for a in on if political(a)]
    return []  # (no "on": "the rebels were blamed for the attack" - see the module docstring)


# Verbs that lay an event at someone's door, with the preposition naming him ("the violence *has been attributed to* the
# Knights Templar", "the bombing *was blamed on* the Taliban"): the event noun is their passive subject (session 52).
DEED_LAYING_PREPOSITIONS = {"attribute": "to", "ascribe": "to", "blame": "on", "pin": "on"}


def laid_at(noun: Token) -> Token | None:
    """The preposition naming the one an event noun is laid at, when the noun is the passive subject of a verb of
    blaming ("the *violence* has been attributed *to* the Knights Templar"), else None."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.pos_ not in ("VERB", "AUX"):
        return None
    word = DEED_LAYING_PREPOSITIONS.get(verb.lemma_.lower())
    return next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == word), None)


def blamed_deed(trigger: Token) -> list[tuple[str, str]]:
    """The cue ``("control:<verb>", "claimed")`` for an event noun laid at someone's door ("the bombing was blamed on
    the Taliban"): the deed is what he is said to have done, as in "accused of" (status claimed), else none."""
    if trigger.pos_ not in ("NOUN", "PROPN") or laid_at(trigger) is None:
        return []
    return [(f"control:{trigger.head.lemma_.lower()}", "claimed")]

