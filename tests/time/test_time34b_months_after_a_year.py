"""Session 34 (helper TIME2): "four months later" than a time known only to the year keeps the year.

The story time "in 2019" gives no month; four months after it may lie in 2019 or in 2020, and May (January
plus four) is a month the text never gave (time/relative.n_offset).  Counted months that pass a year keep
the year's granularity too; a month base keeps its month reading."""

from __future__ import annotations

from dateline.time import tag

DCT = "2024-03-17"


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, DCT)}


def test_months_after_a_year_are_no_month():
    assert _values("The rebels took the town in 2019. Four months later, the army retook it.")[
        "Four months later"] == "2019"


def test_many_months_after_a_year_pass_to_the_next_year():
    assert _values("The rebels took the town in 2019. Eighteen months later, the army retook it.")[
        "Eighteen months later"] == "2020"


def test_months_after_a_month_keep_the_month():
    assert _values("The rebels took the town in May 2019. Four months later, the army retook it.")[
        "Four months later"] == "2019-09"


def test_the_act_takes_the_year(date_event):
    e = date_event("The rebels took the town in 2019. Four months later, the army retook it.", "retook", DCT)
    assert e.date == "2019"
