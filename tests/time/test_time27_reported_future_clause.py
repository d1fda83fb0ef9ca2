"""Session 27 (helper TIME): the sequence of tenses of reported speech.  A past form in a clause of time
("once", "before", "until", "as soon as"; not "when" or "after") on a "would" future tells an act that lies ahead of
the saying, as the main clause's does: "He said he would resign as soon as parliament met on Monday" is the
coming Monday (before: the Monday before the date line).  So does one on an infinitive of intent or
likelihood ("were likely to sell the shares as soon as trading opened Monday"), unless a past perfect sets
the plan back.  Only a date that is the clause verb's own adjunct; a past conditional ("would have resigned
if ..."), a clause with its own "had" and a comparison ("as steadfast as they were") keep the past."""

from __future__ import annotations

import pytest

_DCT = "2024-07-17"  # a Wednesday


@pytest.mark.parametrize("text, trigger, value", [
    ("He said he would resign as soon as parliament met on Monday.", "met", "2024-07-22"),
    ("The minister said troops would withdraw before the talks ended Friday.", "ended", "2024-07-19"),
    ("The rebels said they would free the hostages once the ransom arrived on Thursday.", "arrived", "2024-07-18"),
    ("Traders were likely to sell the shares as soon as trading opened Monday.", "opened", "2024-07-22"),
])
def test_a_time_clause_under_a_reported_future_lies_ahead(date_event, text, trigger, value):
    assert date_event(text, trigger, _DCT).date == value


@pytest.mark.parametrize("text, trigger, value", [
    ("He fled when police arrived on Monday.", "arrived", "2024-07-15"),
    ("They said they would leave after they had voted on Tuesday.", "voted", "2024-07-16"),
    ("He decided to resign after the vote failed on Monday.", "failed", "2024-07-15"),
    ("The officer is expected to survive after a gunman shot him on Monday.", "shot", "2024-07-15"),
    ("The monitors had been due to leave as soon as the talks ended Friday.", "ended", "2024-07-12"),
])
def test_a_past_time_clause_stays_past(date_event, text, trigger, value):
    assert date_event(text, trigger, _DCT).date == value


def test_a_month_inside_a_phrase_of_the_clause_is_read_by_itself(nlp):
    from dateline.time import tag

    text = "He said he would back the party after he met the president before the March elections."
    assert [t.value for t in tag(text, _DCT, doc=nlp(text))] == ["2024-03"]
