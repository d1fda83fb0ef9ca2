"""A participle without auxiliaries of its own shares the tense of the clause it hangs on, for the
story time and for the dates that set it (session 9, designed on the even TBAQ files)."""

from __future__ import annotations


def test_a_participle_of_a_past_clause_is_on_the_story_line(date_event):
    text = ("Poland, Hungary and the Czech Republic on Friday formally joined NATO at a ceremony. "
            "The ministers signed the documents of accession.\n\n"
            "The secretary of state accepted the papers from the ministers, marking their formal entry "
            "into the alliance.")
    out = date_event(text, "marking", "1999-03-13")
    assert (out.date, out.date_reason, out.date_span.text) == ("1999-03-12", "narrative", "Friday")
    out = date_event(text, "entry", "1999-03-13")
    assert (out.date, out.date_reason) == ("1999-03-12", "narrative")


def test_a_date_in_a_reduced_passive_clause_sets_the_story_time(date_event):
    # "Found ... in late November": a past clause, though its participle has no auxiliary
    text = ("Found clinging to an inner tube off the coast of Florida in late November, the boy has been "
            "the subject of a custody battle. His mother died trying to reach the United States.")
    out = date_event(text, "died", "2000-01-06")
    assert (out.date, out.date_reason) == ("1999-11", "narrative")


def test_an_infinitive_does_not_share_the_past(date_event):
    text = ("On Friday, the ministers met in Brussels. They agreed to meet again.")
    out = date_event(text, "meet", "1999-03-13")
    assert out.date_reason == "dct"


def test_a_date_in_a_participle_small_clause_sets_the_story_time(date_event):
    # "sent shares plunging ... yesterday": the small clause is as past as "sent"
    text = ("The projection sent Anheuser shares plunging $4.375 in composite trading yesterday. "
            "The stock closed at $38.50 on heavy volume.")
    out = date_event(text, "closed", "1989-10-26")
    assert (out.date, out.date_reason) == ("1989-10-25", "narrative")
