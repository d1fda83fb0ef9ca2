"""Property destroyed with no destroyer named: "some shops and vehicles were torched", "houses were set on fire in
sector 27", "commercial establishments were vandalised", "nearly 30 small shops were looted and destroyed in the riots".

PLOVER codebook ASSAULT destroy 'Destroy property, demolish as part of a conflict' (and ASSAULT primitive, attack with
fire).  Riot and conflict reports tell the destruction in agentless passives of property far more often than they
name the mob; :func:`property_destroyed` decides whether an ASSAULT candidate that found no doer is such an act.
``agentless.py`` then codes it with an empty actor and the property as what is acted on.

Only when:

* the verb tells deliberate destruction by itself - data ``agentless_destruction`` (torch, loot, raze, vandalise,
  ransack, plunder) or a lexicon phrase of setting fire ("set on fire", "set ablaze": ASSAULT primitive) - or it is a
  verb of destruction a mishap or a builder does too ("destroy", "demolish", "burn": data ``destruction_verbs``) and
  the sentence sets it in violence ("destroyed *in the riots*", "burnt *during the violence*": a setting noun of
  ``violent_happenings``, ``violent_acts`` or ``riot_words``), never in a mishap ("destroyed in the earthquake");
* what is destroyed is property (data ``property_words``: houses, shops, vehicles, offices, places of worship), not a
  party, an idea ("the myths have been demolished") or goods seized ("the drug was set on fire in the presence of
  judges": goods are not ``property_words``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from dateline.events import roles
from dateline.events.tables import agentless_words, in_class

FIRE_MODE = "primitive"  # the lexicon's mode of "set on fire", "set ablaze" (ASSAULT primitive: fire)
SETTING_PREPS = {"in", "during", "amid", "amidst"}


def property_destroyed(cand, tok: Token, recipient: Sequence[roles.Arg], settings: Callable[[Token], list[Token]],
                       mishap: Callable[[Token], bool]) -> list[roles.Arg]:
    """The property an agentless passive of destruction acted on (see the module docstring), or [].  ``settings``
    and ``mishap``: agentless.py's tests of what a verb is set in."""
    if cand.type != "ASSAULT":
        return []
    fire = any(h.entry.kind == "phrase" and h.entry.type == "ASSAULT" and h.entry.mode == FIRE_MODE
               and any(tok.doc[j].lemma_.lower() == "set" for j in range(h.start, h.end)) for h in cand.hits)
    if not (fire or in_class(tok, agentless_words("agentless_destruction"))):
        if not in_class(tok, agentless_words("destruction_verbs")):
            return []
        around = settings(tok)
        if any(mishap(s) for s in around) or not any(
                in_class(s, agentless_words("violent_happenings") | agentless_words("violent_acts")
                         | agentless_words("riot_words")) for s in around):
            return []  # ("destroyed in the earthquake", "the old stadium was demolished in 2010")
    return [a for a in recipient if in_class(tok.doc[a.head], agentless_words("property_words"))]
