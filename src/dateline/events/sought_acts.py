"""Acts sought: the "to"-infinitive of a verb of seeking that the status stage reads no modality from ("his office *was
looking to seize* properties from traffickers", "former rebels may be *looking to expand* their presence", "a person
police *are looking to talk to*").  What a party seeks to do is its aim; the story does not report the act done, as
with "seek to" and "aim to" (data/modality.tsv control cues, which the status stage reads).  The verbs:
data/seeking_verbs.tsv.  Session 35, helper PREC (design samples G, h, o: three such events judged wrong, none right).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.events.clause_parts import span_head
from dateline.events.parties import to_infinitive
from dateline.events.tables import word_class
from dateline.model import Event

SEEKING_VERBS = word_class("seeking_verbs", "seeking_verbs.tsv")


def sought_act(event: Event, doc: Doc) -> bool:
    """Is the trigger (or the verb an event noun is the direct object of: "looking to *make an arrest*") the controlled
    "to"-infinitive of a verb of seeking ("was *looking to seize*")?"""
    tok = span_head(event.trigger, doc)
    if tok is None:
        return False
    if tok.dep_ == "dobj" and tok.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return (tok.dep_ == "xcomp" and tok.head.i != tok.i and to_infinitive(tok)
            and tok.head.lemma_.lower() in SEEKING_VERBS)
