"""An event noun that is the object of a verb of planning is planned by that verb's subject (session 35, helper
PAIR2): "the minister *plans a visit* to Egypt", "the two sides *scheduled talks* for May", "the army is *preparing
an offensive*", "they *plotted an attack*".  Who plans, schedules or prepares an event is the one who is to do it,
as the subject of a support verb does the event its object names ("X *made* a trip": noun_roles.noun_actor), and as
the subject of "plan to visit" does the visit (a control verb).  The verb's modality (modality.tsv, control future)
already marks the planned event as not yet done; without a doer it was dropped.

The verbs are the control verbs of intention that take an event noun as a direct object (frame_roles.tsv,
planning_verbs); "propose" and "arrange" are left out: who proposes or arranges talks between others need not take
part in them ("the UN arranged talks between the two sides").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.frame_roles import FRAME_ROLES
from dateline.events.tables import word_class

PLANNING_VERBS = word_class("planning_verbs", FRAME_ROLES)


def planned_by_subject(noun: Token, verb: Token) -> bool:
    """Is the event noun the direct object of a verb of planning ("plans *a visit*", "scheduled *talks*")?"""
    return noun.dep_ == "dobj" and noun.head == verb and verb.pos_ in ("VERB", "AUX") \
        and verb.lemma_.lower() in PLANNING_VERBS
