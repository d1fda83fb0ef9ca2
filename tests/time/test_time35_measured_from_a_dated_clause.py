"""Session 35 (helper TIME2): a span before "after"/"before" and a clause that dates its own happening, or
tells again one the story dated, measures from that happening's date, not from the date line.

- "was placed under house arrest a day after the court upheld the charges on Tuesday": the arrest is a day
  after that Tuesday, and the upholding is on the Tuesday (time/measured.clause_date).
- "arrested two men two days after the gunmen shot the mayor", the shooting dated in the sentence before:
  two days after it (the measure's "days" hung on the clause's verb: attachment._measured_signal), and the
  shooting told again keeps its day (dating._own_date_of_the_measured).
- With no date in the clause and no happening told again ("a day after a delegation left Niamey") the span
  still measures back from the main clause's date, as in the founding example.
"""

from __future__ import annotations

DCT = "2024-03-17"

_ARREST = ("The former governor was placed under house arrest a day after the appeals court upheld the "
           "fraud charges on Tuesday.")


def test_the_act_a_day_after_a_dated_clause_is_the_next_day(date_event):
    assert date_event(_ARREST, "placed", DCT).date == "2024-03-13"


def test_the_clause_measured_from_keeps_its_own_date(date_event):
    assert date_event(_ARREST, "upheld", DCT).date == "2024-03-12"


def test_a_full_date_in_the_clause_measured_from(date_event):
    text = ("The weekly paper printed the letter two days after the sergeant was killed by a roadside bomb "
            "on 4 May 2019.")
    assert date_event(text, "printed", DCT).date == "2019-05-06"


def test_a_clause_telling_again_a_dated_happening(date_event):
    text = "Gunmen shot the mayor on March 3. Police arrested two men two days after the gunmen shot the mayor."
    assert date_event(text, "arrested", DCT).date == "2024-03-05"


def test_the_happening_told_again_keeps_its_day(date_event):
    text = "Gunmen shot the mayor on March 3. Police arrested two men two days after the gunmen shot the mayor."
    assert date_event(text, "shot", DCT, occurrence=2).date == "2024-03-03"


def test_an_undated_clause_still_measures_from_the_main_clause(date_event):
    text = "The junta ended the accord on Saturday, a day after a delegation left Niamey."
    assert date_event(text, "ended", DCT).date == "2024-03-16"
    assert date_event(text, "left", DCT).date == "2024-03-15"
