"""Events dated by the time expression that governs them, else the story time, else the date line."""

from __future__ import annotations

import pytest

from dateline.model import Event, Span
from dateline.time import date_events, tag


def _event(text: str, doc, trigger: str, occurrence: int = 0) -> Event:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(trigger, start + 1)
    end = start + len(trigger)
    sent = doc.char_span(start, end, alignment_mode="expand")[0].sent
    return Event(id=f"x:{trigger}", type="X", mode=None, quad=0, score=0.0,
                 sentence=Span(sent.start_char, sent.end_char, sent.text), trigger=Span(start, end, trigger),
                 actor=[], recipient=[])


@pytest.fixture(scope="module")
def dated(founding, nlp):
    text, dct = founding
    doc = nlp(text)
    triggers = [("terminating", 0), ("visit", 0), ("visit", 1), ("deposed", 0), ("cut", 0), ("stations", 0)]
    events = [_event(text, doc, t, k) for t, k in triggers]
    out = date_events(events, tag(text, dct, doc=doc), doc=doc, dct=dct)
    return {f"{t}{k}": e for (t, k), e in zip(triggers, out)}


def test_sanction_dated_by_saturday(dated):
    e = dated["terminating0"]
    assert (e.date, e.date_granularity, e.date_reason, e.date_span.text) == \
        ("2024-03-16", "day", "attached_timex", "Saturday")


def test_delegation_visit_is_the_day_before_the_statement(dated):
    # "a three-day visit" is a duration and never dates the event; "just a day after" does
    e = dated["visit0"]
    assert (e.date, e.date_reason) == ("2024-03-15", "attached_timex")


def test_blinken_visit_a_year_ago(dated):
    e = dated["visit1"]
    assert (e.date, e.date_granularity, e.date_reason) == ("2023-03", "month", "attached_timex")


def test_coup_four_months_later(dated):
    e = dated["deposed0"]
    assert (e.date, e.date_granularity) == ("2023-07", "month")


def test_present_state_takes_the_date_line(dated):
    # "Washington has cut aid": present perfect, nothing attached -> the date line, said so
    assert (dated["cut0"].date, dated["cut0"].date_reason) == ("2024-03-17", "dct")
    assert dated["stations0"].date_reason == "dct"


def test_narrative_time_for_a_past_event_without_its_own_date(nlp):
    text = "Rebels seized the town of Kidal on March 3, 2021. They burned the governor's office."
    doc = nlp(text)
    ev = _event(text, doc, "burned")
    [out] = date_events([ev], tag(text, "2024-03-17", doc=doc), doc=doc, dct="2024-03-17")
    assert (out.date, out.date_reason) == ("2021-03-03", "narrative")


def test_since_is_a_bound_not_a_date(nlp):
    text = "Travel there has been restricted since the July 2023 coup."
    doc = nlp(text)
    ev = _event(text, doc, "restricted")
    [out] = date_events([ev], tag(text, "2024-03-17", doc=doc), doc=doc, dct="2024-03-17")
    assert out.date_reason == "dct"


def test_no_date_line_means_no_date(nlp):
    text = "The army deposed the president."
    doc = nlp(text)
    [out] = date_events([_event(text, doc, "deposed")], tag(text, None, doc=doc), doc=doc, dct=None)
    assert (out.date, out.date_granularity, out.date_reason) == (None, "unknown", "none")


def test_without_a_parse_the_sentence_decides():
    text = "The army deposed the president on Friday."
    ev = Event(id="x", type="X", mode=None, quad=0, score=0.0, sentence=Span(0, len(text), text),
               trigger=Span(9, 16, "deposed"), actor=[], recipient=[])
    [out] = date_events([ev], tag(text, "2024-03-17"), doc=None, dct="2024-03-17")
    assert (out.date, out.date_reason) == ("2024-03-15", "attached_timex")


