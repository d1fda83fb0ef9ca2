"""Arguments, session 38 (lead): a party armed receives the arming, in the passive too ("were armed by") and where it
fights ("the rebels in Yemen"); "armed with" a thing arms no one; a noun the parser hung as a conjunct of the phrase
before it, but which is the subject of the next clause, is no co-actor ("hit by these attacks and a plane blew up");
a party named before a site noun deep in a compound ("the rss building bomb blast") names the place hit, not the
doer.  Sentences written for the test, with the actors stage's mentions."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, in_dyad, rows, shown


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran armed the rebels.", "Iran", "rebels"),
    ("The militias were armed by the government.", "government", "militias"),
    ("The rebels were armed by Iran during the war.", "Iran", "rebels"),
    ("Iran armed the rebels in Yemen.", "Iran", "rebels"),
])
def test_the_party_armed_receives(code, text, actor, recipient):
    evs = rows(code, text)
    assert in_dyad(evs, "AID", actor, recipient, ("armed",)), evs


@pytest.mark.parametrize("text", [
    "The party president arrived here on Monday afternoon armed with clearance from the state government.",
    "Soldiers armed with rifles from the government's stores guarded the road.",
])
def test_armed_with_a_thing_arms_no_one(code, text):
    assert not [r for r in rows(code, text) if r[0] == "AID"], rows(code, text)


def test_aid_to_people_still_goes_to_the_place_they_are_in(code):
    evs = rows(code, "The UN sent food aid to 300,000 people in northeast Nigeria.")
    assert in_dyad(evs, "AID", "UN", "Nigeria"), evs


def test_subject_of_the_next_clause_is_no_co_actor(code):
    text = ("Several security forces headquarters have also been hit by these attacks and an Avianca Airlines plane "
            "blew up in midair on 27 November killing all 107 passengers and crew.")
    hit = at_trigger(code(text), "hit")
    assert hit is not None and [p.text for p in hit.actor] == ["these attacks"], shown(code(text))


def test_coordinated_subjects_and_objects_stay_coordinated(code):
    evs = rows(code, "Police arrested the rebel leader and his deputy in Nairobi on Tuesday.")
    assert in_dyad(evs, "COERCE", "Police", "leader") and in_dyad(evs, "COERCE", "Police", "deputy"), evs
    evs = rows(code, "The rebels and the army clashed in the north.")
    assert any(t == "ASSAULT" for t, *_ in evs), evs


def test_party_before_a_deep_site_noun_is_not_the_doer(code):
    evs = rows(code, "The escaped militants were accused in the rss building bomb blast case, he pointed out.")
    assert not any(t == "ASSAULT" and any("rss" in a for a in actors) for t, _, actors, _ in evs), evs
