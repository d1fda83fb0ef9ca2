"""A doer the sentence says exists but does not name: "*someone* fired shots at the boy".

An indefinite pronoun subject (data ``unknown_doers`` of ``agentless_words.tsv``: someone, somebody) names no party:
the actors stage finds none in it and the actor filter drops it, so the event was lost, although it is exactly the
event with an unidentified doer that ``agentless.py`` codes for a passive ("the boy *was shot*").  Here it is coded
the same way - an empty actor list, the party acted on as recipient, ``+agentless`` - for deliberate violence only
(codebook ASSAULT; the verb is ``agentless_violence`` or a lexicon verb+object or phrase entry of ASSAULT: "fired
*shots* at", "opened fire on"), reported as real ("someone *could* shoot" is none) and with a recipient that can
receive.  Not "no one" or "nobody" (nothing was done), nor "anyone" (a question or a condition).  The same holds for
the expletive "there" the parser makes the subject of a gerund it reads as a verb ("there was *firing* on the mob": an
existential report that violence happened, doerless_nouns.existential).  Session 13 (helper RECALL), from the design
recall samples ``dev_a`` and ``dev_c``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from dateline.events import doerless_nouns, roles
from dateline.events.tables import agentless_words, in_class

SPECIFIC_KINDS = {"verb_obj", "phrase"}



def unknown(tok: Token) -> bool:
    """Is the word an indefinite pronoun that names no doer ("*someone*", "*somebody*")?"""
    return tok.lower_ in agentless_words("unknown_doers")


def recipients(cand, tok: Token, recipient: Sequence[roles.Arg],
               receives: Callable[[roles.Arg], bool]) -> list[roles.Arg]:
    """Those an act of violence by an unknown doer was done to ("someone fired shots at *the boy*"), or [] when the
    candidate is no such act (see the module docstring).  ``receives``: agentless.py's test of a recipient."""
    if cand.type != "ASSAULT" or tok.pos_ != "VERB" or roles.passive(tok):
        return []
    subject = next((c for c in tok.children if c.dep_ == "nsubj" or c.dep_ == "expl" and c.lower_ == "there"), None)
    if subject is None and tok.dep_ == "conj":  # ("someone walked up and *shot* him")
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is None or not (unknown(subject) or subject.dep_ == "expl") or not doerless_nouns.reported_as_real(tok):
        return []
    if not (in_class(tok, agentless_words("agentless_violence")) or any(
            h.entry.kind in SPECIFIC_KINDS and h.entry.type == "ASSAULT" for h in cand.hits)):
        return []
    return [a for a in recipient if tok.doc[a.head].i != subject.i and receives(a)]
