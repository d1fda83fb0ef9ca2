"""Session 34 (helper TIME): "That year" / "That <Month>" opening a sentence points back to the story's time.

- A sentence that opens with "That year" is anaphoric ("The war began in 2011. That year, rebels seized the
  north"); before, "that" + unit was kept only after a preposition ("in that year"), for fear of the
  conjunction ("said that year-end ...") (time/recognize._keep).
- "That December" is the December of the year the story is in (time/data/grammar.yaml, time/normalize), not the
  one nearest the date line; not the conjunction ("officials said that December sales rose"), not a day's month
  ("That July 9 vote": the date rule reads "July 9").
- With no story time before it (only a bound: "until 2001"), "That year" is not the date line's year: it is
  the year the sentence before named last (session 34, TIME2: time/that_year.py), and with none, no value
  (time/relative._opens_a_sentence).
"""

from __future__ import annotations

from dateline.time import tag

DCT = "2024-03-17"


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, DCT)}


def test_that_year_opening_a_sentence():
    assert _values("The uprising started in 2011. That year, militias took the port.").get("That year") == "2011"


def test_that_month_opening_a_sentence_is_the_storys_year():
    values = _values("The premier quit in October. That December, the assembly was dissolved.")
    assert values.get("That December") == "2023-12"


def test_the_conjunction_before_a_month_is_no_reference():
    assert "that December" not in _values("Officials said that December exports fell sharply.")


def test_a_day_keeps_its_month():
    assert _values("The south votes next month. That July 9 ballot will settle it.").get("July 9") == "2024-07-09"


def test_that_year_without_a_story_time_is_not_now():
    # (session 34, TIME2: the year the sentence before named last, not the date line's)
    assert _values("She taught in Boston until 2001. That year, she moved to Leeds.").get("That year") == "2001"


def test_an_event_in_that_december_is_dated_by_it(date_event):
    e = date_event("The premier quit in October. That December, the assembly was dissolved.", "dissolved", DCT)
    assert e.date == "2023-12"
