"""Session 54, probes of unjudged news: what someone "has yet to" or "is yet to" do is not done, in any tense
(unreal.not_yet, status "negated"); leaving people with a lack is the toll of an act, no withdrawal; removing a body
restricts no one; standing by one's own words or stance backs no party; options offered and funds a budget allocates
are no aid (not_triggers.tsv rows).  Sentences written
for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, parties


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("The lawyer said he had yet to examine the decision.", "examine"),
    ("Police have yet to arrest anyone over the killing.", "arrest"),
    ("The cabinet is yet to approve the deal with Iran.", "approve"),
])
def test_what_someone_has_yet_to_do_is_not_done(code, text, trigger):
    event = at_trigger(code(text, layer=False), trigger)
    assert event is not None and event.status == "negated"
    assert "yet_to" in event.reason


def test_a_past_obligation_without_yet_keeps_its_reading(code):
    event = at_trigger(code("Troops had to withdraw from the town.", layer=False), "withdraw")
    assert event is None or event.status != "negated"


def test_leaving_people_with_a_lack_is_no_withdrawal(code):
    events = code("Government security forces have blockaded roads in and out of the region, leaving residents with "
                  "no access to food or water.")
    assert at_trigger(events, "blockaded") is not None
    assert at_trigger(events, "leaving") is None


def test_forces_that_leave_a_country_withdraw(code):
    event = at_trigger(code("The last US troops left Iraq on Sunday."), "left")
    assert event is not None and event.type == "RETREAT"


def test_removing_a_body_restricts_no_one(code):
    assert at_trigger(code("Video shows protesters removing the body of a dead man in Hama."), "removing") is None
    assert at_trigger(code("The army removed the president from office."), "removed") is not None


@pytest.mark.parametrize("text", [
    "Trump stood by his skepticism of Nato.",
    "The minister stood by his comments about the judges.",
])
def test_standing_by_ones_own_words_backs_no_party(code, text):
    assert at_trigger(code(text), "stood by") is None


@pytest.mark.parametrize("text, recipient", [
    ("France stood by its ally Mali.", "Mali"),
    ("The vice president said he stood by the decision to expel the DEA.", "the DEA"),
])
def test_standing_by_a_party_or_a_measure_is_support(code, text, recipient):
    event = at_trigger(code(text), "stood by")
    assert event is not None and event.type == "SUPPORT" and recipient in parties(event)[1], parties(event)


@pytest.mark.parametrize("text, trigger", [
    ("Leaders of the American Soybean Association offered specific loan options to USDA Secretary Lyng.", "offered"),
    ("Honduras' 2012 military budget has allocated few funds towards the purchase of technology.", "allocated"),
])
def test_options_offered_and_funds_a_budget_allocates_are_no_aid(code, text, trigger):
    event = at_trigger(code(text), trigger)
    assert event is None or event.type != "AID", (event.type, parties(event))


@pytest.mark.parametrize("text, trigger", [
    ("The EU offered aid to Sudan.", "offered"),
    ("The government allocated funds to flood victims.", "allocated"),
])
def test_aid_offered_or_allocated_by_a_party_stays_aid(code, text, trigger):
    event = at_trigger(code(text), trigger)
    assert event is not None and event.type == "AID"
