"""The source of a report is no party of what it reports (session 35, helper PAIR).

A fronted "according to X" names who vouches for the clause it stands before; X takes no part in that clause.  A
pronoun further on in the clause ("According to Amnesty, *the police* carry out killings in which *they* shoot
suspects") takes up the clause's own subject, not the source named before it, though the source is the nearest
name (Quirk et al. 1985, 8.127: "according to" is a disjunct of the content's source, outside the clause's
participants).  The source stays the antecedent where the clause has no subject of its own but the pronoun
("According to the rebels, *they* captured the town": pronouns._according_to_source).

The holder of a proposition named by a noun is its possessor: in "Siemens' announcement that *it* had cancelled the
contract", "Iran's pledge that *it* would halt enrichment" the content clause says what the possessor announced or
pledged, as "Siemens announced that it had cancelled" does, so its subject pronoun takes up the possessor before
any speaker of a clause further up ("a spokesman said the ministry would not comment on Siemens' announcement that
it ...": Siemens, not the spokesman)."""

from __future__ import annotations

from spacy.tokens import Token

# How far up from a word of the source its "according" may stand ("according -> to -> Human Rights -> Watch")
_SOURCE_DEPTH = 4


def attributed_subject(source_word: Token, pronoun: Token) -> Token | None:
    """The subject of the clause a fronted "according to" phrase holding ``source_word`` attributes, when
    ``pronoun`` stands after that subject inside the clause; None when ``source_word`` is no such source or the
    clause's subject is the pronoun itself."""
    according = _according_above(source_word)
    if according is None:
        return None
    verb = according.head
    if not verb.left_edge.i <= pronoun.i <= verb.right_edge.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or not according.i < subject.i < pronoun.i:
        return None
    return subject


def _according_above(tok: Token) -> Token | None:
    """The fronted "according" whose "to" phrase holds ``tok``, or None."""
    for _ in range(_SOURCE_DEPTH):
        if tok.dep_ == "prep" and tok.lower_ == "according":
            return tok if tok.i < tok.head.i else None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def content_holder(pronoun: Token) -> Token | None:
    """The possessor of the noun whose content clause (a that-clause: "X's *statement that* it would ...") has
    ``pronoun`` for its subject, or None."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("acl", "ccomp") or verb.head.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None  # (a content clause, not a relative one: "the deal that it signed")
    holder = next((c for c in verb.head.children if c.dep_ == "poss"), None)
    return holder if holder is not None and holder.pos_ in ("NOUN", "PROPN") else None
