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


PLACE_KINDS = ("country", "capital", "subnational")


def resolve_firm_seats(doc: Doc, drafts: list[Draft], places: list[Draft]) -> None:
    """"Zentrica Systems Inc., San Antonio, Texas, said ...": a firm the knowledge base does not know followed, between
    commas, by the name of a place is placed there - business copy gives a firm's seat in apposition after its name.
    The firm takes the place's country (flag ``firm_seat``).  Only a place closed by a comma: "Zentrica Inc., Texas's
    largest chipmaker" describes the firm, it does not place it."""
    seats = {p.start: p for p in [*drafts, *places] if p.country and p.units and not p.person
             and all(u.kind in PLACE_KINDS for u in p.units)}
    for d in drafts:
        if d.country is not None or d.sector != "BUS" or d.person or d.end >= len(doc) or doc[d.end].text != ",":
            continue
        seat = seats.get(d.end + 1)
        if seat is None or seat.end >= len(doc) or doc[seat.end].text != ",":
            continue
        d.country, d.ref = seat.country, None
        d.flags = [f for f in d.flags if f != "unresolved"] + ["firm_seat"]


def resolve_firm_short_names(doc: Doc, drafts: list[Draft]) -> None:
    """"Intelogic" after "Intelogic Trace Inc.": a one-word name the knowledge base does not know that opens the name
    of a firm named before in full (by its legal form: sector BUS) is that firm - business copy shortens a firm's name
    to its first word once it has named it.  The short name takes the firm's country and sector (flag ``coref``, reason
    ``coref:firm_short_name``), and so does a post named after it ("Intelogic Chairman Asher Edelman": the firm's
    officer, no official of a state)."""
    firms = [(j, d.units[0].text.split()[0], d.start) for j, d in enumerate(drafts)
             if d.sector == "BUS" and not d.person and len(d.units) == 1 and d.units[0].kind == "org?"
             and len(d.units[0].text.split()) > 1]
    if not firms:
        return
    for d in drafts:
        if d.country is not None or d.sector is not None or not d.units or d.units[0].kind != "org?" \
                or " " in d.units[0].text or not d.units[0].text.istitle():
            continue
        if len(d.units) > 1 and d.units[1].kind != "agent":
            continue  # the short name alone, or before a title it holds a post under ("Intelogic Chairman X")
        j = next((j for j, word, start in reversed(firms) if word == d.units[0].text and start < d.start), None)
        if j is None:
            continue
        d.country, d.sector, d.ref = drafts[j].country, "BUS", j
        if len(d.units) == 1:
            d.name = drafts[j].name
        d.flags = [f for f in d.flags if f != "unresolved"] + ["coref"]
        d.reason = "coref:firm_short_name"
