"""Designed from the open causes of session 15 (session 16, helper TIME): what is said in an interview,
statement or video is dated by when it was aired or published, also when a relative clause says so
("an interview that aired Sunday") or when the phrase is set off after the subject ("The president,
in an interview published Monday, said ...")."""

from __future__ import annotations

_DCT = "2024-06-05"  # a Wednesday


def test_a_relative_clause_of_airing_dates_what_was_said_in_the_interview(date_event):
    out = date_event("The president said in an interview that aired Sunday that he would not resign.", "said", _DCT)
    assert (out.date, out.date_reason) == ("2024-06-02", "attached_timex")
    out = date_event("The ministry accused the rebels of the attack in a statement which was released on Tuesday.",
                     "accused", _DCT)
    assert (out.date, out.date_reason) == ("2024-06-04", "attached_timex")


def test_a_phrase_set_off_after_the_subject_times_the_clause(date_event):
    text = "The president, in an interview published Monday by the Financial Times, accused the opposition of treason."
    out = date_event(text, "accused", _DCT)
    assert (out.date, out.date_reason) == ("2024-06-03", "attached_timex")


def test_other_relative_clauses_keep_their_own_time(date_event):
    # the interviewer's act in the relative clause is no time of the interview's words
    out = date_event("The president said in an interview with a reporter who was arrested on Monday that he "
                     "would not resign.", "said", _DCT)
    assert out.date != "2024-06-03"
