"""A simple past act is not dated by "N units later" measured from the date line: "later" measures from a
past time the story told, and where it gave none with a value (nothing, or only a decade, which sets no
reference) the date line plus N would put a finished act in the future: the act is at a time the text does
not give (dating._later_than_the_date_line, session 31).  The tagger's value is left as it is."""

from __future__ import annotations

DCT = "2024-10-16"


def test_later_after_a_decade_does_not_date_a_past_act(date_event):
    e = date_event("In the 1980s the guerrillas seized the port. Three years later the navy recaptured it.", "recaptured",
                   DCT)
    assert (e.date, e.date_reason) == (None, "none")  # (not 2027, the date line plus three years)


def test_later_with_no_time_told_does_not_date_a_past_act(date_event):
    e = date_event("The guerrillas seized the port. Two weeks later the navy recaptured it.", "recaptured", DCT)
    assert e.date != "2024-10-30"


def test_later_after_a_year_still_dates_it(date_event):
    e = date_event("In 2019 the guerrillas seized the port. Two years later the navy recaptured it.", "recaptured", DCT)
    assert (e.date, e.date_reason) == ("2021", "attached_timex")


def test_an_act_ordered_for_later_keeps_its_date(date_event):
    # not a simple past: the repaying is after the ordering, which is the date line's
    e = date_event("The court ordered the company to repay the loan two months later.", "repay", DCT)
    assert e.date == "2024-12"
