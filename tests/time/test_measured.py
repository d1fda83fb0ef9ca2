"""A time measured from a happening the story dated ("the day after his death", "ten days before
the shooting") is that happening's date moved by the measure (session 13, designed on the even
TBAQ files: NYT19981121.0173, NYT19990419.0515)."""

from __future__ import annotations

SLEPIAN = ("Slepian, 52, was shot through the kitchen window of his home in Amherst shortly after he and his "
           "wife returned home from synagogue on the night of Friday, Oct. 23. Moskal said the two men "
           "apparently showed up at Slepian's house the day after his death. They were trying to attend a "
           "prayer vigil for Slepian, and a police officer on duty took their names, Moskal said.")


def test_the_day_after_a_dated_happening(date_event):
    out = date_event(SLEPIAN, "showed", "1998-11-21")
    assert (out.date, out.date_reason, out.date_granularity) == ("1998-10-24", "attached_timex", "day")
    assert out.date_span.text == "the day after"
    # the next sentence continues that day (the story time, as after any dated clause)
    assert date_event(SLEPIAN, "took", "1998-11-21").date == "1998-10-24"


def test_a_span_before_a_dated_happening_dates_the_main_clause(date_event):
    text = ("Slepian was shot to death last Oct. 23 at his home. Clark said the evidence includes testimony "
            "from a jogger who spotted Kopp's car near Slepian's house at 6 a.m. ten days before the shooting.")
    assert date_event(text, "spotted", "1999-04-19").date == "1998-10-13"
    text = "Perry was arrested two days after the Oct. 14 murder."
    assert date_event(text, "arrested", "2016-10-28").date == "2016-10-16"
    text = ("On Tuesday, a gunman opened fire at a school in Ohio. Another suspect was arrested a week after "
            "the shooting, police said.")
    out = date_event(text, "arrested", "2024-03-28")
    assert (out.date, out.date_granularity) == ("2024-W14", "week")  # Tuesday March 26 + 7 days


def test_an_undated_happening_gives_no_date(date_event):
    # the span measures from a shooting the text does not date: not a week before the story's Friday
    text = "Police said on Friday that another suspect was arrested a week after the shooting."
    out = date_event(text, "arrested", "2017-02-12")
    assert not (out.date or "").startswith("2017-W05")


def test_a_clause_after_the_signal_keeps_its_reading(founding, date_event):
    text, dct = founding
    assert date_event(text, "left", dct).date == "2024-03-15"
