"""Session 24 (helper GEO): a town named in a trophy's or prize's name is no place ("the Davis Cup" is
Dwight Davis's cup, not Davis, California), unless the place is a big one or a country or state
("the Melbourne Cup", "the Africa Cup of Nations").  Sentences written for these tests, through the
real spaCy model."""

from __future__ import annotations

import pytest

from dateline.model import Event, Span
from dateline.places import geoparse, locate_events, resolve

pytestmark = pytest.mark.model


def _texts(text):
    return [p.text for p in geoparse(text)]


def test_a_small_town_before_a_trophy_word_is_no_place():
    assert _texts("Nadal beat Federer in the Davis Cup final on Sunday.") == []
    assert _texts("Spain won the Davis Cup in Madrid.") == ["Spain", "Madrid"]


def test_a_big_place_before_a_trophy_word_stays():
    assert "Melbourne" in _texts("The favourite was scratched from the Melbourne Cup on Tuesday.")
    assert "Africa" in _texts("Nigeria were knocked out of the Africa Cup of Nations in the group stage.")


def test_a_small_town_before_another_word_stays():
    # the rule is the trophy word's, not the entity's: a race through a town is held there
    assert "Davis" in _texts("Thousands of runners lined up in Davis, California, on Saturday.")


def test_an_event_in_a_trophy_final_is_not_placed_at_the_namesake_town(nlp):
    # (no country in the sentence: with one, a foreign embedded town is already dropped)
    text = "Nadal beat Federer in the Davis Cup final on Sunday."
    doc = nlp(text)
    start = text.index("beat")
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    event = Event(id="t:e1", type="ASSAULT", mode=None, quad=4, score=-8.0,
                  sentence=Span(sent.start_char, sent.end_char, sent.text),
                  trigger=Span(start, start + len("beat"), "beat"), actor=[], recipient=[])
    assert locate_events([event], resolve(doc), doc=doc)[0].location is None
