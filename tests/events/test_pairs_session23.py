"""Session 23, helper PAIR: who acts on whom, by English grammar.  Sentences written here.

- "with" after a party the governing verb addresses names the means, not a partner ("threatened *Venezuela* with
  new sanctions": Venezuela is threatened; ``arguments._with_after_addressee``).
- A request is aimed at the one asked: "called *on the government* to release political prisoners" asks the
  government, not the prisoners (``arguments._called_upon``, ``arguments._asked_over_object``).
- A noun of an act done together, reached through a preposition, names its partner as the one acted on: "pulled
  out of talks *with Israel*" (``roles.prep_recipients`` through ``roles.partner_of``).
- Two sides joined by a hyphen before a noun of an act done together are the dyad: "*US-Taliban* talks in Doha" is the
  US with the Taliban, not with Doha (``noun_roles.hyphenated_sides``)."""

from __future__ import annotations

import pytest

from coded_events import in_dyad, rows


@pytest.mark.parametrize("text, actor, target", [
    ("The United States threatened Venezuela with new sanctions.", "United States", "Venezuela"),
    ("Turkey threatened the Kurdish militia with a new offensive.", "Turkey", "Kurdish militia"),
])
def test_with_after_the_one_threatened_is_the_means(code, text, actor, target):
    evs = rows(code, text)
    assert in_dyad(evs, "THREATEN", actor, target), evs


def test_a_partner_with_no_one_addressed_stays(code):
    evs = rows(code, "Egypt agreed with Sudan to hold joint military exercises.")
    assert any(t == "AGREE" and any("Sudan" in r for r in recs) for t, _, _, recs in evs), evs


@pytest.mark.parametrize("text, actor, target", [
    ("The opposition called on the government to release political prisoners.", "opposition", "government"),
    ("The president called on the rebels to lay down their arms.", "president", "rebels"),
])
def test_a_request_is_aimed_at_the_one_asked(code, text, actor, target):
    evs = rows(code, text)
    assert in_dyad(evs, "REQUEST", actor, target), evs


def test_a_call_to_act_against_someone_keeps_that_target(code):
    evs = rows(code, "Kiev called on Western countries to impose sanctions on Russia.")
    assert in_dyad(evs, "REQUEST", "Kiev", "Russia"), evs


@pytest.mark.parametrize("text, actor, target", [
    ("Hamas pulled out of ceasefire talks with Israel.", "Hamas", "Israel"),
    ("Russia withdrew from the arms control treaty with the United States.", "Russia", "United States"),
])
def test_the_partner_of_talks_reached_through_a_preposition(code, text, actor, target):
    evs = rows(code, text)
    assert any(any(actor in a for a in acts) and any(target in r for r in recs) for _, _, acts, recs in evs), evs


@pytest.mark.parametrize("text, etype, actor, target", [
    ("Qatar hosted US-Taliban talks in Doha.", "CONSULT", "US", "Taliban"),
    ("Egypt brokered an Israel-Hamas ceasefire on Sunday.", "CONCEDE", "Israel", "Hamas"),
])
def test_hyphenated_sides_of_talks_are_the_dyad(code, text, etype, actor, target):
    evs = rows(code, text)
    assert any(t == etype and acts == [actor] and recs == [target] for t, _, acts, recs in evs), evs


def test_a_hyphenated_name_that_is_one_side_stays_whole(code):
    events = code("The Guinea-Bissau talks ended in Dakar.")
    assert not any("hyphen_side" in p.flags for e in events for p in [*e.actor, *e.recipient]), events
