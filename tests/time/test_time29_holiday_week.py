"""Session 29 (helper TIME): "<holiday> week" ("Easter week", "Christmas week", "Thanksgiving week") is the
ISO week that holds the holiday, as TimeML annotates it (2000-W16 for Easter week 2000), not the
holiday's day of the year before.  The week counts as past once it has begun: "as Easter week began"
on the Monday of that week is this year's."""

from __future__ import annotations

from dateline.time import tag


def _values(text: str, dct: str | None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_easter_week_begun_on_the_date_line_is_this_years():
    # Easter 2000 fell on Sunday April 23; its week runs from Monday April 17
    assert _values("Pilgrims prayed in the square as Easter week began.", "2000-04-17")["Easter week"] == "2000-W16"


def test_christmas_week_is_the_week_that_holds_christmas():
    # Christmas 2023 fell on a Monday: ISO week 52 of 2023
    assert _values("Shops reported brisk trade during Christmas week.", "2024-01-05")["Christmas week"] == "2023-W52"


def test_thanksgiving_week_ahead():
    # Thanksgiving 2024 is Thursday November 28: ISO week 48
    assert _values("Airports will be crowded during Thanksgiving week.", "2024-11-10")["Thanksgiving week"] == "2024-W48"


def test_the_holiday_alone_stays_a_day():
    assert _values("The shops closed for Christmas.", "2024-01-05")["Christmas"] == "2023-12-25"


def test_a_holiday_weekend_is_no_week():
    assert "Easter weekend" not in _values("The roads were busy over the Easter weekend.", "2024-04-02")


def test_no_date_line_leaves_the_week_unknown():
    assert _values("Pilgrims prayed as Easter week began.", None)["Easter week"] == "XXXX-WXX"
