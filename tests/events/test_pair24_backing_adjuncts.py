"""Session 24, helper PAIR: who acts on whom, by English grammar.  Sentences written here.

A "with" phrase of backing on a verb ("with help from X", "with the help of X", "with the assistance of X") names a
helper on the doer's side, never whom the act is done to (``roles.backing_adjunct``); the noun of backing is done by
the backer to the doer (``noun_roles.backing_in_adjunct``)."""

from __future__ import annotations

import pytest

from coded_events import in_dyad, rows


@pytest.mark.parametrize("text, helper, helped", [
    ("Police arrested four suspects with the assistance of the army.", "army", "Police"),
    ("The Colombian navy seized three tonnes of cocaine with help from the US Coast Guard.", "Coast Guard", "navy"),
    ("Iraqi forces recaptured the town with the help of US air strikes.", "US", "Iraqi forces"),
])
def test_the_backer_helps_the_doer(code, text, helper, helped):
    evs = rows(code, text)
    assert in_dyad(evs, "AID", helper, helped), evs
    assert not in_dyad(evs, "AID", helped, helper), evs


def test_a_backer_is_no_target_of_the_act(code):
    evs = rows(code, "The Colombian navy seized three tonnes of cocaine with help from the US Coast Guard.")
    assert not any(t == "COERCE" and any("Coast Guard" in r for r in recs) for t, _, _, recs in evs), evs


def test_things_given_with_a_verb_of_supply_keep_their_receiver(code):
    # (weapons are no noun of backing: "supplied X with weapons" gives to X)
    evs = rows(code, "Iran has been supplying the Houthis with weapons.")
    assert in_dyad(evs, "AID", "Iran", "Houthis"), evs
