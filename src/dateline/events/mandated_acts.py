"""Acts demanded in a that-clause: the mandative subjunctive ("Russia *demanded* that Israel *withdraw* its troops",
"the committee *recommended* that the minister *be dismissed*", "the court *ordered* that the prisoners *be freed*").

A verb of demanding, ordering or proposing takes as its that-clause the act it asks for, which has not happened
(TimeML SLINK MODAL: the subordinated event is not asserted).  ``status.modality`` reads control through
infinitives and prepositions ("urged Israel *to withdraw*", "called *for* the release"); a finite that-clause is a
``ccomp``, which no governor reaches, so the withdrawal was coded as done.  The demand itself is coded at its own
verb (REQUEST); the act demanded is hypothetical.  Only verbs whose that-clause is always a mandate
(``data/status_words.tsv`` mandating_verbs): not "said", "insisted" or "suggested", whose that-clause as often
states a fact ("insisted that he was innocent").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.tables import word_class

MANDATING_VERBS = word_class("mandating_verbs", "status_words.tsv")
QUESTION_MARKS = {"whether", "if"}  # ("asked whether": a question, which modality.tsv's marks already doubt)


def mandating_verb(verb: Token) -> Token | None:
    """The verb of demanding whose finite that-clause ``verb`` heads ("demanded that Israel *withdraw*"), or None.
    Not an infinitive clause ("urged Israel *to withdraw*": the governors of ``status`` read it), nor a question."""
    if verb.dep_ != "ccomp" or verb.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i:
        return None
    head = verb.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in MANDATING_VERBS:
        return None
    if any(c.dep_ == "aux" and c.lower_ == "to" or c.dep_ == "mark" and c.lower_ in QUESTION_MARKS
           for c in verb.children):
        return None
    return head


def mandate_cues(trigger: Token, anchor: Token) -> list[tuple[str, str]]:
    """``[("mandate:<lemma>", "hypothetical")]`` when ``anchor`` (the trigger, or the verb whose clause a coordinated
    trigger shares) is the act of a that-clause of demand, else [].  A gerund joined to the clause's verb is none of
    its acts: a mandate's verb is a base form or a passive participle, and "demanding that he be returned and
    *saying* ..." joins the gerund to the verb of demanding (the parser hangs it on the clause)."""
    if trigger.tag_ == "VBG" and anchor.tag_ != "VBG":
        return []
    head = mandating_verb(anchor)
    return [(f"mandate:{head.lemma_.lower()}", "hypothetical")] if head is not None else []
