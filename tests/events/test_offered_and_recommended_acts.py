"""Acts only put on the table or recommended (session 50, from blind sample 3): an event noun offered ("Georgia is
offering a one-off 'tax amnesty' to people", governed_acts.offered_act) and a passive under "best" or "better"
("aspects ... were best probed by the judiciary", unreal._recommended) report no act done; the relevance layer halves
them below 0.5.  The offer itself (AGREE at the verb), an apology offered (made) and plain passives stay.  Sentences
written for the test, through the whole pipeline: each halved case first checks that the coder alone gives the event
at confidence >= 0.5.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("The government offered an amnesty to the rebels.", "amnesty"),
    ("The Georgian government is offering a one-off tax amnesty to people who hid their earnings.", "amnesty"),
    ("The rebels offered a ceasefire to the government.", "ceasefire"),
    ("The government met the rebels and offered them an amnesty.", "amnesty"),
])
def test_an_act_offered_is_not_done(code, text, trigger):
    _halved(code, text, trigger, "relevance:unreal")


@pytest.mark.parametrize("text, trigger", [
    ("The government offered an amnesty to the rebels.", "offered"),
    ("The rebels offered a ceasefire to the government.", "offered"),
])
def test_the_offer_itself_stays(code, text, trigger):
    event = _not_doubted(code, text, trigger, "relevance:unreal")
    assert event.type == "AGREE" and event.confidence >= 0.5


def test_an_apology_offered_is_made(code):
    event = _not_doubted(code, "Japan offered an apology to China for the war.", "apology", "relevance:unreal")
    assert event.type == "CONCEDE" and event.confidence >= 0.5


@pytest.mark.parametrize("text, trigger", [
    ("The riots in Gujarat were best probed by the judiciary, the opposition said.", "probed"),
    ("The killings are better investigated by the federal police, the opposition said.", "investigated"),
])
def test_a_passive_under_best_or_better_is_a_recommendation(code, text, trigger):
    _halved(code, text, trigger, "relevance:unreal")


def test_a_plain_passive_stays(code):
    _not_doubted(code, "The riots in Gujarat were probed by the judiciary, the opposition said.", "probed",
                 "relevance:unreal")


@pytest.mark.parametrize("text, trigger", [
    # (session 50) a future the trigger's own auxiliary states: still to come
    ("Former Scots Guardsman Allan Hendry will challenge the defence minister Adam Ingram.", "challenge"),
    ("The Juarez Attorney General's Office will begin investigations into the complaints.", "investigations"),
])
def test_a_stated_future_is_planned(code, text, trigger):
    _halved(code, text, trigger, "relevance:planned")


def test_a_promise_stated_with_will_is_no_plan_doubted(code):
    event = at_trigger(code("The rebels said they will release the hostages on Monday."), "release")
    assert event is not None and event.type == "AGREE" and "relevance:planned" not in event.reason
