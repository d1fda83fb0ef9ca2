"""Designed on fresh design-pool news and the even TBAQ files (session 16, helper TIME): a date that
names a happening the clause reacts to or follows ("condemned Monday's bombing", "in connection with
last Wednesday's shooting") is the happening's, not the reaction's, and does not set the story's time."""

from __future__ import annotations

_DCT = "2024-06-05"  # a Wednesday


def test_a_reaction_is_not_dated_by_the_date_of_what_it_reacts_to(date_event):
    for text, trigger in (("The United Nations condemned Monday's bombing.", "condemned"),
                          ("Responding to Tuesday's attack, the government imposed a curfew.", "imposed"),
                          ("In response to Monday's bombing, the government imposed a curfew.", "imposed"),
                          ("The army retaliated for Monday's bombing with air strikes.", "retaliated"),
                          ("Police arrested three men in connection with Monday's bombing.", "arrested")):
        out = date_event(text, trigger, _DCT)
        assert out.date not in ("2024-06-03", "2024-06-04"), text


def test_a_dated_stimulus_does_not_set_the_story_time(date_event):
    text = ("Four people wanted in connection with last Wednesday's shooting are now in custody. "
            "Police negotiated with the suspect over the phone.")
    out = date_event(text, "negotiated", "2016-07-04")
    assert out.date != "2016-06-29"


def test_a_dated_happening_still_dates_its_own_acts_and_those_who_take_part(date_event):
    out = date_event("Monday's bombing killed five people.", "killed", _DCT)
    assert out.date == "2024-06-03"
    out = date_event("Thousands attended Sunday's funeral.", "attended", _DCT)
    assert out.date == "2024-06-02"
    # the reaction told in a dated happening is on its day
    out = date_event("The president condemned the attack in Monday's speech.", "condemned", _DCT)
    assert out.date == "2024-06-03"
    # told after it: often the same day ("a press conference after yesterday's hearing")
    out = date_event("Mr Coleman, at a press conference after yesterday's hearing, said there would be "
                     "consequences.", "said", "2005-05-18")
    assert out.date == "2005-05-17"


def test_a_participle_of_reacting_does_not_date_the_happening(date_event):
    out = date_event("The attack condemned on Monday by the United Nations killed five villagers.", "attack", _DCT)
    assert out.date != "2024-06-03"
