"""Session 29 (helper TIME): a past form in a clause of condition ("if", "unless") on a clause with a modal,
in the present or an infinitive is the hypothetical past of the sequence of tenses, not an act of the
story's past: "The army said it would withdraw if the rebels laid down their arms" - the rebels have
laid down nothing, so "laid" takes no date from the story's Monday (it falls to the date line, as the
withdrawal it conditions does).  A condition on a past clause is left to the tense."""

from __future__ import annotations

_DCT = "2024-03-20"  # a Wednesday
_LEDE = "On Monday, rebels attacked the town of Kafr. "


def test_a_condition_of_a_would_future_takes_no_story_date(date_event):
    text = _LEDE + "The army said it would withdraw if the rebels laid down their arms."
    assert date_event(text, "laid", _DCT).date == _DCT


def test_unless_on_a_modal_clause_takes_no_story_date(date_event):
    text = _LEDE + "The minister warned that the government would impose sanctions unless the junta released the prisoners."
    assert date_event(text, "released", _DCT).date == _DCT


def test_a_condition_of_a_will_future_takes_no_story_date(date_event):
    text = _LEDE + "The army will pull out of the valley if the talks succeeded."
    assert date_event(text, "succeeded", _DCT).date == _DCT


def test_a_condition_on_a_past_clause_keeps_the_story_date(date_event):
    text = _LEDE + "If the rebels attacked the convoy, they did so at night."
    assert date_event(text, "attacked", _DCT, occurrence=2).date == "2024-03-18"


def test_the_reporting_verb_keeps_the_story_date(date_event):
    text = _LEDE + "The army said it would withdraw if the rebels laid down their arms."
    assert date_event(text, "said", _DCT).date == "2024-03-18"


def test_a_counterfactual_past_keeps_the_story_date(date_event):
    # "would have ... if it had ...": about a past time, which the story's time may give
    text = _LEDE + "The mayor said the town would have held out if the army had sent reinforcements."
    assert date_event(text, "sent", _DCT).date != _DCT
