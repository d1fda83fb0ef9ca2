"""A happening named in passing - inside the phrase of a noun of its participants, place or aftermath
("survivors of the bombing", "the bombing victims") - is not dated by the later act its clause tells: it takes
the date the story gave it earlier.  A date written right after the happening noun that the parser hung on a
verb already dated is the noun's ("visited victims of the attack last week"), since a verb is not on two days
(time/passing_happening.py, session 32)."""

from __future__ import annotations

DCT = "2024-03-17"
LEDE = "A suicide bomber struck a crowded market in the capital on March 2, killing nine. "


def test_survivors_of_the_bombing_met_later(date_event):
    e = date_event(LEDE + "On Saturday the health minister met survivors of the bombing.", "bombing", DCT)
    assert (e.date, e.date_reason) == ("2024-03-02", "narrative")


def test_the_meeting_keeps_its_own_day(date_event):
    e = date_event(LEDE + "On Saturday the health minister met survivors of the bombing.", "met", DCT)
    assert e.date == "2024-03-16"


def test_a_compound_before_a_noun_of_its_victims(date_event):
    e = date_event(LEDE + "On Saturday relatives of the bombing victims marched to parliament.", "bombing", DCT)
    assert e.date == "2024-03-02"


def test_a_date_after_the_noun_on_a_verb_already_dated(date_event):
    e = date_event("On Saturday the interior minister visited victims of the attack last week.", "attack", DCT)
    assert e.date == "2024-W10"


def test_a_date_after_the_place_of_the_happening(date_event):
    e = date_event("Hundreds attended a vigil on Friday for victims of the shooting at a school on Monday.",
                   "shooting", DCT)
    assert e.date == "2024-03-11"


def test_its_own_date_in_its_phrase_stays(date_event):
    e = date_event("On Saturday the minister visited survivors of Monday's bombing.", "bombing", DCT)
    assert e.date == "2024-03-11"


def test_an_act_inside_the_happening_keeps_the_clause_date(date_event):
    # "killed in the bombing": the killing is the happening itself, not a later act about it
    e = date_event("Nine people were killed in the bombing on Saturday.", "bombing", DCT)
    assert e.date == "2024-03-16"


def test_a_noun_not_of_participants_is_left_alone(date_event):
    # a compound before another kind of noun ("a fire station") names no happening of the story
    e = date_event("A fire broke out in a warehouse on March 2. On Saturday the mayor opened a fire station.",
                   "fire", DCT, occurrence=2)
    assert e.date == "2024-03-16"


def test_a_date_on_the_holding_noun_is_the_happenings(date_event):
    text = LEDE + "A photo shows a March 3 bombing scene in the capital."
    assert date_event(text, "bombing", DCT).date == "2024-03-03"

