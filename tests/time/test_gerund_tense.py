"""Session 22 (helper TIME): a gerund after a preposition has no tense of its own, so a weekday hung on
it is read in the tense of the clause it belongs to: "Police arrested a man *for stealing* a car on
Wednesday" is the Wednesday before the date line, not the coming one (before, the gerund read as a
present and a present takes the nearest weekday)."""

from __future__ import annotations

_DCT = "2024-03-17"  # a Sunday: the nearest Wednesday or Tuesday is the coming one


def _values(nlp, text):
    from dateline.time import tag

    return [t.value for t in tag(text, _DCT, doc=nlp(text))]


def test_a_gerund_under_a_past_verb_is_past(nlp):
    assert _values(nlp, "Police arrested a man for stealing a car on Wednesday.") == ["2024-03-13"]
    assert _values(nlp, "He was charged with killing his wife on Tuesday.") == ["2024-03-12"]
    assert _values(nlp, "The government announced a plan for building a dam on Tuesday.") == ["2024-03-12"]


def test_a_gerund_under_a_future_verb_is_ahead(nlp):
    assert _values(nlp, "The minister will sign the deal after meeting the envoy on Tuesday.") == ["2024-03-19"]


def test_the_event_on_the_gerund_takes_the_past_day(date_event):
    ev = date_event("Police arrested a man for stealing a car on Wednesday.", "stealing", _DCT)
    assert ev.date == "2024-03-13"
