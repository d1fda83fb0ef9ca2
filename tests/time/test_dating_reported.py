"""Event dating rules found in an article-level audit (wikinews, seed 20261129): the reported
event's own date beats the reporting verb's, and only a past clause on the story line sets the
story time."""

from __future__ import annotations

import pytest


@pytest.fixture
def dated(date_event):
    return lambda text, trigger, dct="2021-05-14": date_event(text, trigger, dct)


def test_reported_event_keeps_the_date_hung_on_its_object(dated):
    # spaCy hangs "Wednesday night" on "resignation"; it dates the asking, not "On Thursday"
    text = ("On Friday, the president announced he had asked for national security adviser Tom Hale's "
            "resignation Wednesday night, and that Hale tendered it the next morning.")
    out = dated(text, "asked")
    assert (out.date, out.date_span.text) == ("2021-05-12", "Wednesday night")


def test_reporting_date_still_dates_an_act_done_by_the_announcement(dated):
    # the founding example's pattern: the announcement is the act
    text = "The government announced on Monday that it was ending the agreement with France."
    out = dated(text, "ending")
    assert (out.date, out.date_reason) == ("2021-05-10", "attached_timex")


def test_a_stray_closing_quote_is_not_the_previous_sentence(dated):
    text = ('Yesterday, the prime minister rejected the finance minister\'s offer to resign after he '
            'called the budget "a disaster."\n"\nThe minister filed his resignation after the recording '
            'was published on a blog.')
    out = dated(text, "filed")
    assert (out.date, out.date_reason) == ("2021-05-13", "narrative")


def test_a_year_in_a_relative_clause_does_not_set_the_story_time(dated):
    # "the year it was first seen, 2019" is background: the statement is not a 2019 statement
    text = ('The number stands for the year it was first seen, 2019. '
            'The health minister said the name had to be easy to say.')
    out = dated(text, "said")
    assert out.date_reason == "dct" and out.date == "2021-05-14"


def test_a_past_clause_still_sets_the_story_time(dated):
    text = "The rebels seized the airport in March 2020. They expelled the governor."
    out = dated(text, "expelled")
    assert (out.date, out.date_reason) == ("2020-03", "narrative")


def test_later_past_reports_belong_to_the_ledes_day(dated):
    # the lede dates the story ("Yesterday"); later simple-past reports without a date keep it
    text = ("Yesterday, the transport minister announced that masks would be required on buses. "
            "The rule would apply to trams and ferries as well. It follows weeks of debate.\n\n"
            "The minister presented the measure at the daily briefing. "
            "He said it would be a condition of travel.")
    out = dated(text, "said")
    assert (out.date, out.date_reason, out.date_span.text) == ("2021-05-13", "narrative", "Yesterday")


def test_a_lede_on_history_sets_no_story_time(dated):
    text = ("In 1984, the party chose a woman as its candidate. It was a first for the party. "
            "Few expected it. Many members were surprised.\n\nThe leader praised the choice.")
    out = dated(text, "praised")
    assert out.date_reason == "dct"


def test_a_vague_time_of_its_own_keeps_the_event_off_the_story_line(dated):
    text = ("Yesterday, the mayor was attacked at a concert. Doctors operated on him overnight. "
            "Officials gave no details.\n\nHe recently condemned attacks on a synagogue.")
    out = dated(text, "condemned")
    # neither the story's day nor the date line: "recently" on a past clause gives no day (indefinite.py)
    assert (out.date, out.date_granularity, out.date_reason) == (None, "unknown", "none")


def test_a_present_view_of_a_past_act_is_not_on_the_story_line(dated):
    text = ("On Thursday, the journalist's fiancée spoke to reporters at the United Nations. "
            "She asked for justice. Few leaders answered.\n\n"
            "Intelligence agencies believe the prince ordered the killing.")
    out = dated(text, "ordered")
    assert out.date_reason == "dct"


def test_an_earlier_act_reported_in_the_past_perfect_does_not_take_the_report_date(dated):
    text = "Officials in Tehran said on Friday that the navy had seized a tanker in the Gulf."
    out = dated(text, "seized")
    # nothing dates the seizure ("Friday" dates the saying), and the past perfect puts it before
    # Friday: no date rather than the date line (indefinite.py)
    assert (out.date, out.date_reason) == (None, "none")
    text = "Officials in Tehran said on Friday that the navy had seized a tanker on Wednesday."
    assert dated(text, "seized").date == "2021-05-12"


def test_a_vague_time_hung_on_the_auxiliary_keeps_the_event_off_the_story_line(dated):
    # founding example: "had in the past worked closely" is not dated by the lede's Saturday
    text = ("The government announced on Saturday that it was ending the agreement.\n\n"
            "The military had in the past worked closely with the United States.")
    out = dated(text, "worked")
    assert (out.date, out.date_granularity, out.date_reason) == (None, "unknown", "none")
