"""Captives released with no releaser named: "she was released on 7 June", "the hostages were freed", "eight abducted
workers were released on May 15".

PLOVER codebook RETREAT release: 'Release captives' - only releases that are actually occurring or occurred (CAMEO
0841 'Return, release person(s)').  As with an arrest (``agentless_state_acts``), the agentless passive tells the act
by itself: someone who held the person let them go, whoever it was.  :func:`captives` decides whether a RETREAT
candidate that found no doer is such a release; ``agentless.py`` then codes it with an empty actor and the person
released as the recipient.

Only when:

* the verb is one of releasing a person (data ``agentless_releases``: release, free; the phrase "set free" - not
  "sent back", "handed over", "returned", which say where a person is taken, nor "let go", which is a dismissal);
* what is released is a person or a party (``agentless._receives``: not "the film was released", "the names have
  not been released", "funds being released");
* nothing says the release is from care rather than captivity: a "from" object must be a place or state of
  captivity (data ``captivity_words``: "released *from prison*", "freed *from captivity*"; not "released *from
  the hospital*", "*from his contract*"), and the sentence names no medical care (data ``care_words``: "was
  treated and released", "spent the night in a hospital before being released");
* the passage tells the captivity: a word of ``captivity_words`` (an arrest, a kidnapping, hostages, custody, bail)
  in the sentence or the two before it ("... the illegal *arrest* of X.  She was released on 7 June."; not "Myers was
  released from the hospital last Monday.  Shaw was released Thursday."); not a word of where the person is released
  *into* ("He was immediately released into the custody of relatives").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from dateline.events import roles
from dateline.events.tables import agentless_words, in_class

MODE = "release"
PASSAGE_BEFORE = 2  # the sentences before the release that may tell the captivity ("... the illegal arrest of X. She
# was released on 7 June.")


def captives(cand, tok: Token, recipient: Sequence[roles.Arg],
             receives: Callable[[roles.Arg], bool]) -> list[roles.Arg]:
    """The persons an agentless passive of releasing set free (see the module docstring), or []."""
    if cand.type != "RETREAT" or cand.mode != MODE:
        return []
    words = [tok, *(tok.doc[j] for h in cand.hits if h.entry.type == "RETREAT" for j in range(h.start, h.end))]
    if not any(in_class(w, agentless_words("agentless_releases")) for w in words):  # ("was *set free*": the phrase)
        return []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            if not objs or not all(in_class(o, agentless_words("captivity_words")) for o in objs):
                return []  # ("released *from the hospital*", "*from his contract*")
    if any(in_class(t, agentless_words("care_words")) for t in tok.sent):
        return []  # ("was treated and released", "spent the night in a hospital before being released")
    # (what the person is released *into* is where they go, not what held them: "released into the custody of
    # relatives")
    into = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "into" for t in c.subtree}
    if not any(in_class(t, agentless_words("captivity_words")) for t in _passage(tok) if t.i not in into):
        return []  # (nothing tells that anyone held them: "Shaw was released Thursday" after a hospital stay)
    return [a for a in recipient if receives(a)]


def deported(cand, tok: Token, recipient: Sequence[roles.Arg],
             receives: Callable[[roles.Arg], bool]) -> list[roles.Arg]:
    """The persons an agentless passive of sending back sent to a country (session 18): "Khan was being *sent back to
    Norway*", "the migrants were sent back to their homeland" - a deportation, PLOVER COERCE deport 'expel or deport
    individuals' (CAMEO 174 'Expel or deport individuals'), not a captive's release (the lexicon's reading of "send
    back", retreat.release_phrase, is a thing or a captive handed back: "sent back the prisoners", "send back the
    stolen artefacts").  Only when the phrase is "send back", its "to" names a country or a place (a GPE entity) or a
    homeland (data ``homeland_words``: "sent back *home*", "*to their country*"), and the one sent is a person or a
    party that is no force (data ``deployed_forces``: "the troops were sent back to Iraq" is a redeployment).  The
    caller retypes the candidate COERCE deport."""
    if cand.type != "RETREAT" or cand.mode != MODE or not any(
            h.entry.kind == "phrase" and h.entry.type == "RETREAT"
            and {t.lemma_.lower() for t in tok.doc[h.start:h.end]} == {"send", "back"} for h in cand.hits):
        return []
    # (the parser hangs "to" on the verb or on "back": "sent [back [to Norway]]")
    holders = [tok, *(c for c in tok.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back")]
    places = [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
              for o in c.children if o.dep_ == "pobj"]
    places += [c for h in holders for c in h.children if c.dep_ == "advmod" and c.lower_ == "home"]
    if not any(o.ent_type_ == "GPE" or in_class(o, agentless_words("homeland_words")) for o in places):
        return []
    return [a for a in recipient if receives(a) and not in_class(tok.doc[a.head], agentless_words("deployed_forces"))]


def _passage(tok: Token, before: int = PASSAGE_BEFORE) -> list[Token]:
    """The words of the trigger's sentence and of the ``before`` sentences before it."""
    sent = tok.sent
    start = sent.start
    for _ in range(before):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    return list(tok.doc[start:sent.end])
