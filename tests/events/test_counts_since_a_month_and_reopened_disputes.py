"""Session 57, blind sample α: a number of acts counted "since" a month ("at least five major arrests ... since
November") is a running count, a statistic that reports none of them (a count since a day is news); a dispute, a
debate or a case "reopened" is no release - a border or a road reopened still is.  Sentences written for the test,
through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer, not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text", [
    "There have been at least five major arrests of cartel members since November, a local newspaper noted.",
    "Police have made three arrests of gang leaders since March, the report said.",
])
def test_a_count_of_acts_since_a_month_is_a_statistic(code, text):
    halved_by_layer(code, text, "arrests", "relevance:statistic")


@pytest.mark.parametrize("text", [
    "Police made two arrests since Monday in connection with the attack.",
    "Police made two arrests on Monday in connection with the attack.",
])
def test_a_count_since_a_day_is_news(code, text):
    not_doubted(code, text, "arrests", "relevance:statistic")


@pytest.mark.parametrize("text, trigger", [
    ("The debate on the draft law reopened the loud disagreement between the finance minister and his rivals.",
     "reopened"),
    ("The ruling reopened old wounds between the two communities.", "reopened"),
    ("Prosecutors reopened the case of the murdered activist.", "reopened"),
])
def test_a_dispute_or_a_case_reopened_is_no_release(code, text, trigger):
    event = at_trigger(code(text, layer=False), trigger)
    assert event is None or event.type != "RETREAT"


def test_a_border_crossing_reopened_is_still_a_release(code):
    event = at_trigger(code("Israel reopened the Rafah border crossing on Monday.", layer=False), "reopened")
    assert event is not None and event.type == "RETREAT"
