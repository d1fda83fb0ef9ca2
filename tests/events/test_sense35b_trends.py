"""Relevance doubt of session 35 (helper SENSE2): a count or a level of a kind of act that rises, falls or stays high is a
trend, a statistic that sums acts; no act is reported (events/generic_acts.level_of_kind, relevance:level), whoever the
acts are said to be by and however the parser hangs the noun.  Sentences written for the test, through the whole
pipeline: each case first checks that the coder alone gives the event at confidence >= 0.5, then that the layer halves
it below 0.5; the contrasts - a verb of amount with an object of its own, a particular act - stay.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.mark.parametrize("text, trigger", [
    ("Attacks on aid workers in Sudan increased sharply in 2019, the United Nations said.", "Attacks"),
    ("Killings by Colombian police in Bogota doubled last year, the ombudsman said.", "Killings"),
    ("Arrests of opposition activists in Egypt have soared this year.", "Arrests"),
    ("The number of arrests of opposition activists rose sharply last year.", "arrests"),
])
def test_a_count_of_acts_that_changes_is_a_trend(code_in_pipeline, text, trigger):
    _halved(code_in_pipeline, text, trigger, "relevance:level")


def test_a_level_whose_noun_the_parser_hangs_elsewhere_is_a_level(code_in_pipeline):
    # the parser reads "violence" as the "of" object of "the weakening", leaving "remains" without a subject; the
    # actor the coder finds there does not make the level an act
    text = "Despite the weakening of criminal group the Knights Templar, violence in the state remains stubbornly high."
    _halved(code_in_pipeline, text, "violence", "relevance:level")


@pytest.mark.parametrize("text, trigger", [
    ("Rebel attacks on Kenyan army posts increased pressure on the government.", "attacks"),
    ("The rebels stepped up attacks on the army in March.", "attacks"),
    ("Kenyan police arrested the opposition leader as the number of protesters rose.", "arrested"),
])
def test_acts_with_a_verb_of_their_own_stay(code_in_pipeline, text, trigger):
    _not_doubted(code_in_pipeline, text, trigger, "relevance:level")
