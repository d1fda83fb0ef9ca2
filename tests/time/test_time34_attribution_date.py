"""Session 34 (helper TIME): a date right after "according to <source>" is the source's, not the act's
(time/attribution.dates_the_attribution, read by time/attachment.adjunct_date)."""

from __future__ import annotations

DCT = "2024-03-17"  # a Sunday


def test_the_toll_given_on_a_later_day_does_not_date_the_killing(date_event):
    e = date_event("A cyclone hit the coast on Monday, killing at least 30 according to local officials on "
                   "Wednesday, and leaving thousands homeless.", "killing", DCT)
    assert e.date == "2024-03-11"


def test_the_day_a_source_gave_its_account_is_gone_by(nlp):
    # "according to" cites what a source has already said: its weekday is the one before the date line
    from dateline.time import tag

    text = "A cyclone struck the islands on Monday, killing at least 30 according to local officials on Wednesday."
    assert [t.value for t in tag(text, DCT, doc=nlp(text)) if t.text == "Wednesday"] == ["2024-03-13"]


def test_a_date_before_the_attribution_is_the_acts(date_event):
    e = date_event("Militants captured the airport on Tuesday according to a spokesman.", "captured", DCT)
    assert e.date == "2024-03-12"


def test_a_date_set_off_after_the_act_is_still_its_own(date_event):
    e = date_event("Militants captured the airport, according to a spokesman, on Tuesday.", "captured", DCT)
    assert e.date == "2024-03-12"
