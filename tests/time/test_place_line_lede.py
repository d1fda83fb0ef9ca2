"""Session 21 (helper TIME): a lower-case story that opens on a place line ("bangalore: the corps on
thursday wanted ...", the Times of India copy) is often parsed with the place as the root and the lede's
main clause hung on it as a participle or relative clause; the lede's date then counted as background
and set no story day, so the later undated past acts fell to the date line.  A clause with a subject
of its own (no relative pronoun) on a verbless root is the main clause: its date is the story's day.
A real relative clause ("Dole, who last year pledged ...") stays background."""

from __future__ import annotations

_NVC = ("bangalore: the national volunteer corps (nvc) on thursday wanted the world council of priests (wcp) "
        "not to defy the high court's interim order which has stopped the ceremony. the 200-member nvc "
        "executive, which met here, adopted a resolution after two hours of talks. it specifically said the "
        "campaign should continue in a lawful manner.")
_STANDOFF = ("new delhi: the stand-off between the coalition government and the priests' council on the temple "
             "issue continued saturday, with the volunteer corps - the mediator between the two - indulging in a "
             "bit of pressure itself. it said unless the curbs on pilgrims are lifted, feelings would stay "
             "inflamed. the corps chief, while condemning the train attack, appealed for an end to the violence.")


def test_the_lede_under_a_place_line_sets_the_story_day(date_event):
    ev = date_event(_NVC, "adopted", "2002-03-15")
    assert (ev.date, ev.date_reason) == ("2002-03-14", "narrative")
    assert date_event(_NVC, "said", "2002-03-15").date == "2002-03-14"
    assert date_event(_STANDOFF, "appealed", "2002-03-03").date == "2002-03-02"


def test_a_relative_clause_with_its_pronoun_stays_background(date_event):
    text = "Dole, who last year pledged to offer a bill on farm loans, again called for the loan for wheat."
    assert date_event(text, "called", "1987-03-11").date == "1987-03-11"
