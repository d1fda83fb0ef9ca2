"""Session 16 (helper TIME): a present participle set off after the subject times the clause ("The
minister, speaking to reporters on Monday, accused ..."); a past clause whose subject is a happening
named with its date acts at that date, also under a dated report ("said the December 1986 conference
... gave the market a signal")."""

from __future__ import annotations

_DCT = "2024-06-05"


def test_a_participle_of_the_same_moment_set_off_after_the_subject_dates_the_clause(date_event):
    out = date_event("The minister, speaking to reporters on Monday, accused the rebels of the attack.", "accused", _DCT)
    assert (out.date, out.date_reason) == ("2024-06-03", "attached_timex")
    # a passive participle there tells an earlier act, not the clause's time
    out = date_event("The man, arrested on Monday, told police he acted alone.", "told", _DCT)
    assert out.date != "2024-06-03"


def test_a_dated_happening_as_subject_dates_its_clause_under_a_dated_report(date_event):
    text = ("Al-Chalabi, speaking at a university here yesterday, said the December 1986 conference at which "
            "OPEC set an 18 dlr per barrel reference price gave the market a signal that the group was serious.")
    out = date_event(text, "said", "1987-06-16")
    assert out.date == "1987-06-15"
    out = date_event(text, "gave", "1987-06-16")
    assert (out.date, out.date_reason) == ("1986-12", "attached_timex")
