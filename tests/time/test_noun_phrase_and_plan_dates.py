"""Designed on the even TBAQ files (session 15, helper TIME): the dates of plans and planned acts,
dates deep in a noun phrase, and conjuncts with a time of their own."""

from __future__ import annotations


def test_a_happening_noun_is_dated_by_its_own_participle(date_event):
    # a reduced passive relative clause tells when the happening named by the noun is (was) held
    text = ("A memorial service planned at the University of Rochester for Saturday was canceled after "
            "security plans were leaked.")
    out = date_event(text, "service", "1999-10-24")
    assert (out.date, out.date_reason) == ("1999-10-23", "attached_timex")
    text = "Critics said the agreement signed in March between the two governments was unfair."
    out = date_event(text, "agreement", "2024-06-01")
    assert (out.date, out.date_reason) == ("2024-03", "attached_timex")


def test_a_participle_of_reporting_does_not_date_the_happening(date_event):
    # a report comes after what it tells: "the attack reported on Monday" was not on Monday
    text = "The attack reported on Monday by local officials killed five villagers."
    out = date_event(text, "attack", "2024-06-01")
    assert out.date != "2024-05-27"


def test_a_conjunct_with_a_time_of_its_own_is_not_on_its_first_conjuncts_date(date_event):
    text = ("Beneath the jargon lies a powerful threat from the brewing giant, which last year accounted for "
            "about 41% of all U.S. beer sales and is expected to see that grow to 42.5% in the current year.")
    out = date_event(text, "expected", "1989-10-26")
    assert out.date != "1988"
    # a conjunct with no time of its own still shares its first conjunct's date
    text = "Truckloads of goods rolled into Iraq on Tuesday and cargo was unloaded from ships at the port."
    out = date_event(text, "unloaded", "1990-08-15")
    assert (out.date, out.date_reason) == ("1990-08-14", "attached_timex")


_PLANNED = ("Protesters planned a large demonstration in Little Havana on Saturday and were planning to drive "
            "around Miami International Airport on Monday.")


def test_a_time_after_the_object_of_a_plan_is_the_planned_acts_and_lies_ahead(nlp):
    from dateline.time import tag

    doc = nlp(_PLANNED)
    got = {t.text: t.value for t in tag(_PLANNED, "2000-01-07", doc=doc)}
    assert got["Saturday"] == "2000-01-08"  # the coming Saturday, not the one before the Friday date line


def test_the_planned_act_takes_the_date_and_the_planning_does_not(date_event):
    out = date_event(_PLANNED, "demonstration", "2000-01-07")
    assert (out.date, out.date_reason) == ("2000-01-08", "attached_timex")
    out = date_event(_PLANNED, "planned", "2000-01-07")
    assert out.date != "2000-01-08"
    # a time before the object is the planning's own
    out = date_event("On Friday, protesters planned a large demonstration.", "planned", "2000-01-08")
    assert (out.date, out.date_reason) == ("2000-01-07", "attached_timex")


def test_a_portion_of_a_date_dates_the_event(date_event):
    text = ("The feeling is the administration might send federal agents,'' said Sergio Navarro, a Miami "
            "businessman who spent part of Sunday night with chanting protesters.")
    out = date_event(text, "spent", "2000-04-17")
    assert out.date_reason == "attached_timex" and out.date.startswith("2000-04-16")
    text = 'He said the company has no intention of tapping its bank lines "for a good part of 1990."'
    out = date_event(text, "tapping", "1989-10-30")
    assert (out.date, out.date_reason) == ("1990", "attached_timex")


def test_a_relative_clause_of_occurring_dates_its_happening_noun(date_event):
    text = ("Shoney's said the latest restructuring affected bank indebtedness that was incurred to finance "
            "$585 million of the company's $728 million recapitalization that took place in 1988.")
    out = date_event(text, "recapitalization", "1989-10-30")
    assert (out.date, out.date_reason) == ("1988", "attached_timex")
    out = date_event("Police have named the victim of a shooting that took place Saturday evening.", "shooting",
                     "2016-10-17")
    assert out.date.startswith("2016-10-15") and out.date_reason == "attached_timex"
    out = date_event("Thousands attended the rally, which was held on Sunday in the capital.", "rally", "2016-10-19")
    assert (out.date, out.date_reason) == ("2016-10-16", "attached_timex")
    # any other relative clause keeps its own time: the committee that met on Monday is not Monday's
    out = date_event("The committee that met on Monday has not decided.", "committee", "2016-10-19")
    assert out.date != "2016-10-17"


_CALLED = ("The World Trade Organization has called a special meeting of trade finance players for Wednesday, "
           "and the subject will be a major topic of discussion.")


def test_a_weekday_an_object_is_set_for_lies_ahead_and_is_not_the_settings(nlp, date_event):
    from dateline.time import tag

    doc = nlp(_CALLED)
    (t,) = [t for t in tag(_CALLED, "2008-11-10", doc=doc) if t.text == "Wednesday"]
    assert t.value == "2008-11-12"  # the coming Wednesday of a Monday story
    out = date_event(_CALLED, "called", "2008-11-10")
    assert out.date != "2008-11-12" and out.date != "2008-11-05"
    # a past perfect keeps the weekday in the past
    doc = nlp("The unions had called a strike for Monday.")
    (t,) = tag("The unions had called a strike for Monday.", "2008-11-12", doc=doc)
    assert t.value == "2008-11-10"
