"""Opinions of a share of the public (session 35, helper SENSE), read from ``data/layer_doubts.tsv`` (``polled_opinion``,
``polled_shares``) and asked by ``sense_doubts.sense_doubt``.

What "most voters" say, or what "60 percent of Americans" support, is the figure of a poll or of a vote counted: a share
of the public is no party that acts, and its saying or thinking no act (PLOVER codes the acts of political actors; a
poll's share neither demands, supports nor accuses).  The speaker fixes the sense: a noun of the public (voters,
respondents, citizens, a nationality) under a word of a share ("most", "many", "a majority of", "two thirds of", "60
percent of").  "The opposition said the government should resign" and "many protesters said ..." (no noun of the
public) stay.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.events.clause_parts import span_head
from dateline.events.tables import in_class, layer_doubt_row as _row
from dateline.model import Event

POLLED_OPINION = "polled_opinion"
POLLED_SHARES = "polled_shares"
POPULAR_SUPPORT = "popular_support"
# The sectors of a share of the public: none, or civilians.  A share of a party's or a body's members acts for it ("the
# Senate voted 91-5, with *most Republicans* joining Democrats to support it": a vote of senators).
PUBLIC_SECTORS = {None, "", "CVL"}
# The dependencies of a word of a share on the noun it quantifies ("*most* voters", "*many* Kenyans").
SHARE_DEPS = ("amod", "det", "nummod", "quantmod")


def _public(tok, public: frozenset[str]) -> bool:
    """Is the noun one of the public: a word of ``public`` (voters, respondents, citizens), or a plural nationality
    ("Americans", "Kenyans")?"""
    return in_class(tok, public) or (tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNPS"))


def share_of_public(head, public: frozenset[str], shares: frozenset[str]) -> bool:
    """Is the noun ``head`` a share of the public: a public noun quantified by a share word ("*most* voters", "*many*
    Americans"), or a share word whose "of" object is a public noun ("a *majority of* voters", "60 *percent of*
    Kenyans", "two *thirds of* respondents")?"""
    if _public(head, public):
        return any(c.dep_ in SHARE_DEPS and in_class(c, shares) for c in head.children)
    return in_class(head, shares) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and _public(o, public) for o in c.children)
        for c in head.children)


def polled_opinion(event: Event, tok, doc: Doc) -> str | None:
    """``polled_opinion`` when the trigger is a verb of saying or of opinion (``lemmas``: say, believe, support,
    oppose, blame ...) and every actor is a share of the public (:func:`share_of_public`) of no sector but civilians
    (:data:`PUBLIC_SECTORS`): "*Most voters said* the country should leave the union", "*60 percent of* Americans
    *support* the plan"; else None."""
    types, lemmas, public = _row(POLLED_OPINION)
    if event.type not in types or not event.actor or tok.lemma_.lower() not in lemmas:
        return None
    if any(p.sector not in PUBLIC_SECTORS for p in event.actor):
        return None
    _, _, shares = _row(POLLED_SHARES)
    heads = [span_head(p, doc) for p in event.actor]
    if all(h is not None and share_of_public(h, public, shares) for h in heads):
        return POLLED_OPINION
    return None


def popular_support(event: Event, tok, doc: Doc) -> str | None:
    """``popular_support`` when the trigger is the noun "support" or "backing" (``lemmas`` of its row) and every actor
    is a noun of the public (polled_opinion's words, or a plural nationality) of no sector but civilians: "helped the
    criminal organization *win the support of the local population*" is popularity, no aid given nor party endorsed;
    "the support of the army", "with Iranian backing" stay.  Session 37, lead.  So is support measured in percent, a
    poll's figure ("gave him a clear lead ... *with 54 % support*, compared with 44 % for Obama", "*30 percent support*
    among voters": session 57, a probe of unjudged news)."""
    types, lemmas, _ = _row(POPULAR_SUPPORT)
    if event.type not in types or tok.pos_ != "NOUN" or tok.lemma_.lower() not in lemmas:
        return None
    if _measured_in_percent(tok):
        return POPULAR_SUPPORT  # a poll's figure, whoever the parser took for its actor
    if not event.actor:
        return None
    if any(p.sector not in PUBLIC_SECTORS for p in event.actor):
        return None
    _, _, public = _row(POLLED_OPINION)
    heads = [span_head(p, doc) for p in event.actor]
    return POPULAR_SUPPORT if all(h is not None and _public(h, public) for h in heads) else None


def _measured_in_percent(noun) -> bool:
    """Does the noun carry a percentage as its own modifier ("54 % support", "30 percent support")?"""
    return any(c.dep_ in ("compound", "nummod", "amod", "quantmod") and c.ent_type_ == "PERCENT" for c in noun.children)
