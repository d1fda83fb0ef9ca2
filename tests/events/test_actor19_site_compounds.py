"""A country adjective before a site noun and an event noun describes the site, not the doer (session 19, helper
ACTOR): "the American center attack" was an attack on the American Center, not by America."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _actors(events, trigger):
    return [[a.text for a in e.actor] for e in events if e.trigger.text == trigger]


def test_site_between_adjective_and_attack(code):
    # India Police Events (design sample U), all lower case
    events = code("kolkata: aftab ansari, prime suspect in the american center attack, would be brought to the city.")
    assert all(not any("american" in a for a in actors) for actors in _actors(events, "attack"))


def test_consulate_bombing(code):
    events = code("Police said the Indian consulate bombing in Jalalabad was planned in Pakistan.")
    assert all(not any(a == "Indian" for a in actors) for actors in _actors(events, "bombing"))


def test_air_strike_keeps_its_doer(code):
    # "air" is no site: the adjective still names who struck
    events = code("An Israeli air strike killed 12 people in Gaza.")
    assert any(any("Israeli" in a for a in actors) for actors in _actors(events, "air strike"))

