"""The lede's day dates the story's later undated past-tense reports only when the lede tells it:
the dated clause is in the story's first two sentences and no lede sentence before it tells the
present (session 9, designed on the even TBAQ files)."""

from __future__ import annotations


def test_a_lede_that_tells_the_present_sets_no_story_day(date_event):
    # "has interviewed and released": news of now; the officials speak now, not on Thursday
    text = ("The FBI has interviewed and released one of two men who were sought for questioning in the "
            "shooting of a doctor. The two men were named Thursday in a bulletin sent to police departments. "
            "The men were not termed suspects.\n\nA spokesman said one of the two men had been located.")
    out = date_event(text, "said", "1998-11-21")
    assert (out.date, out.date_reason) == ("1998-11-21", "dct")


def test_a_past_lede_with_its_date_in_the_second_sentence_still_dates_the_story(date_event):
    text = ("The bomb outside the embassy was so powerful that it shook furniture a mile away. "
            "The solid walls may have prevented greater carnage, an official said Saturday. "
            "Another reason was the quiet neighborhood.\n\nThe ambassador thanked the rescuers.")
    out = date_event(text, "thanked", "1998-08-09")
    assert (out.date, out.date_reason, out.date_span.text) == ("1998-08-08", "narrative", "Saturday")


def test_a_date_first_met_deep_in_the_story_is_not_the_ledes_day(date_event):
    text = ("President Castro said the father has offered to travel to the United States. "
            "A group trip appeared more likely. The group would include classmates. "
            "The boy's relatives reacted with anger. Castro repeated the offer Sunday on television.\n\n"
            "Officials in Washington declined to comment. The father said he was ready.")
    out = date_event(text, "said", "2000-04-03", occurrence=2)
    assert (out.date, out.date_reason) == ("2000-04-03", "dct")


def test_a_header_or_a_list_is_not_the_lede(date_event):
    text = ("Labour Party - 203 seats\n\nLiberal Democrats - 11 seats\n\n"
            "On Thursday, the Conservative Party won a majority in Parliament. Results came in early.\n\n"
            "The prime minister thanked his voters.")
    out = date_event(text, "thanked", "2019-12-16")
    assert (out.date, out.date_reason) == ("2019-12-12", "narrative")


def test_a_period_around_the_date_line_is_not_the_ledes_date(date_event):
    # "the 2019 season" names the present period: the lede's day is the Sunday that follows it
    text = ("The 2019 season saw its third hurricane form on Sunday near Bermuda. Forecasters warned "
            "ships in the area.\n\nThe center's director said the storm would weaken.")
    out = date_event(text, "said", "2019-09-16")
    assert (out.date, out.date_reason) == ("2019-09-15", "narrative")
