"""Actor and recipient constructions (session 13, helper PAIRS): the goal of an event noun whose doer a
"by" phrase names, a document standing for its author, force between coordinated sides.  Through the real
coder (real spaCy model, real actors stage, shipped type model); the sentences are written for these tests,
not taken from the development data."""

from __future__ import annotations

import pytest
from coded_events import at_trigger as _event, parties as _pair, shown as _show


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    # the parser hangs the goal on the doer's noun ("the European Union *on* Russia")
    ("The sanctions imposed by the European Union on Russia took effect.", "sanctions", "the European Union", "Russia"),
    ("Airstrikes carried out by the coalition on Houthi positions killed 20 fighters.", "Airstrikes",
     "the coalition", "Houthi positions"),
    # ... or on the participle itself
    ("The aid promised by Japan to Sri Lanka arrived.", "aid", "Japan", "Sri Lanka"),
    # ... or on the passive verb that carries the noun
    ("The attack was carried out by Boko Haram fighters on a village in Borno.", "attack", "Boko Haram fighters",
     "a village"),
    # ... or after the doer of the noun's own "by"
    ("It was the first visit by a Chinese president to Cuba since 2014.", "visit", "a Chinese president", "Cuba"),
])
def test_an_event_noun_whose_doer_is_named_by_by_takes_the_goal_phrase(code, text, trigger, actor, recipient):
    events = code(text)
    e = _event(events, trigger)
    assert e is not None and _pair(e) == ([actor], [recipient]), _show(events)
    assert "goal_of_doer" in e.recipient[0].flags, _show(events)


def test_no_goal_when_no_doer_is_named(code):
    # "on Monday" is a time; with no "by" doer the rule has nothing to go on
    events = code("The sanctions on Monday took effect.")
    assert all("goal_of_doer" not in p.flags for e in events for p in e.recipient), _show(events)


def test_an_instrument_on_with_is_no_goal(code):
    events = code("The attack carried out by gunmen with rifles killed two guards.")
    assert all("goal_of_doer" not in p.flags for e in events for p in e.recipient), _show(events)


@pytest.mark.parametrize("text, actor", [
    ("A statement by the Foreign Ministry condemned Israel.", "the Foreign Ministry"),
    ("A statement issued by the Foreign Ministry condemned Israel.", "the Foreign Ministry"),
    ("A statement from the Foreign Ministry condemned Israel.", "the Foreign Ministry"),
])
def test_a_document_as_subject_stands_for_its_author(code, text, actor):
    # (before: "A statement" could not act, and no event was coded)
    events = code(text)
    e = _event(events, "condemned")
    assert e is not None and _pair(e) == ([actor], ["Israel"]), _show(events)


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("Police and protesters clashed in central Cairo on Friday.", "clashed", "Police", "protesters"),
    ("Hezbollah and Israel exchanged fire across the border.", "exchanged", "Hezbollah", "Israel"),
    ("Israel and Hamas fought a war in 2014.", "fought", "Israel", "Hamas"),
])
def test_force_between_coordinated_sides_is_a_dyad(code, text, trigger, actor, recipient):
    events = code(text)
    e = _event(events, trigger)
    assert e is not None and _pair(e) == ([actor], [recipient]), _show(events)
    assert "mutual" in e.recipient[0].flags, _show(events)


@pytest.mark.parametrize("text, trigger, recipient", [
    ("Police and soldiers clashed with protesters in Lagos.", "clashed", "protesters"),  # a third party
    ("Armed men and soldiers fought the rebels near Goma.", "fought", "the rebels"),  # an object
])
def test_coordinated_sides_acting_on_a_third_party_stay_co_actors(code, text, trigger, recipient):
    events = code(text)
    e = _event(events, trigger)
    assert e is not None and len(e.actor) == 2 and [p.text for p in e.recipient] == [recipient], _show(events)


def test_a_one_sided_attack_by_coordinated_subjects_is_no_dyad(code):
    # attacking is not mutual: jets and drones are one side
    events = code("Israeli jets and drones struck targets in Gaza.")
    assert all("mutual" not in p.flags for e in events for p in e.recipient), _show(events)


def test_a_message_clause_hung_on_the_addressee_is_the_writers(code):
    # the parser hangs "demanding" on "Tony Blair": the writer demands, Blair receives the demand
    events = code("Tory leader Michael Howard has written to Tony Blair demanding an explanation of the new rules.")
    e = _event(events, "demanding")
    assert e is not None and _pair(e) == (["Tory leader Michael Howard"], ["Tony Blair"]), _show(events)
    assert "message_sender" in e.actor[0].flags, _show(events)


def test_an_ing_clause_on_an_object_of_to_after_another_verb_stays_the_objects(code):
    # "spoke to" delivers no message in the sense of message_verbs (write, send, address ...): the clause hung on
    # the protesters stays theirs
    events = code("Officials spoke to the protesters demanding the release of the prisoners.")
    e = _event(events, "demanding")
    assert e is None or all("message_sender" not in p.flags for p in e.actor), _show(events)
