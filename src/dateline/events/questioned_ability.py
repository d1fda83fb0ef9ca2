"""An act asked about through an adjective of ability: "whether the army will *be able to crush* the revolt".
Session 33, helper PREC3.

words_not_deeds.embedded_question climbs from a trigger to the verb heading its clause through controlled infinitives
and coordinated verbs only, so it stops at a predicative adjective: in "it is unclear *whether* the regime will be able
to contain the unrest and *suppress* the protests" the climb ends at "able" and never meets the "whether" hung on "be".
The question is the same whether the act is asked about directly ("whether the regime will suppress") or through its
possibility ("whether the regime will be able to suppress"); what is asked is not reported as done.  This module
continues the climb across "be" + adjective + infinitive and looks for the question's "whether" there.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.events.clause_parts import _clause_head, span_head
from dateline.model import Event


def question_through_ability(event: Event, doc: Doc) -> bool:
    """Is the trigger the infinitive (or a verb coordinated with the infinitive) of a predicative adjective ("be
    *able* to", "be *ready* to") whose "be" opens a "whether" question ("whether the army will be able to *crush* the
    revolt")?"""
    tok = span_head(event.trigger, doc)
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    tok = _clause_head(tok)  # (a verb: up through infinitives and coordinated verbs only)
    adjective = tok.head
    if tok.dep_ != "xcomp" or adjective.pos_ != "ADJ" or adjective.dep_ != "acomp" or adjective.head.lemma_ != "be":
        return False
    be = _clause_head(adjective.head)
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in be.children)
