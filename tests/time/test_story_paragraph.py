"""The lede's day carries forward only where the text keeps telling that occasion: once a
paragraph has moved to another time (a dated past clause off the lede's day), its later undated
past-tense acts are not the lede's day's, and get no date rather than a wrong one; a new paragraph
returns to the story's line (session 11, designed on Wikinews, checked on the even TBAQ files)."""

from __future__ import annotations

TEXT = ("On Thursday, the European Court of Justice ruled in favour of the politician. "
        "The court issued a judgement that Facebook must remove a post.\n\n"
        "In 2016, a Facebook user shared a news article about her. "
        "The post could potentially be seen by anyone with access to Facebook. "
        "The comments called her political party fascist.\n\n"
        "The court rejected the arguments of Facebook.")


def test_an_act_in_a_paragraph_moved_to_another_year_is_not_the_ledes_day(date_event):
    out = date_event(TEXT, "called", "2019-10-06")
    assert (out.date, out.date_reason) == (None, "none")


def test_a_new_paragraph_returns_to_the_ledes_day(date_event):
    out = date_event(TEXT, "rejected", "2019-10-06")
    assert (out.date, out.date_reason, out.date_span.text) == ("2019-10-03", "narrative", "Thursday")


def test_a_report_in_such_a_paragraph_is_said_now(date_event):
    text = TEXT.replace("The comments called her political party fascist.",
                        "The comments were offensive, her lawyer said.")
    out = date_event(text, "said", "2019-10-06")
    assert (out.date, out.date_reason) == ("2019-10-06", "dct")


def test_other_dates_in_the_ledes_own_sentence_do_not_move_the_story(date_event):
    text = ("On Monday, a Hungarian daily revealed a deal whereby, on October 29, a state-owned firm acquired "
            "an Austrian manufacturer. The newspaper published the contract.\n\n"
            "The Austrian manufacturer also acknowledged the deal.")
    out = date_event(text, "acknowledged", "2019-11-07")
    assert out.date == "2019-11-04"


def test_a_text_without_paragraph_breaks_keeps_the_ledes_day(date_event):
    # one line per sentence (Timeline17, TimeBank): no sign that the text moved on
    text = TEXT.replace("\n\n", " \n")
    out = date_event(text, "called", "2019-10-06")
    assert (out.date, out.date_reason) == ("2019-10-03", "narrative")


def test_the_ledes_own_paragraph_keeps_the_ledes_day(date_event):
    text = TEXT.replace(".\n\nIn 2016", ". In 2016")
    out = date_event(text, "called", "2019-10-06")
    assert (out.date, out.date_reason) == ("2019-10-03", "narrative")


PARDONS = ("On Tuesday, United States President Donald Trump issued a series of seven pardons.\n\n"
           "In 1990, Michael Robert Milken pled guilty to charges related to his time as bond department head. "
           "The charges included securities fraud. Trump granted Milken a full and unconditional pardon. "
           "Milken paid a fine.")


def test_the_ledes_subject_named_again_returns_to_the_story_after_a_dated_aside(date_event):
    # session 12: the lede's subject ("Trump"), not the aside's ("Milken"), is back on the story's line
    out = date_event(PARDONS, "granted", "2020-02-21")
    assert (out.date, out.date_reason) == ("2020-02-18", "narrative")


def test_the_asides_subject_stays_off_the_story(date_event):
    out = date_event(PARDONS, "paid", "2020-02-21")
    assert (out.date, out.date_reason) == (None, "none")
