"""Firms known by their use: a name the knowledge base does not know that the article uses as a company's.

"Zentrica's profits fell", "Zentrica shareholders", "shares in Zentrica", "Zentrica, the largest mobile phone
operator", "oil giant Zentrica": the name is a firm's, PLOVER sector BUS, wherever the article names it alone (the
model tags such names ORG, PERSON or GPE at random; the words around one use decide for all).  No country: the name
does not give one.  Firms the tables know by name are ``firms.tsv`` (kb); firms by their legal form ("Inc.", "Ltd")
are read in compose.  The cue words are ``data/firm_cues.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.actors.compose import Draft
from dateline.actors.kb import KnowledgeBase


def resolve_firms_by_use(doc: Doc, drafts: list[Draft], kb: KnowledgeBase) -> None:
    """Give sector BUS to every lone unknown name the article once uses as a firm's (flag ``firm_by_use``)."""
    names = {name for d in drafts if (name := _unknown_name(d)) and _used_as_firm(doc[d.end - 1], kb)}
    if not names:
        return
    for d in drafts:
        if _unknown_name(d) in names:
            d.sector, d.person = "BUS", None
            d.flags = [f for f in d.flags if f != "unresolved"] + ["firm_by_use"]


def _unknown_name(d: Draft) -> str | None:
    """The name of a draft that is one name the knowledge base does not know, of no country or sector: an ORG of
    any length, or a one-word PERSON (a person's full name is no firm's)."""
    if len(d.units) != 1 or d.country is not None or d.sector is not None or d.ref is not None:
        return None
    unit = d.units[0]
    if unit.kind == "org?" or unit.kind == "person?" and " " not in unit.text:
        return unit.text
    return None


def _used_as_firm(tok: Token, kb: KnowledgeBase) -> bool:
    """Is the name ending at ``tok`` used as a firm's: possessor or modifier of a firm's noun, the "in"/"of" object of
    "shares" or "a stake", or described by a firm's noun in apposition or before it?"""
    cues = kb.firm_cues
    if tok.dep_ in ("poss", "compound") and tok.head.lower_ in cues["possessed"]:
        return True  # "Zentrica's profits", "Zentrica shareholders"
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in ("in", "of") and prep.head.lemma_.lower() in cues["share"]:
        return True  # "shares in Zentrica", "a 20% stake in Zentrica"
    if tok.dep_ == "appos" and tok.head.lemma_.lower() in cues["describes"]:
        return True  # "the mobile operator, Zentrica"
    # "Zentrica, the operator", "giant Zentrica"
    return any(c.dep_ in ("appos", "compound") and c.lemma_.lower() in cues["describes"]
               and (c.dep_ == "appos" or c.i < tok.i) for c in tok.children)
