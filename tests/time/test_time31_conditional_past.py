"""A past form in a clause of condition on a clause still to come ("would not evict them on Friday even
if they refused to leave") is the hypothetical past of the sequence of tenses, no act of the past: the
date of the clause it conditions is not refused as a later date on a past act
(dating._later_date_on_a_past_act with dating._hypothetical_past, session 31)."""

from __future__ import annotations

import pytest

DCT = "2024-10-16"  # a Wednesday


@pytest.fixture
def dated(date_event):
    return lambda text, trigger, occurrence=1: date_event(text, trigger, DCT, occurrence)


def test_a_condition_on_a_reported_future_takes_its_date(dated):
    e = dated("The mayor said the police would not evict the tenants on Thursday even if they refused to leave.",
              "refused")
    assert (e.date, e.date_reason, e.date_span.text) == ("2024-10-17", "attached_timex", "Thursday")


def test_unless_on_a_reported_promise(dated):
    e = dated("The kidnappers said they would free the two engineers on Saturday unless the company paid less.",
              "paid")
    assert (e.date, e.date_reason) == ("2024-10-19", "attached_timex")


def test_a_condition_on_a_planned_infinitive(dated):
    e = dated("The governor did not plan to close the schools on Friday even if the teachers walked out.", "walked")
    assert (e.date, e.date_reason) == ("2024-10-18", "attached_timex")


def test_a_past_act_beside_a_later_date_is_still_refused(dated):
    # the guard itself stays: a simple past in a clause of time is over
    e = dated("On Tuesday, the league plans to screen an advertisement made last week, before the coach resigned.",
              "resigned")
    assert e.date != "2024-10-22"
