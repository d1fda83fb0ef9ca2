"""Session 34 (helper TIME2): "That year" opening a sentence is the year the sentence before it named last
("She lectured in Oslo from 1994 until 2003. That year, she moved" = 2003), not the story time, which may be a
"from" year or a later day (time/that_year.py, one call in time/relative.n_relunit).  With no year named
there, the story time stands."""

from __future__ import annotations

from dateline.time import tag

DCT = "2024-03-17"


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, DCT)}


def test_the_last_of_two_years():
    assert _values("She lectured in Oslo from 1994 until 2003. That year, she moved to Bergen.")["That year"] == "2003"


def test_a_bound_year_is_named():
    assert _values("He farmed near Tours until 2008. That year, he sold the land.")["That year"] == "2008"


def test_a_later_story_day_does_not_win(date_event):
    text = ("On Tuesday the former mayor returned to the city. He had lived abroad from 1999 until 2006. "
            "That year, he lost his seat.")
    assert date_event(text, "lost", DCT).date == "2006"


def test_no_year_named_keeps_the_story_time():
    values = _values("The coup came in 2011. Rebels soon seized the port. That year, the army split.")
    assert values["That year"] == "2011"


def test_a_count_is_no_year():
    assert _values("The strike began in 2012. Some 2000 workers joined. That year, the mine shut.")[
        "That year"] == "2012"
