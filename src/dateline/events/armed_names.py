"""Armed groups named by their names as what a verb acts on ("drove *the Taliban* out of the district").

A verb+object entry lists the objects that give the verb its reading by their lemmas ("^rebel", "^militant"): a
named group has no such noun ("pushed *Boko Haram* out of the forest", "chased *al-Shabaab* from the town").  The
actors stage's knowledge base knows the names of armed non-state groups (sector REB: rebels, insurgents, jihadist
groups); :data:`ARMED_GROUP_WORD`, written as an object word of an entry ("^@armed_group"), stands for an object
that is one of them.  Only the name itself is read (the entity the object word is part of), so "the Taliban's
car" or "a Hamas official" are no armed group: their heads are "car" and "official".
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.actors import name_sectors

ARMED_GROUP_WORD = "@armed_group"
# The knowledge base's sectors of armed non-state groups (CAMEO's REB: rebels, insurgents, militant groups).
ARMED_SECTORS = frozenset({"REB"})
NAME_ENTITIES = frozenset({"ORG", "NORP", "PERSON", "GPE", "FAC"})
LEADING_ARTICLES = ("the ",)


def _entity_text(tok: Token) -> str | None:
    """The text of the named entity ``tok`` is part of, lower-cased and without a leading article."""
    if tok.ent_iob_ == "O" or tok.ent_type_ not in NAME_ENTITIES:
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    text = doc[start:end].text.lower()
    for article in LEADING_ARTICLES:
        text = text.removeprefix(article)
    return text


def named_armed_group(tok: Token) -> bool:
    """Is ``tok``, a proper noun, the name (or the head of the name) of an armed non-state group the actors'
    knowledge base knows ("the Taliban", "Boko Haram", "al-Shabaab")?"""
    if tok.pos_ != "PROPN":
        return False
    text = _entity_text(tok)
    if not text:
        return False
    return bool(name_sectors(text) & ARMED_SECTORS)
