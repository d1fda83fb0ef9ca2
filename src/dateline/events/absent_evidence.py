"""Events denied by absent evidence: "there were *no reports of* any other violence", "*no sign of* fighting".

An event noun in the "of"-phrase of a noun of report or evidence that the determiner "no" denies ("no reports of
violence", "no evidence of torture") is reported as not having happened - as "no violence was reported".  The nouns
(data/status_words.tsv, class evidence_nouns) are those of report and evidence only: "no knowledge of the killing"
and "no role in the attack" deny the knowing and the taking part, not the event.  Session 36, lead (design sample p).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.tables import word_class

EVIDENCE_NOUNS = word_class("evidence_nouns", "status_words.tsv")


def absent_evidence(trigger: Token) -> list[tuple[str, str]]:
    """The cue ``("absent_evidence:<noun>", "negated")`` for an event noun in the "of"-phrase of a noun of evidence
    with the determiner "no" ("no reports of violence"), else none."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return []
    evidence = trigger.head.head
    if evidence.pos_ != "NOUN" or evidence.lemma_.lower() not in EVIDENCE_NOUNS:
        return []
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in evidence.children):
        return []
    return [(f"absent_evidence:{evidence.lemma_.lower()}", "negated")]
