"""An event noun said of a measure: a label, no act.  Session 33, helper PREC (sample j).

"This *announcement* is a further humiliating *retreat* by the government", "the *decision* was a *surrender* to the
rebels": the predicate noun names what kind of act the speaker takes the measure for (a characterization, as
generic_acts.characterization reads "a ruler *who oppresses* his people"); the measure is the event, told elsewhere,
and the label reports no act of its own; so do words said of which the label is said ("these *remarks amounted to* a
great *assault* on parliament", session 53, sample 6).  Only a subject naming a measure or words counts: "the blast was
*an attack* by militants" names the same happening again (an event noun as the subject is no measure).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.events.clause_parts import span_head
from dateline.events.tables import in_class, word_class
from dateline.model import Event

# Nouns of a measure, a decision or an announcement that a label can be said of (data/word_classes.tsv).
MEASURE_NOUNS = word_class("measure_nouns")
# Nouns of texts and words said, which a word of equating labels as it labels a measure ("these *remarks* amounted to a
# great assault on parliament"; data/word_classes.tsv, session 53).
DOCUMENT_NOUNS = word_class("document_nouns")
# Verbs and adjectives that equate their subject with what their "to" phrase names ("*amounted to* an assault", "was
# *tantamount to* a surrender"; data/word_classes.tsv, session 53).
EQUATING_WORDS = word_class("equating_words")


def labelled_measure(event: Event, doc: Doc) -> bool:
    """Is the trigger a noun predicated by "be" of a subject naming a measure ("this *announcement* is a humiliating
    *retreat*", "the *move* was a *climbdown*"), or by "constitute" or a word of equating and its "to" of a measure or
    of words said ("the chief minister's *remarks amounted to* a great *assault* on parliament", "the *decision* is
    *tantamount to* a *surrender*")?  Only "be" of a measure: "the *letter* was a *request* for aid" tells what the
    letter asked."""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ != "NOUN":
        return False
    labels = MEASURE_NOUNS
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        predicate = tok.head
    elif tok.dep_ == "dobj" and tok.head.lemma_ == "constitute":
        predicate, labels = tok.head, MEASURE_NOUNS | DOCUMENT_NOUNS
    elif tok.dep_ == "pobj" and tok.head.lower_ == "to" and in_class(tok.head.head, EQUATING_WORDS):
        predicate, labels = tok.head.head, MEASURE_NOUNS | DOCUMENT_NOUNS
        if predicate.pos_ == "ADJ" and predicate.dep_ == "acomp":  # "is *tantamount* to": the subject is be's
            predicate = predicate.head
    else:
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in labels for c in predicate.children)
