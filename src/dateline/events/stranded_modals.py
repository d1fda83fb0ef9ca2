"""A modal auxiliary cut off from its verb by a phrase of time or place ("Saraki *will*, on Tuesday, *lead* a
delegation", "the minister *will* next week *meet* ...").

English lets an adverbial stand between an auxiliary and its verb.  The parser then often hangs the auxiliary on
the subject (as an apposition) or on the adverbial, so the verb has no auxiliary child and its future was lost:
"will on Tuesday lead a delegation on a visit" coded the visit as done.  The auxiliary still belongs to the next
verb after it: it stands after that verb's subject and before the verb, with no verb of its own and no other verb
or auxiliary between it and that verb.  Session 34, helper STATUS2.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass")
OWN_AUXILIARY_DEPS = ("aux", "auxpass")
VERBS_OF_THEIR_OWN = ("VERB", "AUX")


def stranded_modal(verb: Token, is_modal) -> Token | None:
    """The modal auxiliary (``is_modal(word)``: a modal of modality.tsv) that the parser cut off from ``verb``: the
    auxiliary between the verb's subject and the verb, hung on neither as an auxiliary, with no verb of its own."""
    if verb.pos_ != "VERB" or any(c.dep_ in OWN_AUXILIARY_DEPS for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subject is None:
        return None
    for tok in verb.doc[subject.i + 1:verb.i]:
        if tok.pos_ in VERBS_OF_THEIR_OWN and tok.dep_ not in OWN_AUXILIARY_DEPS:
            stranded = tok.pos_ == "AUX" and is_modal(tok.lower_) and not any(
                c.pos_ in VERBS_OF_THEIR_OWN for c in tok.children) and not any(
                t.pos_ in VERBS_OF_THEIR_OWN for t in verb.doc[tok.i + 1:verb.i])
            return tok if stranded else None  # (the first verb or auxiliary after the subject decides)
    return None
