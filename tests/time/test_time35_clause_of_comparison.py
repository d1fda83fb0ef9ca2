"""Session 35 (helper TIME): a clause of comparison after "as" ("may lead to killings, as happened in 1992";
"could seize the port, as it did in 2014") tells another, earlier happening the act is likened to: its date is
that happening's, not the act's.  Such a clause has no subject of its own ("as happened", "as was the case") or
the pro-verb "do" ("as they did").  A clause of time after "as" ("opened fire as the crowd marched on the
palace on Friday") still dates the act (time/attachment._time_clause_date)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

DCT = "2024-03-17"


def test_a_subjectless_clause_of_comparison(date_event):
    text = "Officials warned that the feud may lead to the killing of villagers, as happened in 2019."
    assert date_event(text, "killing", DCT).date != "2019"


def test_the_pro_verb_do(date_event):
    text = "The general said the army could seize the port, as it did in 2014."
    assert date_event(text, "seize", DCT).date != "2014"


def test_as_was_the_case(date_event):
    text = "Rebels may shell the capital, as was the case in 2016."
    assert date_event(text, "shell", DCT).date != "2016"


def test_a_clause_of_time_still_dates_the_act(date_event):
    text = "Soldiers opened fire as the crowd marched on the palace on Friday."
    assert date_event(text, "opened", DCT).date == "2024-03-15"


def test_a_clause_of_time_with_did_in_its_own_sense(date_event):
    text = "Police arrested him as he did his shopping on Friday."
    assert date_event(text, "arrested", DCT).date == "2024-03-15"
