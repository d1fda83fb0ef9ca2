"""Session 19 (helper TIME): dates the parse hangs deep in a clause's arguments, and amounts compared.

- a comparison base ("from an estimated $470 million this year") is the time of the amount a change is
  measured from, not the change's: the walk no longer takes it from the preposition's object;
- a subject placed in a period by its own "in" ("Capital expenditure in 1990 will rise") dates a past or
  future clause, as a dated subject ("The March accession will enable") already did a past one;
- the object's conjunct that the parser made the verb's ("losing his mother and stepfather in a sea
  voyage ... last November") carries a bare date as the object does;
- "on" + a date after the object of a past verb's preposition ("sent into space on board the Soyuz 36 on
  May 26, 1980") dates the verb;
- a gerund of means ("killed Steenkamp by shooting ... two years ago") is the verb's act, its date the verb's;
- a relative clause the parser did not make one ("the car accident on Friday that killed his wife") is
  read as one;
- a clause of time with no date of its own is dated by its own clause of time ("injured when the Land
  Cruiser overturned after it left the road ... on Friday afternoon")."""

from __future__ import annotations


def test_comparison_base_and_subject_in_a_period(date_event):
    text = "Capital expenditure in 1990 will rise slightly, Mr. Marous said, from an estimated $470 million this year."
    assert date_event(text, "rise", "1989-10-26").date == "1990"
    text = "The March accession will enable the three countries to sign the summit documents, the official added."
    assert date_event(text, "enable", "1999-02-10").date == "1999-03"


def test_object_conjunct_carries_its_date(date_event):
    text = ("What matters most is that Elian, after losing his mother and stepfather in a disastrous sea voyage "
            "to the United States last November, needs the love and care of his family.")
    assert date_event(text, "losing", "2000-01-13").date == "1999-11"


def test_on_a_date_after_a_prepositions_object(date_event):
    text = "Farkas, an air force captain, was sent into space on board the Soyuz 36 on May 26, 1980."
    assert date_event(text, "sent", "1998-04-18").date == "1980-05-26"


def test_gerund_of_means(date_event):
    text = ("Pistorius, a double amputee known as the Blade Runner, killed Steenkamp by shooting four times "
            "through a locked toilet door at his luxury home in Pretoria two years ago.")
    assert date_event(text, "killed", "2015-02-24").date == "2013"


def test_misparsed_relative_clause(date_event):
    text = ("Morgan Tsvangirai is expected to return to Zimbabwe today after undergoing medical tests in "
            "neighbouring Botswana following the car accident on Friday that killed his wife, Susan.")
    assert date_event(text, "killed", "2009-03-09").date == "2009-03-06"


def test_clause_of_time_of_a_clause_of_time(date_event):
    text = ("Morgan Tsvangirai is expected to return to Zimbabwe today after medical tests in Botswana. "
            "She was fatally injured when the Toyota Land Cruiser the couple were travelling in overturned "
            "after it left the road about 50 miles south of Harare on Friday afternoon.")
    event = date_event(text, "injured", "2009-03-09")
    assert (event.date, event.date_reason) == ("2009-03-06", "attached_timex")
