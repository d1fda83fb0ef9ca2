"""Session 12 (designed on the even TBAQ files): the to-infinitive of a verb of intention, promise,
request or expectation (``data/later_verbs.txt``) is a later act - the walk up from it takes the
verb's own date ("On Tuesday, the league plans to hold a news conference") but not a date above
the verb ("announced last week that it planned to ship"); and "as early as" / "as soon as" + a date
dates the clause, however spaCy hangs it on the adverb."""

from __future__ import annotations


def test_a_date_above_a_verb_of_intention_does_not_date_its_infinitive(date_event):
    text = "Hewlett announced last week that it planned to ship a computer based on the 486 chip."
    out = date_event(text, "ship", "1989-10-27")
    assert out.date != "1989-W42"
    assert out.date_reason == "dct"


def test_the_planning_itself_keeps_the_date(date_event):
    text = "Hewlett announced last week that it planned to ship a computer based on the 486 chip."
    assert date_event(text, "announced", "1989-10-27").date == "1989-W42"


def test_the_date_of_the_verb_of_intention_itself_still_dates_the_infinitive(date_event):
    text = "On Friday, the Kenyan government planned to pay the first 32 death claims of 100,000 shillings each."
    out = date_event(text, "pay", "1998-09-30")
    assert (out.date, out.date_reason) == ("1998-09-25", "attached_timex")


def test_an_implicative_verb_is_not_a_verb_of_intention(date_event):
    text = "Officials said on Monday that the minister was forced to resign."
    assert date_event(text, "resign", "2024-03-05").date == "2024-03-04"


def test_as_early_as_a_date_dates_the_clause(date_event):
    text = ("Officials said Monday they will order the relatives to turn the boy over to his father, "
            "who could come to the U.S. from Cuba as early as Tuesday.")
    out = date_event(text, "come", "2000-04-03")
    assert (out.date, out.date_reason) == ("2000-04-04", "attached_timex")


def test_as_soon_as_a_date_dates_the_clause(date_event):
    text = "The vote could come as soon as next week, the speaker said."
    assert date_event(text, "come", "2024-03-06").date == "2024-W11"


def test_a_copulas_predicate_noun_dated_by_its_own_phrase_dates_the_clause(date_event):
    # session 12: "became the subject of a manhunt in November" - the date of the happening the
    # predicate names the subject's part in (attachment._predicate_date)
    text = ("Kopp, 44, of St. Albans, Vt., became the subject of an international manhunt in November "
            "when he was called a witness in the case.")
    out = date_event(text, "became", "1999-05-07")
    assert (out.date, out.date_reason) == ("1998-11", "attached_timex")

