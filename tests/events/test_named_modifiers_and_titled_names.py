"""Who can be a doer (relevance.acts_as_party), session 50 from blind sample 3: a name after a courtesy title is a
person's whatever entity label the model gave it ("Mr Saakashvili", tagged GPE, was read as a place and the layer
halved his accusation); a name or word no actor table knows, in a compound before an event noun, names where, what or
whom the event was ("the Godhra train massacre", "the navnirman agitation"), not its doer.  Sentences written for the
test, through the whole pipeline.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("Mr Saakashvili has accused the Shevardnadze regime of allowing bribery to flourish.", "accused"),
    ("Mr Saakashvili has urged the Georgian Parliament to approve the amnesty.", "urged"),
])
def test_a_name_after_a_courtesy_title_is_a_party(code, text, trigger):
    event = _not_doubted(code, text, trigger, "relevance:actor_not_a_party")
    assert event.actor and event.actor[0].text == "Mr Saakashvili" and event.confidence >= 0.5


def test_a_name_the_tables_do_not_know_before_an_event_noun_is_no_doer(code):
    event = at_trigger(code("Police said the Godhra train massacre left 59 people dead."), "massacre")
    assert event is not None and event.actor and event.actor[0].text == "Godhra"
    assert "relevance:actor_not_a_party" in event.reason and event.confidence < 0.5


@pytest.mark.parametrize("text, trigger", [
    ("The Taliban attack on the base killed ten soldiers.", "attack"),
    ("The Hamas raid on the village killed ten people.", "raid"),
])
def test_a_party_the_tables_know_before_an_event_noun_stays_the_doer(code, text, trigger):
    event = _not_doubted(code, text, trigger, "relevance:actor_not_a_party")
    assert event.actor and event.confidence >= 0.5
