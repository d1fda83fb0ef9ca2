"""Session 35 (helper TIME): a day written before its month, with a year named relative to the date line ("on 1
May last year", "the 3rd of June next year", as British copy writes dates), is that day, as "May 1 last year"
was: before, only "May last year" was read, a month, and the day was lost (time/data/grammar.yaml)."""

from __future__ import annotations

import pytest

from dateline.time import tag

DCT = "2005-03-20"


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, DCT)}


@pytest.mark.parametrize("text, expression, value", [
    ("The convoy came under attack on 1 May last year.", "1 May last year", "2004-05-01"),
    ("He was freed on the 3rd of June last year.", "the 3rd of June last year", "2004-06-03"),
    ("The vote is due on 12 October next year.", "12 October next year", "2006-10-12"),
])
def test_day_first_with_a_relative_year(text, expression, value):
    assert _values(text)[expression] == value


def test_the_day_sets_the_story_time_for_weeks_later():
    text = "The convoy was ambushed on 1 May last year. Weeks later, his tank was hit again."
    assert _values(text)["Weeks later"] == "2004"


def test_month_first_is_unchanged():
    assert _values("The deal was signed on May 1 last year.")["May 1 last year"] == "2004-05-01"
