"""An event noun said of a measure: a label, no act.  Session 33, helper PREC (sample j).

"This *announcement* is a further humiliating *retreat* by the government", "the *decision* was a *surrender* to the
rebels": the predicate noun names what kind of act the speaker takes the measure for (a characterization, as
generic_acts.characterization reads "a ruler *who oppresses* his people"); the measure is the event, told elsewhere,
and the label reports no act of its own.  Only a subject naming a measure counts: "the blast was *an attack* by
militants" names the same happening again (an event noun as the subject is no measure).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.events.clause_parts import span_head
from dateline.events.tables import word_class
from dateline.model import Event

# Nouns of a measure, a decision or an announcement that a label can be said of (data/word_classes.tsv).
MEASURE_NOUNS = word_class("measure_nouns")


def labelled_measure(event: Event, doc: Doc) -> bool:
    """Is the trigger a noun predicated by "be" of a subject naming a measure ("this *announcement* is a humiliating
    *retreat*", "the *move* was a *climbdown*")?"""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ != "NOUN" or tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in MEASURE_NOUNS for c in tok.head.children)
