"""Titles of works read as names: "the film *Desert Lanterns*", "his novel *The Glass Orchard*".

English names a made work by putting its title right after the noun of its kind, in apposition ("the film Gandhi",
"the album Thriller", "the BBC documentary Panorama"); the parser makes the title an appositive of the noun or the
noun a compound of the title.  The model often tags such a title PERSON or ORG.  A name (a person or organisation,
known or not, with no title noun, country or body) in that slot names the work, no party.  The noun must stand right
before the name (an opening quotation mark or the title's "The" may come between), so "film director Ken Loach"
(the noun before the name is "director") keeps the person, and so does "the novel Smith wrote": a verb of making
with no object right after the name is a contact relative clause whose subject the name is
(data/work_making_verbs.tsv).  Conjoined titles ("the films Desert Lanterns and Blue Hour") share the noun.  The
work nouns are data/work_nouns.tsv.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.actors.compose import Draft
from dateline.actors.kb import lemmas
from dateline.actors.predicates import head_of

NAME_KINDS = ("person", "person?", "org?")  # a person, known or not, or an unknown organisation
# 'the film "The Glass Orchard"': an opening quotation mark and the title's own article
SKIPPED_BEFORE_TITLE = {'"', "'", "\u201c", "\u2018", "the"}


def work_nouns() -> frozenset[str]:
    return lemmas("work_nouns.tsv")


def band_nouns() -> frozenset[str]:
    return lemmas("band_nouns.tsv")


def work_making_verbs() -> frozenset[str]:
    return lemmas("work_making_verbs.tsv")


def _noun_before(doc: Doc, start: int) -> Token | None:
    """The word right before the token at ``start``, past an opening quotation mark and the title's own "The"."""
    i = start - 1
    while i >= 0 and start - i <= 2 and doc[i].lower_ in SKIPPED_BEFORE_TITLE:
        i -= 1
    return doc[i] if i >= 0 else None


def _first_conjunct(name: Token) -> Token:
    """"the films Desert Lanterns and Blue Hour": the conjunct the other titles hang on."""
    while name.dep_ == "conj" and name.head.i < name.i:
        name = name.head
    return name


def _titles_a_work(doc: Doc, draft: Draft) -> bool:
    head = _first_conjunct(head_of(doc, draft))
    start = draft.start if head.i >= draft.start else head.left_edge.i
    noun = _noun_before(doc, start)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in work_nouns():
        return False
    if _authors_it(doc, draft):
        return False
    # "the film Desert Lanterns": the title is the noun's appositive, or the noun a compound of the title, or (a
    # common misparse of apposition, "banned the films Desert Lanterns and ...") both hang on one word the same way
    return (head.dep_ == "appos" and head.head.i == noun.i) or (noun.dep_ == "compound" and noun.head.i == head.i) \
        or (noun.head.i == head.head.i and noun.dep_ == head.dep_ and noun.i != noun.head.i)


def _authors_it(doc: Doc, draft: Draft) -> bool:
    """"the novel Harold Grimsby wrote": a verb of making with no object right after the name is a contact relative
    clause (the work is its object), whose subject the name is - the author, not the title."""
    if draft.end >= len(doc):
        return False
    verb = doc[draft.end]
    return verb.pos_ == "VERB" and verb.lemma_.lower() in work_making_verbs() \
        and not any(c.dep_ in ("dobj", "obj") for c in verb.children)


def is_work_title(doc: Doc, draft: Draft) -> bool:
    """Is ``draft`` a name (every unit a person or an unknown organisation) that titles a work named by the noun
    right before it ("the film Desert Lanterns"), so no party?"""
    return bool(draft.units) and all(u.kind in NAME_KINDS for u in draft.units) and _titles_a_work(doc, draft)


def is_band_name(doc: Doc, draft: Draft) -> bool:
    """Does the draft end in a name that stands right after a noun of a music group ("the remaining members of *rock
    band Queen*", "the band *The Police*")?  Then the name is the group's, whatever its words mean elsewhere (a title, a
    force), and the mention - the band or its members - no party (data/band_nouns.tsv; session 47, a probe of unjudged
    news).  The name is capitalised or the noun's compound head; "the police band" has the noun after, not before."""
    if not draft.units:
        return False
    unit = draft.units[-1]
    noun = _noun_before(doc, unit.start)
    name = doc[unit.end - 1]
    return noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in band_nouns() and (
        name.pos_ == "PROPN" or name.text[:1].isupper() or (noun.dep_ == "compound" and noun.head.i == name.i))
