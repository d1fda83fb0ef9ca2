"""An event the grammar puts before the story's time, at a time the text does not give, gets no
date rather than the date line (time/indefinite.py; session 10)."""

from __future__ import annotations

import pytest

DCT = "2024-03-17"


@pytest.fixture
def dated(date_event):
    return lambda text, trigger, occurrence=1: date_event(text, trigger, DCT, occurrence)


def _undated(e) -> bool:
    return (e.date, e.date_granularity, e.date_reason, e.date_span) == (None, "unknown", "none", None)


def test_founding_example_in_the_past_is_not_the_date_line(dated):
    e = dated("The Nigerian military had in the past worked closely with the United States.", "worked")
    assert _undated(e)


def test_past_perfect_with_nothing_to_date_it(dated):
    assert _undated(dated("Police said the suspect had been arrested in several states for protesting.",
                          "arrested"))


def test_past_perfect_keeps_a_date_of_its_own(dated):
    e = dated("Police said the suspect had been arrested on Tuesday.", "arrested")
    assert (e.date, e.date_reason) == ("2024-03-12", "attached_timex")


def test_past_perfect_keeps_the_story_time_of_the_sentence_before(dated):
    text = ("On Thursday, rebels attacked the town of Kidal. They had surrounded the garrison.")
    e = dated(text, "surrounded")
    assert (e.date, e.date_reason) == ("2024-03-14", "narrative")


def test_an_adverb_of_indefinite_past_beats_the_story_time(dated):
    text = ("On Thursday, the president named a new prime minister. He previously served as defence "
            "minister.")
    assert _undated(dated(text, "served"))
    assert dated(text, "named").date == "2024-03-14"


def test_once_as_a_subordinator_is_not_at_one_time(dated):
    text = "Once the talks were over, the delegation left Niamey."
    assert dated(text, "left").date_reason == "dct"
    assert _undated(dated("The general had once commanded the presidential guard.", "commanded"))


def test_recently_on_a_past_clause_but_not_on_its_present_conjunct(dated):
    text = ("The party recently took 13 percent of the vote in a regional election, and hopes to win "
            "seats in parliament.")
    assert _undated(dated(text, "took"))
    assert dated(text, "hopes").date_reason == "dct"


def test_recently_on_a_present_perfect_is_a_stretch_up_to_now(dated):
    e = dated("Both companies have recently been ceding market share to their rivals.", "ceding")
    assert (e.date, e.date_reason) == (DCT, "dct")


@pytest.mark.parametrize("text, trigger", [
    ("Washington has cut aid to the government.", "cut"),          # present perfect: news of now
    ("American planners have long assumed that the war would be short.", "assumed"),
    ("The army already controls the capital.", "controls"),
    ("The minister resigned before the vote.", "resigned"),         # "before" + object: a clause of time
    ("He arrived the day before.", "arrived"),
])
def test_not_signs_of_an_indefinite_past(dated, text, trigger):
    assert dated(text, trigger).date_reason == "dct"


def test_used_to(dated):
    assert _undated(dated("The army used to work with French troops.", "work"))
    # the verb "use" with an object: the thanking is on the story's line
    assert dated("She used Instagram to thank supporters.", "thank").date_reason == "dct"


def test_founding_example_in_its_article(founding, date_event):
    """In the whole article (a Saturday lede, "a year ago", "four months later" before it) the
    sentence still gets no date; the article's other dates stay as issue 2 wants them."""
    text, dct = founding
    assert _undated(date_event(text, "worked closely", dct))
    assert date_event(text, "terminating", dct).date == "2024-03-16"
    assert date_event(text, "deposed", dct).date == "2023-07"
    assert date_event(text, "cut aid", dct).date_reason == "dct"  # "has cut": news of now


def test_a_measured_before_with_no_clause_dates_the_main_clause_earlier(dated):
    # not an adverb of indefinite past, and not "two weeks before <a clause>" (which dates that clause,
    # two weeks after the main one): the resigning is two weeks before the story time
    e = dated("The minister resigned two weeks before.", "resigned")
    assert (e.date, e.date_reason) == ("2024-W09", "attached_timex")
    e = dated("On Friday the minister resigned. Two weeks before, he had criticised the president.", "criticised")
    assert (e.date, e.date_reason) == ("2024-W09", "attached_timex")  # Friday 15 March less two weeks


def test_a_simple_past_in_a_relative_clause_of_a_present_clause_is_undated(date_event):
    # the present clause tells now; the relative clause an earlier act the text does not date
    text = ("The U.S. team includes plastic surgeons and a psychiatrist who worked in Oklahoma City. "
            "The team will stay for two weeks.")
    out = date_event(text, "worked", "1998-09-30")
    assert (out.date, out.date_reason) == (None, "none")


def test_a_simple_past_in_a_relative_clause_of_a_past_clause_keeps_the_date_line(date_event):
    # "those who attended the ceremony": the same occasion as the past clause, which the date line dates
    text = "A nurse was among those who attended the ceremony at a church."
    out = date_event(text, "attended", "1999-10-24")
    assert (out.date, out.date_reason) == ("1999-10-24", "dct")


def test_a_progressive_in_a_relative_clause_keeps_the_date_line(date_event):
    text = "The police are questioning a woman who was watching her clothes dry in a laundromat."
    out = date_event(text, "watching", "1998-02-13")
    assert out.date == "1998-02-13"
