"""Session 32 (helper PAIR): a coordinated event noun with a determiner, possessor or year of its own is another
event, and the first noun's possessor names no doer of it (noun_roles.own_determiner).  A possessor is the
determiner of its noun phrase and cannot reach past another one: "the union's agitation and *the 1985* riots" -
the riots are not the union's; "the rebels' ambushes and raids" share the rebels.  Sentences written for these
tests."""

from __future__ import annotations


def _actors(events, trigger):
    return [[a.text for a in e.actor] for e in events if e.trigger.text == trigger]


def test_a_conjunct_with_its_own_determiner_and_year_is_not_the_possessors(code):
    events = code("The mills closed during the union's 1973 agitation and the 1985 communal riots.")
    assert not any(any("union" in t for t in actor) for actor in _actors(events, "riots"))
    assert any(any("union" in t for t in actor) for actor in _actors(events, "agitation"))


def test_a_conjunct_with_its_own_year_is_another_event(code):
    events = code("The mills closed during the union's agitation and 1985 riots.")
    assert not any(any("union" in t for t in actor) for actor in _actors(events, "riots"))


def test_a_bare_conjunct_shares_the_possessor(code):
    events = code("The rebels' ambushes and raids killed dozens.")
    assert any(any("rebels" in t for t in actor) for actor in _actors(events, "raids"))
