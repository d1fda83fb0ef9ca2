"""Relevance, session 37 (lead): a simple present in a clause of time opened by "when" or "whenever" tells a case in
general or an act to come, not an act done - even a political actor's (generic_acts.present_in_time_clause,
relevance:generic_present); a past in such a clause, and a present in a main clause of a political actor, stay.
Sentences written for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import at_trigger


@pytest.mark.parametrize("text, trigger", [
    ("Migrants face many dangers on the way. There is also the risk of what Texas authorities call a coyote rip, when "
     "gangs kidnap migrants and demand ransom money.", "kidnap"),
    ("Migrants face many dangers on the way. There is also the risk of what Texas authorities call a coyote rip, when "
     "gangs kidnap migrants and demand ransom money.", "demand"),
    ("Residents fear the worst. Whenever the army shells the town, hundreds of families flee to the hills.", "shells"),
])
def test_a_present_in_a_clause_of_time_is_doubted(code_in_pipeline, text, trigger):
    event = at_trigger(code_in_pipeline(text), trigger)
    assert event is not None and "relevance:generic_present" in event.reason, event


@pytest.mark.parametrize("text, trigger", [
    ("Residents fled to the hills. When the army shelled the town, hundreds of families left.", "shelled"),
])
def test_a_past_in_a_clause_of_time_stays(code_in_pipeline, text, trigger):
    event = at_trigger(code_in_pipeline(text), trigger)
    assert event is not None and "relevance:generic_present" not in event.reason, event


def test_a_dated_act_to_come_in_a_clause_of_time_stays(code_in_pipeline):
    text = ("Mr Karzai's officials spoke to reporters. They said they would raise the issue when the Pakistani foreign "
            "minister, Khursheed Kasuri, visits Kabul on Thursday.")
    event = at_trigger(code_in_pipeline(text), "visits")
    assert event is None or "relevance:generic_present" not in event.reason, event
