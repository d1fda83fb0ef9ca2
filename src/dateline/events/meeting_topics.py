"""The topic of a meeting read as its partner (session 34, helper SENSE), read from the ``topic_as_partner`` row of
``data/layer_doubts.tsv`` and asked by ``sense_doubts.sense_doubt``.

PLOVER CONSULT is a meeting or talks *between* two actors; its target is the one met.  A meeting noun's "on", "about"
or "over" phrase names what is talked of, not who talks: in "Tuesday's *meeting on* Palestinian *reform* was hosted by
the prime minister" the Palestinians, named inside the topic, are no partner the host met.  When every recipient of a
CONSULT at a meeting noun is a party (a country or a sector) inside such a topic phrase and the noun names no partner
("with", "between"), the event names no one consulted.  "talks with Iran on its nuclear programme" stays, and so does a
topic that names no party ("the Security Council *resumed discussions on* the crisis": a body's own deliberation).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.events.clause_parts import span_head
from dateline.events.tables import in_class, layer_doubt_row as _row
from dateline.model import Event

TOPIC_AS_PARTNER = "topic_as_partner"
# The prepositions of a meeting's partner ("talks *with* Iran", "a meeting *between* the leaders").
PARTNER_PREPOSITIONS = {"with", "between"}


def _topic_tokens(tok: Token, topic_preps: frozenset[str]) -> set[int]:
    """The indices of every word inside the meeting noun's topic phrases ("a meeting *on Palestinian reform*")."""
    return {w.i for c in tok.children if c.dep_ == "prep" and c.lower_ in topic_preps for w in c.subtree}


def _meeting_noun(tok: Token, meetings: frozenset[str]) -> Token | None:
    """The meeting noun of the trigger: itself, or the direct object of its verb ("*held a meeting* on ...")."""
    if tok.pos_ == "NOUN":
        return tok if in_class(tok, meetings) else None
    return next((c for c in tok.children if c.dep_ == "dobj" and in_class(c, meetings)), None)


def topic_as_partner(event: Event, tok: Token, doc: Doc) -> str | None:
    """``topic_as_partner`` when the event is of the row's type at a meeting noun of the row's `lemmas` (or a verb
    holding one) with no partner phrase and every recipient's head lies inside one of its topic phrases (the row's
    `words`); else None."""
    types, meetings, topic_preps = _row(TOPIC_AS_PARTNER)
    if event.type not in types or not event.recipient:
        return None
    verb, tok = tok, _meeting_noun(tok, meetings)
    if tok is None or any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPOSITIONS for c in verb.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPOSITIONS for c in tok.children):
        return None
    topic = _topic_tokens(tok, topic_preps)
    heads = [span_head(p, doc) for p in event.recipient]
    # a topic that names no party ("resumed *discussions on the crisis*": a body's own deliberation) misreads no one
    named_party = any(p.country or p.sector for p in event.recipient)
    return TOPIC_AS_PARTNER if named_party and topic and all(h is not None and h.i in topic for h in heads) else None
