"""Session 23, helper PAIR: who acts on whom, by English grammar.  Sentences written here.

- "with" after a party the governing verb addresses names the means, not a partner ("threatened *Venezuela* with
  new sanctions": Venezuela is threatened; ``arguments._with_after_addressee``)."""

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
