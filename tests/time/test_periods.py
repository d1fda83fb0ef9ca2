"""Designed on constructions of English news (session 17, helper TIME): a period the text names is
the event's time, not a point of the story's line - "during" + a date dates the event by that period
like "in" and "for" ("fought the rebels during the 1990s"), and a stretch of months or years up to
now ("over the past three years", "in recent years", "for years") on a past clause leaves it with no
point date: neither the story's day nor the date line's."""

from __future__ import annotations

_DCT = "2024-03-17"  # a Sunday


def test_during_a_date_dates_the_event_by_that_period(date_event):
    for text in ("The army fought rebels in the north during the 1990s.",
                 "During the 1990s, the army fought rebels in the north."):
        out = date_event(text, "fought", _DCT)
        assert (out.date, out.date_reason) == ("199", "attached_timex"), text
    out = date_event("Troops shelled the town during the night of March 3.", "shelled", _DCT)
    assert out.date.startswith("2024-03-03"), out.date


def test_during_a_stretch_up_to_now_is_still_a_bound(date_event):
    out = date_event("The rebels fled during the past two years.", "fled", _DCT)
    assert out.date_reason != "attached_timex"  # a stretch up to now bounds the act, it names no period


def test_a_stretch_of_years_up_to_now_is_no_point_of_the_story(date_event):
    lede = "On Monday, troops entered the town. "
    for tail in ("Over the past three years, the rebels attacked the town many times.",
                 "In recent years, the rebels attacked the town many times.",
                 "For years, the rebels attacked the town.",
                 "The rebels attacked the town repeatedly over the past two decades."):
        out = date_event(lede + tail, "attacked", _DCT)
        assert out.date is None and out.date_reason == "none", tail
    out = date_event("She supported the bridge for years, before finally cancelling it.", "supported", _DCT)
    assert out.date is None


def test_a_stretch_on_a_present_perfect_clause_is_news_of_now(date_event):
    out = date_event("Over the past three years, the rebels have attacked the town many times.",
                     "attacked", _DCT)
    assert (out.date, out.date_reason) == (_DCT, "dct")


def test_short_stretches_and_plain_durations_keep_the_story_time(date_event):
    lede = "On Monday, troops entered the town. "
    out = date_event(lede + "For three days, the rebels besieged the garrison.", "besieged", _DCT)
    assert out.date == "2024-03-11"


def test_a_range_dates_the_event_by_the_smallest_period_holding_both_bounds(date_event):
    for text, trigger, want in (("Between 2015 and 2019, the rebels attacked the town many times.", "attacked", "201"),
                                ("From 2015 to 2019, the rebels attacked the town.", "attacked", "201"),
                                ("The numbers fell, sometimes reaching zero during 2017-2018.", "reaching", "201"),
                                ("Prices rose from Monday to Friday.", "rose", "2024-W11"),
                                ("The talks took place between March 3 and March 5.", "took", "2024-03")):
        out = date_event(text, trigger, _DCT)
        assert out.date == want, text
    # bounds that share no decade: no point the text gives, not the first bound
    out = date_event("Biden served as vice president from 2009 to 2017.", "served", _DCT)
    assert out.date is None and out.date_reason == "none"


def test_a_clause_on_the_second_bound_keeps_that_bound(date_event):
    text = "Bribes were allegedly paid between 1999 and 2005 when Mbeki sacked Zuma as deputy president."
    assert date_event(text, "sacked", "2008-09-20").date == "2005"


def test_the_first_bound_of_a_range_takes_the_year_of_the_second():
    from dateline.time import tag

    def values(text):
        return {t.text: t.value for t in tag(text, _DCT)}

    assert values("The rebels held the town from March to May 2023.")["March"] == "2023-03"
    assert values("The army ruled from November to February 2023.")["November"] == "2022-11"
    assert values("The Dow rose between September and October of 2007.")["September"] == "2007-09"
    assert values("The war lasted from June 3 to August 5, 1998.")["June 3"] == "1998-06-03"
    # no range: the bare month keeps its own reading
    assert values("Prices fell in March and rose in May 2023.")["March"] == "2024-03"


def test_a_stretch_that_scopes_a_superlative_times_nothing(date_event):
    lede = "On Monday, militants stormed a police post in the north. "
    for tail, trigger in (("It was the deadliest attack in recent years.", "attack"),
                          ("The attack was the first in the area for years.", "attack")):
        out = date_event(lede + tail, trigger, _DCT)
        assert out.date == "2024-03-11", tail
