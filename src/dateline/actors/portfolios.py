"""Titles with a portfolio before a name: "minister for employment and learning Sir Reg Empey".

English names a post by its title and the policy areas it covers, "for" and lower-case nouns joined by "and" or
commas, and may put the holder's name right after it.  The portfolio is part of the title: the name is the holder
of the post, and the nouns of the portfolio ("industry", "education") name no party of their own.  The parser often
reads such a portfolio as a clause ("learning" as a verb whose object is the name), so the words, not the parse,
decide.  A capitalised word, a determiner or a verb form ending the run ("the minister for trade said Smith")
ends the portfolio.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.actors.kb import KnowledgeBase

PORTFOLIO_GLUE = {"and", "&", ","}  # between the areas of one portfolio
MAX_PORTFOLIO_WORDS = 6


def portfolio_title(doc: Doc, name_start: int, kb: KnowledgeBase) -> int | None:
    """The index of the title noun whose portfolio runs up to the name starting at ``name_start`` (after courtesy
    titles: "Sir", "Dr"), or None.  "minister for employment and learning Sir Reg Empey" -> "minister"."""
    i = name_start - 1
    while i >= 0 and doc[i].lower_.rstrip(".") in kb.honorifics:
        i -= 1
    words = 0
    while i >= 0 and doc[i].lower_ != "for":
        tok = doc[i]
        if tok.lower_ in PORTFOLIO_GLUE:
            pass
        elif tok.is_alpha and tok.is_lower and tok.pos_ in ("NOUN", "VERB", "ADJ") and tok.tag_ not in ("VBD", "VBZ"):
            words += 1  # ("learning", "training" are nouns of a portfolio whatever the parser made of them)
        else:
            return None
        i -= 1
    if i < 1 or words == 0 or words > MAX_PORTFOLIO_WORDS or doc[i + 1].lower_ in PORTFOLIO_GLUE \
            or doc[name_start - 1].lower_ in PORTFOLIO_GLUE:
        return None
    title = doc[i - 1]
    return title.i if title.lemma_.lower() in kb.person_titles or title.lower_ in kb.person_titles else None


def without_portfolio_words(doc: Doc, units: list, kb: KnowledgeBase) -> list:
    """The units without the agent nouns inside a title's portfolio ("industry" in "minister for trade and industry
    Sir John Smith"): they name the post's policy area, not a party."""
    inside: set[int] = set()
    for unit in units:
        if not unit.kind.startswith("person"):
            continue
        title = portfolio_title(doc, unit.start, kb)
        if title is not None:
            inside.update(range(title + 2, unit.start))  # the words after "for"
    return [u for u in units if not (u.kind == "agent" and u.start in inside)]


SHADOW_WORDS = {"shadow"}  # Westminster usage: the opposition's spokesman for a post ("the shadow chancellor")


def shadow_post(doc: Doc, start: int, title_start: int) -> bool:
    """Is the title of a mention starting at ``start`` a shadow post ("Shadow spokesman for sport Hugh Robertson",
    "the shadow education secretary")?  A shadow minister speaks for an opposition party on a department's business:
    a party's frontbencher (PTY, as the Phoenix agents code "shadow minister"), not an official of the government."""
    first = max(0, min(start, title_start) - 1)
    return any(t.lower_ in SHADOW_WORDS for t in doc[first:title_start])
