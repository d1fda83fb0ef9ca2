"""Actor and recipient constructions (session 11, helper PAIR). Through the real coder (real spaCy model, real
actors stage, shipped type model); the sentences are written for these tests, not taken from the development
set."""

from __future__ import annotations

import pytest
from coded_events import at_trigger as _event, shown as _show


@pytest.mark.parametrize("text, trigger, recipient", [
    ("The army arrested the opposition leader and accused him of treason.", "accused", "the opposition leader"),
    ("Venezuela expelled the German ambassador, accusing him of meddling.", "accusing", "the German ambassador"),
    ("The government met the rebels and offered them amnesty.", "offered", "the rebels"),
])
def test_an_object_pronoun_takes_up_the_object_of_the_verb_before(code, text, trigger, recipient):
    # (before: "him"/"them" named no entity, so the recipient was dropped)
    events = code(text)
    e = _event(events, trigger)
    assert e is not None and [p.text for p in e.recipient] == [recipient], _show(events)
    assert "antecedent:parallel_object" in e.recipient[0].flags, _show(events)


def test_a_pronoun_of_another_number_is_not_taken_up(code):
    # "them" does not stand for one leader: no parallel object
    events = code("The army arrested the opposition leader and accused them of treason.")
    e = _event(events, "accused")
    assert e is None or all("antecedent:parallel_object" not in p.flags for p in e.recipient), _show(events)


def test_a_coordinated_verb_with_its_own_subject_takes_up_nothing(code):
    events = code("The police arrested the opposition leader and a court later accused him of treason.")
    e = _event(events, "accused")
    assert e is None or all("antecedent:parallel_object" not in p.flags for p in e.recipient), _show(events)


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("The foreign ministers of Iran and Saudi Arabia met in Beijing.", "met",
     "The foreign ministers of Iran", "Saudi Arabia"),
    ("The presidents of Kenya and Tanzania signed a trade agreement.", "signed",
     "The presidents of Kenya", "Tanzania"),
])
def test_parties_coordinated_in_an_of_phrase_meet_as_a_dyad(code, text, trigger, actor, recipient):
    # (before: "the foreign ministers of Iran and Saudi Arabia" was one actor, and the city received)
    events = code(text)
    e = _event(events, trigger)
    assert e is not None and [p.text for p in e.actor] == [actor], _show(events)
    assert [p.text for p in e.recipient] == [recipient], _show(events)


def test_parties_coordinated_in_an_of_phrase_each_act_on_a_third(code):
    events = code("The governments of the United States and Britain condemned Iran.")
    e = _event(events, "condemned")
    assert e is not None and [p.country for p in e.actor] == ["USA", "GBR"], _show(events)
    assert [p.text for p in e.recipient] == ["Iran"], _show(events)


def test_one_name_with_and_in_its_of_phrase_stays_one_party(code):
    events = code("The Ministry of Trade and Industry imposed sanctions on Russia.")
    e = _event(events, "imposed")
    assert e is not None and [p.text for p in e.actor] == ["The Ministry of Trade and Industry"], _show(events)
