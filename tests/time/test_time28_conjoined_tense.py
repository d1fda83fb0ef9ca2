"""Session 28 (helper TIME): in text mode (no parse), a predicate joined after a time expression with an
auxiliary of its own ("... on Saturday *and were planning* to drive ...", "arrived on Monday *and will*
leave") is another clause: its tense does not decide the expression's.  "Protesters planned a rally on
Saturday and were planning to march on Monday" read "were planning" as a plan seen from the past and put
the rally on the Saturday before the date line."""

from __future__ import annotations

from dateline.time import tag

_DCT = "2024-07-12"  # a Friday


def _values(text: str, doc=None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, _DCT, doc=doc)}


def test_a_planned_rally_is_ahead_despite_a_joined_past_plan():
    text = "Veterans planned a big rally in the park on Saturday and were planning to march downtown on Monday."
    assert _values(text)["Saturday"] == "2024-07-13"


def test_a_past_act_keeps_its_day_before_a_joined_future():
    text = "The envoy arrived on Tuesday and will fly home on Sunday."
    assert _values(text)["Tuesday"] == "2024-07-09"


def test_the_parse_agrees(nlp):
    text = "The envoy arrived on Tuesday and will fly home on Sunday."
    values = _values(text, doc=nlp(text))
    assert values["Tuesday"] == "2024-07-09" and values["Sunday"] == "2024-07-14"


def test_without_a_joined_predicate_the_nearest_marker_still_decides():
    text = "The envoy will fly home on Sunday."
    assert _values(text)["Sunday"] == "2024-07-14"
