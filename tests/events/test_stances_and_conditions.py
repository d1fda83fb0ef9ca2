"""Recipients bound to syntax (session 10, helper ARG): whom a voiced stance is aimed at, the party a condition
names, the named addressee of a warning, and the scene-setting phrase that is no place of
the event.  Through the real coder (real spaCy model, real actors stage, shipped type model); sentences are
written for these tests, not taken from the development set."""

from __future__ import annotations

from coded_events import at_trigger as _event, shown as _show


def test_a_voiced_stance_goes_to_its_complement_not_to_the_scene(code):
    # (before: the party of the fronted "On a visit to Kenya" received the support)
    events = code("On a visit to Kenya, the Nigerian president voiced his strong support of President William Ruto.")
    e = _event(events, "voiced")
    assert e is not None and [p.text for p in e.recipient] == ["President William Ruto"], _show(events)
    assert "stance" in e.recipient[0].flags


def test_the_stance_itself_is_never_the_recipient(code):
    # (before: "opposition" received the criticism)
    events = code("China voiced opposition to the visit by the US speaker.")
    e = _event(events, "voiced")
    assert e is not None and e.recipient and all(p.text != "opposition" for p in e.recipient), _show(events)
    assert e.recipient[0].country == "USA", _show(events)


def test_of_names_the_owner_of_a_stance_without_a_possessor(code):
    # "the support of X": whose support it is, not whom it backs - no complement names a target here
    events = code("The minister reiterated the support of the European Union.")
    assert all("stance" not in p.flags for e in events for p in e.recipient), _show(events)


def test_a_named_party_a_refusal_waits_for_to_be_acted_on_receives_it(code):
    events = code("The miners will not end the strike until the Glencore management is dismissed.")
    e = _event(events, "end")
    assert e is not None and e.type == "REJECT", _show(events)
    assert [p.text for p in e.recipient] == ["the Glencore management"], _show(events)


def test_a_negated_refusal_before_something_happens_is_a_condition(code):
    events = code("The teachers will not end their strike before the Ministry of Education raises salaries.")
    e = _event(events, "end")
    assert e is not None and [p.text for p in e.recipient] == ["the Ministry of Education"], _show(events)


def test_before_without_a_negation_names_a_time_not_a_condition(code):
    events = code("The rebels threatened to attack the capital before the Ministry of Defence reinforced it.")
    assert all("condition" not in p.flags for e in events for p in e.recipient), _show(events)


def test_a_thing_in_the_condition_is_no_recipient(code):
    events = code("The miners will not end the strike until their wage demands are met.")
    assert all("condition" not in p.flags for e in events for p in e.recipient), _show(events)


def test_a_named_addressee_of_a_warning_beats_an_unnamed_thing(code):
    # (before: "its affairs", a thing inside the act warned against, received the threat)
    events = code("China warned the United States against interfering in its affairs.")
    e = _event(events, "warned")
    assert e is not None and [p.text for p in e.recipient] == ["the United States"], _show(events)


def test_a_place_in_a_fronted_scene_is_no_recipient(code):
    # (before: Berlin, where the minister spoke, received the praise)
    events = code("Speaking at a conference in Berlin, the minister praised the agreement.")
    assert all(p.text != "Berlin" for e in events for p in e.recipient), _show(events)


def test_who_gives_a_sum_in_aid_gives_the_aid(code):
    # (before: no doer for "aid" inside the amount, so no event)
    events = code("The EU announced 500 million euros in humanitarian aid for Syria.")
    e = next((e for e in events if e.type == "AID"), None)
    assert e is not None and [p.text for p in e.actor] == ["The EU"], _show(events)
    assert [p.text for p in e.recipient] == ["Syria"], _show(events)


def test_who_receives_a_sum_in_aid_is_its_recipient(code):
    events = code("Nepal received $5 million in aid from Japan.")
    e = next((e for e in events if e.type == "AID"), None)
    assert e is not None and [p.text for p in e.actor] == ["Japan"], _show(events)
    assert [p.text for p in e.recipient] == ["Nepal"], _show(events)


