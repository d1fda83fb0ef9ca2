"""Designed on the even TBAQ files (session 14): a scheduling adjective's date dates the event noun
it modifies; a day the parser made the subject of a following participle dates the verb before it;
a month name after an article modifies a noun; a relative clause after a date keeps its own tense."""

from __future__ import annotations

from dateline.time import tag


def test_the_date_of_a_scheduling_adjective_dates_its_noun(date_event):
    text = ("With the general election due this September, record figures could not have come at a "
            "worse time for Chancellor Kohl.")
    out = date_event(text, "election", "1998-02-05")
    assert (out.date, out.date_reason) == ("1998-09", "attached_timex")


def test_a_day_parsed_as_the_subject_of_a_participle_dates_the_verb_before_it(date_event):
    text = "The rifle was discovered April 8 buried one foot below the ground, about 200 feet behind the house."
    out = date_event(text, "discovered", "1999-04-19")
    assert (out.date, out.date_reason) == ("1999-04-08", "attached_timex")


def test_a_subject_day_before_a_finite_verb_stays_that_verbs(date_event):
    # "Monday marked the start" - the day is the clause's own subject, not an adverbial of "said"
    out = date_event("Officials said Monday marked the start of the talks.", "said", "2024-03-13")
    assert out.date != "2024-03-11" or out.date_reason != "attached_timex"


def test_a_month_after_an_article_modifying_a_noun():
    got = [(t.text, t.value) for t in tag("Poughkeepsie is trying to sell itself under a June agreement "
                                          "with a dissident group.", "1989-10-27")]
    assert got == [("June", "1989-06")]
    assert tag("The shop sold a June Carter record.", "1989-10-27") == []  # a name, not a month
    assert tag("The minister, a May ally, resigned.", "2017-10-27") == []  # "May" there is as often a name


def test_a_relative_clause_after_the_date_keeps_its_own_tense():
    text = "The holders of shares issued July 1, which will receive only partial dividends, were paid."
    (t,) = tag(text, "1989-10-31")
    assert (t.text, t.value) == ("July 1", "1989-07-01")


def test_a_day_the_parser_compounds_onto_a_participle_dates_the_verb_before_it(date_event):
    text = ("Elian was found Thanksgiving Day clinging to an inner tube at sea after his mother, stepfather "
            "and eight other people drowned while trying to reach Florida by boat.")
    out = date_event(text, "found", "2000-01-07")
    assert (out.date, out.date_reason) == ("1999-11-25", "attached_timex")


def test_a_clause_the_parser_conjoins_to_a_dated_noun_keeps_out_of_its_date(date_event):
    text = ("Saddam has been under international quarantine since his Aug. 2 power-grab, or what he calls "
            "an ``eternal merger'' with Kuwait.")
    out = date_event(text, "calls", "1990-08-16")
    assert out.date != "1990-08-02"
