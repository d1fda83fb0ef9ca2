"""Surnames that are also titles: "King was forced to pull out" after "Tottenham's Ledley King".

Many English surnames are title or role nouns (King, Bishop, Judge, Major, Marshall, Sheriff).  Once the article has
named a person by full name ("Ledley King"), the same word again, capitalised, with no article or possessor before it
("King was forced to pull out", "said Bishop") is that person - not a monarch or an official of the country the story
is about.  "the King", "a bishop", "the country's king" keep their reading as titles, as does the word when no person
of that surname was named before it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.actors.compose import Draft
from dateline.actors.linking import fold, full_name_holder, mark_linked

DETERMINERS = ("det", "poss")  # "the King", "his bishop": a title, whoever the article named



def _bare_title_word(doc: Doc, d: Draft) -> bool:
    """Is ``d`` one capitalised title word alone, with no determiner or possessor ("King", not "the King")?"""
    if d.end - d.start != 1 or len(d.units) != 1 or d.units[0].kind != "agent" or d.country is not None:
        return False
    tok = doc[d.start]
    return tok.text[:1].isupper() and not tok.is_upper and not any(c.dep_ in DETERMINERS for c in tok.children)


def resolve_title_surnames(doc: Doc, drafts: list[Draft]) -> None:
    """A lone capitalised title word that is the surname of a person the article named before it by full name is
    that person (flag ``coref``, reason ``coref:title_surname``)."""
    for i, d in enumerate(drafts):
        if not _bare_title_word(doc, d):
            continue
        j = full_name_holder(drafts, range(i - 1, -1, -1), fold(doc[d.start].text))
        if j is None:
            continue
        src = drafts[j]
        d.country, d.sector, d.person, d.role, d.name, d.ref = src.country, src.sector, src.person, src.role, \
            src.name, j
        mark_linked(d, "coref", "coref:title_surname")
