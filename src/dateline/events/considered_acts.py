"""Acts a clause only considers: thought of, or asked for in a second prepositional phrase.  Session 33, helper PREC
(samples i and j).

* A gerund after "of" / "about" on a verb of musing names an act thought of, not done ("the minister said he had
  *thought of resigning*", "rebel leaders *talked about releasing* the hostages").  The modality stage reads "consider",
  "contemplate", "mull" as deliberation (data/modality.tsv, CAMEO 014 'Consider policy option', no PLOVER type); the
  prepositional "think of" is the same weighing of an option.
* Coordinated prepositional phrases share what governs the first ("a demand *for* his resignation *and for an
  inquiry* by a judge"): the second act is asked for like the first, not reported done.  The modality stage reads the
  first phrase's governor only; governed_acts.governed_noun_conjunct does the same for coordinated nouns ("demanded the
  dismissal of X *and the resignation* of Y").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.events.clause_parts import first_conjunct, span_head
from dateline.events.lexicon import base_forms
from dateline.events.tables import word_class
from dateline.model import Event

# Verbs of musing whose "of" / "about" gerund is an act thought of (data/word_classes.tsv).
MUSING_VERBS = word_class("musing_verbs")
MUSING_PREPOSITIONS = {"of", "about"}


def thought_of(event: Event, doc: Doc) -> bool:
    """Is the trigger a gerund that is the object of "of" / "about" on a verb of musing ("had *thought of resigning*",
    "*dreamed of attacking* the capital", "*talked about releasing* the hostages")?  An option weighed, no act done.
    (A noun after the preposition is a topic the modality stage leaves to the type: "thought about the attack".)"""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.tag_ != "VBG":
        return False
    gerund = first_conjunct(tok)  # ("thought of resigning and *leaving* politics")
    if gerund.dep_ not in ("pcomp", "pobj"):
        return False
    prep = gerund.head
    if prep.lower_ not in MUSING_PREPOSITIONS or prep.dep_ != "prep":
        return False
    return bool(set(base_forms(prep.head)) & MUSING_VERBS)


def governed_prepositional_conjunct(event: Event, doc: Doc) -> bool:
    """Is the trigger an event noun after a preposition coordinated with an earlier one whose object a verb or noun of
    demand, aim or refusal governs ("rejected an opposition demand for his resignation *and for an inquiry* by a judge",
    "renewed their call for the release of the prisoners *and for an investigation*")?  The second phrase is governed
    like the first: asked for, not reported done."""
    from dateline.events.undone_acts import NOT_DONE_STATUSES  # (undone_acts imports clause_parts)
    from dateline.events.status import modality

    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ != "NOUN" or tok.dep_ != "pobj" or event.status != "factual":
        return False
    prep = tok.head
    if prep.dep_ != "conj" or prep.pos_ != "ADP":
        return False
    first = _repeated_preposition_object(prep)
    if first is None:
        return False
    governed = modality(first)
    return any(c.startswith("control:") for c in governed.cues) and (
        governed.recode is not None or governed.status in NOT_DONE_STATUSES)


def _repeated_preposition_object(prep: Token) -> Token | None:
    """The noun after the nearest earlier use of the same preposition in the coordination ``prep`` (a conjunct) closes:
    "demand *for* his resignation and *for* an inquiry" -> "resignation".  The parser often hangs the second
    preposition on the verb ("rejected ... and for"), so the first is looked for in the whole subtree of its head."""
    earlier = [t for t in prep.head.subtree if t.i < prep.i and t.dep_ == "prep" and t.lower_ == prep.lower_]
    if not earlier:
        return None
    first_prep = max(earlier, key=lambda t: t.i)
    return next((c for c in first_prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
