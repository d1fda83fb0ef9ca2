"""How far an event's trigger reaches when a noun and a verb tell one act of violence together.

An event's trigger is the word the candidate was found at.  Two constructions tell one attack with two words, either
of which names it - and annotators mark either (ACE marks the attack noun of "wounded in two *shootings*" and the
verb of "an IED *exploded*"):

* **harm set in an attack** - "three boys were *wounded in two shootings*", "two soldiers were *killed in an ambush*",
  "were *killed in an exchange of fire*": the harm verb codes the ASSAULT (``agentless.py``, ``noun_roles``), the
  setting noun names the attack; the trigger runs from the verb to that noun.
* **a weapon that went off** - "a *bomb went off*", "an *IED attached to a bicycle exploded*": the weapon noun codes
  the bombing (``doerless_nouns.weapon_went_off``), the verb says it happened; the trigger runs from the noun to the
  verb (and its particle).

The trigger keeps its first word (events are keyed by where their trigger starts) and only reaches forward, at most
:data:`MAX_REACH` words, within the sentence.  Session 13 (helper RECALL), from the design recall samples ``dev_a`` and
``dev_b``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events import doerless_nouns
from dateline.events.tables import agentless_words, in_class
from dateline.events.lexicon import lexicon

MAX_REACH = 8  # words from the trigger's first word to the last one it reaches
SETTING_PREPS = {"in", "during"}




def reach(event_type: str, tok: Token, span: tuple[int, int]) -> tuple[int, int]:
    """The token span of the trigger of an event of ``event_type`` found at ``tok`` (``span``: its own span)."""
    if event_type != "ASSAULT":
        return span
    lo, hi = span
    end = None
    if tok.pos_ in ("NOUN", "PROPN") and doerless_nouns.weapon_went_off(tok):
        verb = doerless_nouns.went_off_subject(tok).head
        end = max([verb.i] + [c.i for c in verb.children if c.dep_ == "prt" and c.i > verb.i]) + 1
    elif tok.pos_ == "VERB" and (in_class(tok, agentless_words("harm_verbs"))
                                 or in_class(tok, agentless_words("agentless_violence"))):
        setting = _attack_setting(tok)
        if setting is not None:
            end = setting.i + 1
    if end is None or end <= hi or end - lo > MAX_REACH or end > tok.sent.end:
        return span
    return lo, end


def _attack_setting(verb: Token) -> Token | None:
    """The attack a harm is set in ("wounded *in two shootings*", "killed *during an ambush*", "killed in an *exchange*
    of fire"): a violence noun, a lexicon ASSAULT noun or gunfire told by what it is of; not a mishap."""
    from dateline.events.agentless import _mishap, gunfire_setting  # (agentless imports this module's neighbours)

    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in SETTING_PREPS or c.i < verb.i:
            continue
        for o in c.children:
            if o.dep_ != "pobj" or o.pos_ not in ("NOUN", "PROPN"):
                continue
            if gunfire_setting(o):
                return o
            if _mishap(o):
                continue
            if doerless_nouns.violent_happening(o) or any(
                    e.type == "ASSAULT" for e in lexicon().nouns.get(o.lemma_.lower(), ())):
                return o
    return None
