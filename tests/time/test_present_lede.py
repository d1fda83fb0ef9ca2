"""A lede in the present perfect ("A man has died after being shot early Saturday") tells its
past happening in a clause below it; that clause's day is the story's day for the later
simple-past acts, but the lede's own verb told again is news of now (session 13, from fresh
gun-violence reports, SemEval-2018 task 5)."""

from __future__ import annotations

ZWECK = ("INDIANAPOLIS - A man has died after being shot early Saturday on Indianapolis' southeast side.\n\n"
         "According to a police report, William Zweck, 49, shot Kodi Pruner, 18, near the intersection.\n\n"
         "Friends of the victim said he was looking for a lost cell phone right before he was shot by Zweck.")
NELLUMS = ("MEMPHIS, Tenn. -- The grandmother of a 4-year-old who was shot Sunday night in Memphis has been "
           "charged.\n\nDiane Nellums was charged with child abuse after police say her grandson shot his "
           "brother.\n\nPolice said the child shot his brother in the arm.")


def test_the_happening_under_a_present_perfect_lede_dates_the_story(date_event):
    out = date_event(ZWECK, "shot by", "2016-11-01")
    assert (out.date, out.date_reason) == ("2016-10-29", "narrative")
    assert date_event(NELLUMS, "shot his brother in", "2017-02-20").date == "2017-02-19"


def test_the_lede_verb_told_again_is_news_of_now(date_event):
    out = date_event(NELLUMS, "charged with", "2017-02-20")
    assert (out.date, out.date_reason) == ("2017-02-20", "dct")


def test_only_a_day_of_the_last_week_is_the_story_day(date_event):
    text = ("The FBI has interviewed and released one of two men who were sought last week.\n\n"
            "Investigators searched a house in Ohio.\n\nThe agents seized two rifles.")
    out = date_event(text, "seized", "1998-11-21")
    assert (out.date, out.date_reason) == ("1998-11-21", "dct")
