"""Session 34 (helper TIME): a present tense in a clause of time or condition on a future tells an act to come.

"The general will resign when his term ends in January" in a June story: the term ends next January, not the
January gone by that the nearest-month rule picks for a present tense; so with "once", "before", "until",
"after", "if", "unless" and "as soon as" (time/tense._clause_of_time_under_a_future, _present_form).  An
arrangement with "be to" ("talks are to resume after ...") is such a future too (time/tense._intended).
"""

from __future__ import annotations

from dateline.time import tag


def _value(text: str, dct: str, expression: str, nlp) -> str:
    doc = nlp(text)
    return next(t.value for t in tag(text, dct, doc=doc) if t.text == expression)


def test_when_under_will(nlp):
    assert _value("The mayor will step down when her mandate expires in January.", "2024-06-17", "January",
                  nlp) == "2025-01"


def test_once_under_will(nlp):
    assert _value("Loans will be released once the assembly passes the budget in January.", "2024-06-17",
                  "January", nlp) == "2025-01"


def test_after_under_be_to(nlp):
    assert _value("The hearings are to resume after the judge returns on Friday.", "2024-03-17", "Friday",
                  nlp) == "2024-03-22"


def test_a_present_of_habit_stays_the_nearest(nlp):
    # no future above it: "whenever the season ends in January" is a habit, read as the nearest January
    assert _value("Fishermen usually rest when the season ends in January.", "2024-06-17", "January",
                  nlp) == "2024-01"


def test_a_past_clause_under_will_keeps_its_past(nlp):
    # "after" with a past form may tell an act already over (session 27 left it so)
    assert _value("The patient will recover after surgeons operated on Friday.", "2024-03-17", "Friday",
                  nlp) == "2024-03-15"


def test_the_act_of_the_clause_is_dated_ahead(date_event):
    e = date_event("The mayor will step down when her mandate expires in January.", "expires", "2024-06-17")
    assert e.date == "2025-01"
