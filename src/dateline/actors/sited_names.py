"""Names placed by "at" after a building: "the leader's residence *at Hmar Veng*", "a school building *at Telegram*".

English says where a building or site stands with "at" and the place's name ("the embassy at Dhaka", "the police
station at Kalimpur").  A name the knowledge base does not know, in that slot, is a locality (a village, a quarter)
the model took for a person or an organisation: no party.  A name that is a party keeps its own reading (a country,
a known person or body), and "at" after anything that is no building or site ("a jibe at Davey", "shouted at
Jones") is left alone.  The building nouns are data/site_nouns.tsv (read through ``actors.site_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.actors.compose import Draft
from dateline.actors.kb import knowledge_base
from dateline.actors.predicates import head_of

UNKNOWN_KINDS = ("person?", "org?")  # entities the knowledge base does not know (match.Unit.kind)


def _sited_by_at(name: Token) -> bool:
    """Is ``name`` the object of "at" hung on a building or site noun ("residence at Hmar Veng")?"""
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ != "at":
        return False
    site = prep.head
    return site.pos_ == "NOUN" and site.lower_ in knowledge_base().site_nouns


def is_sited_name(doc: Doc, draft: Draft) -> bool:
    """Is ``draft`` an unknown name (every unit a person or organisation the knowledge base does not know, with no
    title) that says where a building stands, so a place and no party?"""
    return bool(draft.units) and all(u.kind in UNKNOWN_KINDS for u in draft.units) \
        and _sited_by_at(head_of(doc, draft))
