"""A date inside an absolute clause ("with" + a subject of its own + a participle) tells a
circumstance of the main clause, not the story's new time: it neither sets the story time for the
next sentence nor anchors later times of day (session 11, from a Wikinews article)."""

from __future__ import annotations

TEXT = ("On Saturday morning, a gunman shot shoppers at a Walmart store in El Paso, Texas, with the death "
        "toll rising to 22 people on Monday, reported officials. Police said the suspected gunman "
        "surrendered himself to police after being confronted by officers. The shooting began at "
        "10:39 a.m. local time, according to police.")


def test_the_next_sentence_keeps_the_main_clauses_day(date_event):
    out = date_event(TEXT, "surrendered", "2019-08-08")
    assert (out.date, out.date_span.text) == ("2019-08-03", "Saturday morning")


def test_the_circumstance_keeps_its_own_date(date_event):
    out = date_event(TEXT, "rising", "2019-08-08")
    assert (out.date, out.date_reason) == ("2019-08-05", "attached_timex")


def test_a_time_of_day_is_anchored_on_the_main_clauses_day(nlp):
    from dateline.time import tag

    timexes = {t.text: t.value for t in tag(TEXT, "2019-08-08", doc=nlp(TEXT))}
    assert timexes["10:39 a.m. local time"].startswith("2019-08-03T10:39")
