"""Session 20 (helper TIME): a past participle after its noun with no auxiliary (a reduced relative
clause) that carries an adverb of indefinite past or "recently" ("the four persons recently arrested in
Hapur", "A man previously convicted of fraud was arrested on Tuesday") tells an act before the story at a
time the text does not give: no date, neither the date line nor the date of the clause its noun belongs
to.  A reduced relative without such an adverb still shares that clause's date ("Two soldiers wounded in
the attack were taken to hospital on Tuesday"; on TimeML "a ceremony held in Independence" is the
joining's day)."""

from __future__ import annotations

_DCT = "2002-03-27"


def test_recently_arrested_persons_are_undated(date_event):
    text = ("He said that those arrested in Lucknow on Monday were the ones harboured by the four persons "
            "recently arrested in Hapur by the police.")
    ev = date_event(text, "arrested in Hapur", _DCT)
    assert (ev.date, ev.date_reason) == (None, "none")


def test_previously_convicted_is_not_the_arrest_day(date_event):
    ev = date_event("A man previously convicted of fraud was arrested on Tuesday.", "convicted", _DCT)
    assert ev.date is None


def test_a_plain_reduced_relative_keeps_the_clause_date(date_event):
    ev = date_event("Two soldiers wounded in the attack were taken to hospital on Tuesday.", "wounded", _DCT)
    assert ev.date == "2002-03-26"