@pytest.mark.parametrize("value, expected", [
    ("2024-03-16TEV", ("2024-03-16", "day")),
    ("2024-W11-WE", ("2024-W11", "week")),
    ("2023-07", ("2023-07", "month")),
    ("2023-Q3", ("2023-Q3", "quarter")),
    ("199", ("199", "decade")),
    ("PAST_REF", None),
    ("XXXX-WXX-6", None),
])
def test_what_can_date_an_event(value, expected):
    from dateline.model import Timex
    from dateline.time.dating import event_date_value

    assert event_date_value(Timex(0, 1, "x", "DATE", value)) == expected
    assert event_date_value(Timex(0, 1, "x", "DURATION", "P3D")) is None


def _date_one(nlp, text, dct, trigger, occurrence=0):
    doc = nlp(text)
    (e,) = date_events([_event(text, doc, trigger, occurrence)], tag(text, dct, doc=doc), doc=doc, dct=dct)
    return e


def test_a_report_is_not_carried_back_to_an_earlier_month(nlp):
    # "last month" dates the discovery; the police report it now (the date line), not last month
    text = "The car was discovered last month at Newark airport. Officials said the hair came from Kopp."
    e = _date_one(nlp, text, "1999-01-22", "said")
    assert (e.date, e.date_reason) == ("1999-01-22", "dct")


def test_a_report_in_the_story_week_keeps_the_story_day(nlp):
    text = "Rebels attacked the town on Tuesday. Officials said 12 people were killed."
    e = _date_one(nlp, text, "2024-03-15", "said")
    assert (e.date, e.date_reason) == ("2024-03-12", "narrative")


def test_a_relative_clause_takes_the_date_its_antecedent_names(nlp):
    # the clause tells of the happening "the January 1998 bombing" names, not of the date line's day
    text = "Rudolph has been on the run since the January 1998 bombing of a clinic that killed an officer."
    e = _date_one(nlp, text, "1999-05-07", "killed")
    assert (e.date, e.date_reason) == ("1998-01", "attached_timex")


def test_a_relative_clause_without_a_dated_antecedent_keeps_its_own_time(nlp):
    text = "On Saturday the junta that toppled the president expelled the French ambassador."
    e = _date_one(nlp, text, "2024-03-17", "toppled")
    assert e.date_reason != "attached_timex"


def test_an_act_inside_a_dated_happening_takes_its_date(nlp):
    text = "A nurse who was injured in the 1998 clinic bombing attended the ceremony."
    e = _date_one(nlp, text, "1999-10-24", "injured")
    assert (e.date, e.date_reason) == ("1998", "attached_timex")


def test_an_act_after_a_dated_happening_does_not_take_its_date(nlp):
    text = "The junta expelled the ambassador after the July 2023 coup."
    e = _date_one(nlp, text, "2024-03-17", "expelled")
    assert e.date_reason == "dct"


def test_a_when_clause_on_a_date_takes_that_date(nlp):
    text = "Clashes broke out on Thursday, when police arrested 133 protesters. The city was calm on Friday."
    e = _date_one(nlp, text, "2000-01-07", "arrested")
    assert (e.date, e.date_reason) == ("2000-01-06", "attached_timex")


def test_a_when_clause_after_a_date_takes_it_however_it_is_parsed(nlp):
    # spaCy hangs the "when" clause on the main verb (dated Friday); written right after
    # "Thursday", it tells what happened on Thursday - and so does its coordinated clause
    text = ("In contrast to Thursday, when two exile leaders were arrested and police were forced to use "
            "tear gas, protesters in Miami were much calmer Friday.")
    assert _date_one(nlp, text, "2000-01-07", "arrested").date == "2000-01-06"
    assert _date_one(nlp, text, "2000-01-07", "forced").date == "2000-01-06"
    assert _date_one(nlp, text, "2000-01-07", "calmer").date == "2000-01-07"


def test_a_when_clause_on_a_bounding_date_takes_that_date(nlp):
    # "since November" bounds the caring and dates nothing, but the "when" clause on it happened then
    text = "Elian's relatives have cared for him since November, when he was found clinging to an inner tube."
    assert _date_one(nlp, text, "2000-04-17", "found").date == "1999-11"
    assert _date_one(nlp, text, "2000-04-17", "cared").date_reason == "dct"


