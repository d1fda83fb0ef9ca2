"""A report takes the date of an earlier sentence only when that date dates a report too - the
same occasion ("Clinton said Thursday ... He added ..."); after a dated happening ("The rifle was
unearthed Thursday. Investigators did not say ...") the report is said now, to the reporter
(session 9, designed on the even TBAQ files)."""

from __future__ import annotations


def test_a_report_after_a_dated_happening_is_said_now(date_event):
    text = ("AMHERST, N.Y. (AP) -- A rifle found near the home of a slain doctor may yield clues for "
            "investigators. Dr. Slepian was killed in his kitchen last fall.\n\n"
            "Buried a foot beneath the ground, the weapon was unearthed during a search of a wooded area "
            "Thursday. Investigators did not say how close the weapon was to the house.")
    out = date_event(text, "say", "1999-04-10")
    assert (out.date, out.date_reason) == ("1999-04-10", "dct")


def test_a_report_after_a_dated_report_continues_it(date_event):
    text = ("Health officials are worried about the outbreak. Reports say it is spreading.\n\n"
            "The president said Thursday that he had ordered an inquiry. He added that the inquiry "
            "would take weeks.")
    out = date_event(text, "added", "1998-08-21")
    assert (out.date, out.date_reason, out.date_span.text) == ("1998-08-20", "narrative", "Thursday")


# session 12: the report's subject is the one who did the dated act, as "he" / "she" or by name
SPEAKER = ("The FBI has interviewed two men in the case. Officer Smith found the rifle on Thursday behind the house. "
           "{} said it had been buried for months.")


def test_a_report_by_the_doer_of_the_dated_act_goes_on_with_that_day(date_event):
    out = date_event(SPEAKER.format("He"), "said", "1999-04-19")
    assert (out.date, out.date_reason) == ("1999-04-15", "narrative")


def test_a_report_by_the_same_name_goes_on_with_that_day(date_event):
    assert date_event(SPEAKER.format("Smith"), "said", "1999-04-19").date == "1999-04-15"


def test_a_report_by_someone_else_is_said_now(date_event):
    out = date_event(SPEAKER.format("Jones"), "said", "1999-04-19")
    assert (out.date, out.date_reason) == ("1999-04-19", "dct")