def test_force_aimed_at_no_one_named_goes_to_whom_its_purpose_acts_on(code):
    events = code("Police fired tear gas to disperse supporters of the opposition leader.")
    e = next((e for e in events if e.type == "ASSAULT"), None)
    assert e is not None and e.recipient and e.recipient[0].text.startswith("supporters"), _show(events)
    assert "purpose" in e.recipient[0].flags


def test_a_purpose_acting_on_a_thing_names_no_target(code):
    events = code("Soldiers fired shots to clear the road.")
    assert all("purpose" not in p.flags for e in events for p in e.recipient), _show(events)


def test_an_apposition_naming_a_party_belongs_to_the_participant(code):
    events = code("Russia supplied weapons to its ally, the Syrian government.")
    e = _event(events, "supplied")
    assert e is not None and [p.text for p in e.recipient] == ["its ally, the Syrian government"], _show(events)


def test_an_apposition_naming_no_party_is_left_out(code):
    events = code("Police arrested the driver, a tall man with a beard.")
    e = _event(events, "arrested")
    assert e is not None and [p.text for p in e.recipient] == ["the driver"], _show(events)


def test_the_charge_is_no_part_of_the_accuser(code):
    events = code("Israel was accused by the UN of war crimes.")
    e = _event(events, "accused")
    assert e is not None and [p.text for p in e.actor] == ["the UN"], _show(events)


def test_who_acts_along_with_the_subject_acts_and_does_not_receive(code):
    # (before: Britain and France, named in the clause, received the condemnation)
    events = code("The United States, along with Britain and France, condemned the attack.")
    e = _event(events, "condemned")
    assert e is not None and [p.text for p in e.actor] == ["The United States", "Britain", "France"], _show(events)
    assert all(p.text not in ("Britain", "France") for p in e.recipient), _show(events)


def test_the_author_in_a_relative_clause_receives_what_is_done_to_the_thing(code):
    # (before: the plan itself received the rejection)
    events = code("The rebels rejected the peace plan Uganda proposed.")
    e = _event(events, "rejected")
    assert e is not None and [p.text for p in e.recipient] == ["Uganda"], _show(events)


def test_the_author_in_a_relative_clause_does_the_event_noun(code):
    # (before: "the attack" itself was the killer)
    events = code("The attack the rebels carried out killed ten soldiers.")
    e = _event(events, "killed")
    assert e is not None and [p.text for p in e.actor] == ["the rebels"], _show(events)


def test_a_content_clause_is_no_relative_clause(code):
    events = code("Washington rejected Moscow's demand that NATO withdraw its forces from Poland.")
    assert all("relative_author" not in p.flags for e in events for p in e.actor + e.recipient), _show(events)
    assert all(p.text != "Moscow" for e in events if e.trigger.text == "demand" for p in e.recipient), _show(events)


def test_one_asks_for_refuge_where_one_has_come_to(code):
    # (before: the request had no recipient)
    events = code("Thousands of Syrians fled to Turkey seeking refuge.")
    e = _event(events, "seeking")
    assert e is not None and [p.text for p in e.recipient] == ["Turkey"], _show(events)


def test_a_place_after_the_request_is_not_taken_from_the_governing_verb(code):
    events = code("The refugees waited seeking asylum in the camp near the border.")
    assert all("goal_of_governor" not in p.flags for e in events for p in e.recipient), _show(events)


def test_a_pledged_stance_goes_to_its_complement(code):
    events = code("Russia announced its opposition to the visit by the US speaker.")
    assert all(p.text != "its opposition" for e in events for p in e.recipient), _show(events)
    events = code("The EU extended its backing to the interim government of Mali.")
    e = _event(events, "extended")
    assert e is not None and [p.text for p in e.recipient] == ["the interim government of Mali"], _show(events)
    assert "stance" in e.recipient[0].flags


def test_an_announced_object_the_lexicon_does_not_name_is_no_stance(code):
    # (the complement of "other efforts" names no one the efforts are aimed at)
    events = code("The administration announced other efforts in response to COVID-19.")
    assert all("stance" not in p.flags for e in events for p in e.recipient), _show(events)
