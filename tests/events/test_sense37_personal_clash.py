"""Senses, session 37 (lead): one person who clashes with another quarrels (relevance:personal_clash, data/layer_doubts.tsv);
forces, groups and crowds that clash fight.  Sentences written for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer as _halved, not_doubted as _not_doubted


def test_one_person_who_clashes_quarrels(code_in_pipeline):
    text = ("The referendum campaign grew bitter. The former police chief clashed on Thursday with the leader of the "
            "No campaign over transport.")
    _halved(code_in_pipeline, text, "clashed", "relevance:personal_clash")


@pytest.mark.parametrize("text", [
    "The campaign grew violent. Anti-narcotics forces clashed with an armed drug trafficking group near the border.",
    "The match ended late. Rival fans clashed with police outside the ground after the game.",
])
def test_forces_and_crowds_that_clash_fight(code_in_pipeline, text):
    _not_doubted(code_in_pipeline, text, "clashed", "relevance:personal_clash")
