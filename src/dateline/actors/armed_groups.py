"""The forces of an armed group: "Taliban forces", "FMLN battalions", "Hezbollah troops".

A force noun ("forces", "troops", "battalions": agent_contexts.tsv, context force_of_armed_group) names the
military (MIL) when it stands alone or after a state ("Nigerian troops"); after the name of an armed body of no state
that the knowledge base knows (sector REB, UAF or CRM) it counts that body's men, who take its sector, as "Hamas
fighters" do (member_of_body).
"""

from __future__ import annotations

from dateline.actors.kb import KnowledgeBase
from dateline.actors.match import Unit

ARMED_NON_STATE = {"REB", "UAF", "CRM"}  # armed bodies of no state: their forces are theirs, no army's


def armed_group_force(org: Unit, head_word: str, kb: KnowledgeBase) -> bool:
    """Is ``head_word`` a force noun after ``org``, the name of an armed group of no state?"""
    return org.entries[0].sector in ARMED_NON_STATE and head_word in (kb.agent_context("*", "force_of_armed_group") or ())