def test_a_bare_day_the_parser_made_an_argument_still_dates_its_clause(nlp):
    # spaCy parses "Friday" as an apposition of "Poland" and "Friday night" as the object of "into"
    text = "Poland, Hungary and the Czech Republic Friday formally joined NATO at a ceremony held in Missouri."
    assert _date_one(nlp, text, "1999-03-13", "joined").date == "1999-03-12"
    assert _date_one(nlp, text, "1999-03-13", "held").date == "1999-03-12"
    text = "Nothing could stop the bullet that tore through his kitchen window and into his back Friday night."
    assert _date_one(nlp, text, "1998-10-25", "tore").date == "1998-10-23"



def test_a_part_of_a_dated_day_dates_the_event(nlp):
    text = "He returned home from synagogue on the night of Friday, Oct. 23."
    assert _date_one(nlp, text, "1998-11-21", "returned").date == "1998-10-23"


def test_an_act_inside_a_happening_dated_by_its_own_on_phrase(nlp):
    text = "Federal agents took the child by force in a pre-dawn raid on the relatives' home on April 22."
    assert _date_one(nlp, text, "2000-06-01", "took").date == "2000-04-22"


def test_a_participle_of_the_same_moment_lends_its_date_but_an_infinitive_does_not(nlp):
    text = "He was found floating in an inner tube off the Florida coast on Thanksgiving Day."
    assert _date_one(nlp, text, "2000-04-03", "found").date == "1999-11-25"
    text = "The two leaders agreed to meet on Friday."
    assert _date_one(nlp, text, "2024-03-12", "agreed").date_reason != "attached_timex"


def test_a_conjunct_with_a_span_of_its_own_does_not_take_the_first_conjuncts_date(nlp):
    text = ("Gaddafi lost control of large swathes of Libya in a revolt last month, but since then his "
            "security forces have fought back.")
    assert _date_one(nlp, text, "2011-03-16", "lost").date == "2011-02"
    assert _date_one(nlp, text, "2011-03-16", "fought").date != "2011-02"


def test_a_date_hung_on_a_purpose_infinitive_dates_the_main_clause(nlp):
    text = ("To modernize its military, in 2018, Hungary licensed Czech firearm technology and started "
            "assembling firearms, then agreed with Airbus to open a factory.")
    assert _date_one(nlp, text, "2019-11-07", "licensed").date == "2018"
    assert _date_one(nlp, text, "2019-11-07", "agreed").date == "2018"


def test_a_relative_clause_acting_on_a_dated_noun_does_not_take_its_date(nlp):
    # the rule above is for a clause that tells of the happening ("the 1998 bombing that killed");
    # "which Trump denied" is an act on what the noun names
    text = "Bolton claims Trump asked Xi Jinping for help in the 2020 election, which Trump denied."
    assert _date_one(nlp, text, "2020-07-25", "denied").date != "2020"


def test_a_date_after_a_comma_closing_a_subordinate_clause_dates_the_main_clause(nlp):
    text = ("Trump railed against the rioters during his first campaign rally since the pandemic engaged "
            "the United States, on June 20 in Tulsa, Oklahoma.")
    assert _date_one(nlp, text, "2020-07-25", "railed").date == "2020-06-20"


def test_around_a_date_is_a_time_whatever_noun_it_hangs_on(nlp):
    text = "Bayes withdrew in March 2019. Gammon withdrew due to health reasons around the beginning of August 2019."
    e = _date_one(nlp, text, "2020-07-25", "withdrew", occurrence=1)
    assert e.date == "2019-08"


def test_a_span_before_after_dates_the_clause_after_it_not_the_main_clause(nlp):
    # "Three years after driving ...": the driving was three years before the story time; the
    # promise of the main clause is not (it was dated 2001 by the span, and the resignation below
    # the week two weeks back)
    text = "Three years after driving the Taliban from power, the US promise of security has yet to be fulfilled."
    assert _date_one(nlp, text, "2004-12-07", "driving").date == "2001"
    assert _date_one(nlp, text, "2004-12-07", "promise").date == "2004-12-07"
    text = "Two weeks after the election, the president resigned."
    assert _date_one(nlp, text, "2004-12-07", "resigned").date == "2004-12-07"
