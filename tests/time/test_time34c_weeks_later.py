"""Session 34 (helper TIME3): "Weeks later" (no count) than the story time, or than the date line while the story
has none, is in that time's year: the act gets the year ("Weeks later, a similar movement ended the general's
rule" in a 2011 story = 2011; "arrested him in March 2020. Weeks later, a court freed him" = 2020), where
it had no date (session 34, TIME2).  "Months later" and "weeks earlier" keep no date (relative._weeks_later)."""

from __future__ import annotations

from dateline.time import tag


def test_weeks_later_with_nothing_dated_before_takes_the_date_lines_year(date_event):
    text = ("Protests toppled the president of the neighbouring state. Weeks later, a similar movement ended "
            "the rule of the general.")
    assert date_event(text, "ended", "2011-02-20").date == "2011"


def test_weeks_later_than_a_told_month_takes_its_year(date_event):
    text = "Police arrested the editor in March 2020. Weeks later, a court freed him."
    assert date_event(text, "freed", "2021-05-01").date == "2020"


def test_a_few_weeks_later_too():
    values = {t.text: t.value for t in tag("Troops left the valley in 1998. A few weeks later, the rebels came back.",
                                           "2003-01-09")}
    assert values["A few weeks later"] == "1998"


def test_months_later_keeps_no_date(date_event):
    text = "Police arrested the editor in March 2020. Months later, a court freed him."
    assert date_event(text, "freed", "2021-05-01").date is None


def test_weeks_earlier_keeps_no_year():
    values = {t.text: t.value for t in tag("Police arrested the editor in March 2020. Weeks earlier, a court had "
                                           "warned him.", "2021-05-01")}
    assert values["Weeks earlier"] == "PXW"
