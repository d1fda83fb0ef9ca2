"""Session 26 (helper RECALL): a concession or a meeting refused is a rejection (PLOVER REJECT: "all rejections and
refusals", manual v2.0 3.10), even when a nearer verb made a concession of the governed word ("refused to *meet* the
demands": meeting demands is CONCEDE, refusing to is REJECT); a bandh, hartal, strike or shutdown "observed" is a
strike by those who observe it (codebook PROTEST strike; CAMEO 143), the noun itself no target.  Real spaCy model and
actors stage; sentences written for these tests, none copied from an evaluation article.  Each positive case fails on
the tree before; the guards pin what the rules must leave alone.
"""

from __future__ import annotations

import pytest
from coded_events import in_dyad, rows as _events


@pytest.mark.parametrize("text, actor, recipient", [
    ("India refused to meet the demands of Pakistan.", "India", "Pakistan"),
    ("The junta refused to accept the demands of the opposition.", "junta", "opposition"),
])
def test_a_refused_concession_is_a_rejection(code, text, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, "REJECT", actor, recipient), evs
    assert not any(t == "CONCEDE" for t, *_ in evs), evs


def test_a_concession_agreed_stays_a_concession(code):
    evs = _events(code, "Israel agreed to meet the demands of Hamas.")
    assert in_dyad(evs, "CONCEDE", "Israel", "Hamas"), evs
    assert not any(t == "REJECT" for t, *_ in evs), evs


@pytest.mark.parametrize("text, actor", [
    ("Traders observed a bandh in the district.", "Traders"),
    ("The opposition observed a hartal across the state.", "opposition"),
    ("Shopkeepers observed a complete shutdown on Monday.", "Shopkeepers"),
])
def test_an_observed_bandh_is_a_strike(code, text, actor):
    evs = _events(code, text)
    ev = [e for e in evs if e[0] == "PROTEST" and any(actor in a for a in e[2])]
    assert ev, evs
    assert not any(w in r for e in ev for r in e[3] for w in ("bandh", "hartal", "shutdown")), evs


def test_the_strike_noun_is_no_target_but_its_against_phrase_is(code):
    evs = _events(code, "The opposition observed a hartal against the government.")
    assert in_dyad(evs, "PROTEST", "opposition", "government", ("observed",)), evs


@pytest.mark.parametrize("text", [
    "UN observers observed the elections.",
    "Residents observed a drone strike on the village.",
])
def test_observing_elections_or_a_weapon_strike_is_no_protest(code, text):
    evs = _events(code, text)
    assert not any(t == "PROTEST" for t, *_ in evs), evs


@pytest.mark.parametrize("text, actor, recipient", [
    ("The government will not meet the demands of the strikers.", "government", "strikers"),
    ("India did not accept the demands of Pakistan.", "India", "Pakistan"),
])
def test_a_concession_announced_as_not_made_is_a_rejection(code, text, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, "REJECT", actor, recipient), evs


@pytest.mark.parametrize("text", [
    "India could not meet the demands of Pakistan.",  # an inability
    "India has not met the demands of Pakistan.",  # an absence so far
])
def test_an_inability_or_an_absence_is_no_rejection(code, text):
    evs = _events(code, text)
    assert not any(t == "REJECT" for t, *_ in evs), evs


def test_a_failed_concession_is_not_made(code_with_mentions):
    evs = [e for e in code_with_mentions("India failed to meet the demands of Pakistan.") if e.type == "CONCEDE"]
    assert evs and all(e.status == "negated" for e in evs), [(e.type, e.status) for e in evs]
