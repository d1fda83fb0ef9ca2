"""Session 33 (helper TIME): happenings told in a flashback on their own noun.

- A date that is the possessive of a happening noun after "since" / "until" ("since last year's election") is
  the noun's date, not a bound of the clause (time/attachment.is_bounded).
- A relative clause of onset on a happening noun ("the crackdown, which began in February") dates the noun by
  its onset, as "which took place in May" does by its occurrence (time/attachment._tells_when_it_took_place,
  data/onset_verbs.txt).
- A month name between a determiner with an adjective and a common noun ("the disputed December election") is a
  date, as "the December election" is (time/recognize._modifier_after_an_adjective).
"""

from __future__ import annotations

DCT = "2024-03-17"


def test_a_possessive_date_after_since_is_the_nouns(date_event):
    e = date_event("The opposition has boycotted parliament since last year's election.", "election", DCT)
    assert (e.date, e.date_reason) == ("2023", "attached_timex")


def test_a_possessive_day_after_since_is_the_nouns(date_event):
    assert date_event("Prices have risen since Monday's vote.", "vote", DCT).date == "2024-03-11"


def test_the_perfect_clause_keeps_no_date_from_the_possessive(date_event):
    # the stretch up to now is not on the day of the vote that starts it
    assert date_event("Prices have risen since Monday's vote.", "risen", DCT).date != "2024-03-11"


def test_since_a_bare_date_stays_a_bound(date_event):
    e = date_event("The opposition has boycotted parliament since last year.", "boycotted", DCT)
    assert e.date != "2023"


def test_a_crackdown_dated_by_its_onset(date_event):
    e = date_event("The crackdown, which began in February, has killed dozens.", "crackdown", DCT)
    assert e.date == "2024-02"


def test_protests_that_broke_out(date_event):
    e = date_event("Police said the protests that broke out in January had spread to the capital.", "protests", DCT)
    assert e.date == "2024-01"


def test_a_war_that_started_in_a_year(date_event):
    e = date_event("The war, which started in 2011, has killed half a million people.", "war", DCT)
    assert e.date == "2011"


def test_onset_of_something_else_does_not_date_the_noun(date_event):
    # the relative pronoun is the object: "which the army began in February" is still its onset, but
    # "the talks, which she started attending in May" is not the talks' onset
    e = date_event("The talks, which she started attending in May, ended on Friday.", "talks", DCT)
    assert e.date != "2023-05"


def test_a_month_after_an_adjective_dates_the_noun(date_event):
    e = date_event("Protests broke out on Friday over the disputed December election.", "election", DCT)
    assert e.date == "2023-12"


def test_may_after_an_adjective_is_a_name():
    from dateline.time import tag

    assert tag("Critics of the embattled May government marched on Friday.", DCT)[0].text == "Friday"


def test_a_name_of_a_march_is_no_month():
    from dateline.time import tag

    assert "March" not in [t.text for t in tag("Thousands joined the big March for Peace on Friday.", DCT)]


# "for" + a period ended on a date names the period the act is set in, dated by its end, as "in" does
# (time/attachment._names_a_period)
def test_results_for_the_months_ended_a_date(date_event):
    e = date_event("For the nine months ended May 31, the retailer posted a profit of $3 million.", "posted",
                   "1989-10-26")
    assert e.date == "1989-05-31"


def test_results_for_the_year_ended_a_date(date_event):
    e = date_event("For the year ended March 31, 1989, the bank reported a loss.", "reported", "1989-10-26")
    assert e.date == "1989-03-31"


def test_for_a_person_is_no_period(date_event):
    e = date_event("For the man arrested on Monday, the court set bail at $5,000.", "set", DCT)
    assert e.date == DCT


def test_an_act_inside_a_begun_happening_is_not_on_its_onset(date_event):
    e = date_event("In the trial, which began on Monday, lawyers are questioning the witnesses.", "questioning", DCT)
    assert e.date != "2024-03-11"


def test_results_for_a_period_to_be_released_later(date_event):
    e = date_event("The retailer plans to release results for the year ended January 31 later this month.", "release",
                   DCT)
    assert e.date != "2024-01-31"


def test_a_happening_with_a_bare_date_after_it_dates_its_relative_clause(date_event):
    # "a shooting Saturday afternoon that injured four": the bare date after the noun is the noun's own,
    # and the clause telling what the shooting did is on that day (time/attachment._own_date)
    e = date_event("Detectives are looking into a shooting Saturday afternoon that injured four people.", "injured", DCT)
    assert e.date == "2024-03-16"


def test_a_month_after_previous_is_not_this_years():
    from dateline.time import tag

    assert "2024-02" not in [t.value for t in tag("Sales rose from the previous February level of $5 million.", DCT)]


def test_a_month_after_following_takes_the_past_of_its_clause(date_event):
    # "Following" is a participle used as a preposition: no tense of its own, the clause's past
    e = date_event("Following the coup in July, the junta expelled the French ambassador.", "coup", DCT)
    assert e.date == "2023-07"


def test_a_day_after_following_in_a_future_clause_is_left_to_the_nearest(date_event):
    # the act "following" introduces precedes the main clause's and may be over: "fear that, following the
    # collapse of the talks on Friday, there could be panic" is the Friday gone by (nearest to a Sunday)
    e = date_event("Traders fear that, following the collapse of the talks on Friday, there could be panic.",
                   "collapse", DCT)
    assert e.date == "2024-03-15"


# an act measured from a happening the story never dated is not on the story's day
# (time/undated_measure.py)
def test_an_arrest_days_after_an_undated_shooting_is_not_on_the_story_day(date_event):
    text = "A man was charged today with murder. Police arrested him two days after the shooting."
    e = date_event(text, "arrested", DCT)
    assert (e.date, e.date_reason) == (None, "none")


def test_an_act_the_day_before_an_undated_accident(date_event):
    e = date_event("The day before the accident, engineers pumped cement into the well.", "pumped", DCT)
    assert e.date is None


def test_a_measure_from_a_dated_happening_still_dates(date_event):
    text = "A gunman opened fire at a school on March 4. Police arrested him two days after the shooting."
    assert date_event(text, "arrested", DCT).date == "2024-03-06"


def test_hours_after_an_undated_shooting_keep_the_story_day(date_event):
    # "a few hours after the shooting" is most often the day the story gives
    text = "A man was shot dead on Saturday. Police arrested a suspect hours after the shooting."
    assert date_event(text, "arrested", DCT).date == "2024-03-16"


def test_a_present_clause_after_an_undated_death_keeps_the_date_line(date_event):
    e = date_event("The singer remains popular 30 years after his death.", "remains", DCT)
    assert e.date == DCT
