"""Session 54, probes of unjudged news: "both X and Y" before a subject says each did the act on its own, so a support,
rejection or concession is no dyad between them (extract._each_on_its_own; "both sides agreed" stays one); a mishap
adverb before coordinated verbs qualifies each ("who *accidentally* shot, killed friend": agentless.mishap_violence).
Sentences written for the test, through the whole pipeline."""

from __future__ import annotations

from coded_events import at_trigger, halved_by_layer, parties


def test_both_x_and_y_welcomed_it_each(code_in_pipeline):
    event = at_trigger(code_in_pipeline("Both Culture Secretary Tessa Jowell and Deputy Prime Minister John Prescott "
                                        "have welcomed his return."), "welcomed")
    assert event is not None
    actors, recipients = parties(event)
    assert len(actors) == 2 and not any("Prescott" in r for r in recipients), parties(event)


def test_both_sides_agreeing_is_still_an_agreement_between_them(code_in_pipeline):
    event = at_trigger(code_in_pipeline("Both Israel and Hamas agreed to a ceasefire on Sunday."), "ceasefire")
    assert event is not None and any("Hamas" in r for r in parties(event)[1]), parties(event)


def test_an_accidental_shooting_that_killed_is_a_mishap_at_both_verbs(code_in_pipeline):
    text = "No charges against the 13-year-old boy who accidentally shot and killed his friend."
    assert halved_by_layer(code_in_pipeline, text, "killed", "relevance:mishap")
