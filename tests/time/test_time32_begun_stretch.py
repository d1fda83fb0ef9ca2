"""The start of a stretch that has already begun is over at the date line: the object of "since" ("prices have
risen since May"), or of "from" hung on a finished simple-past act ("held the town from May until January").
The tagger otherwise takes the nearest month of that name whatever the tense, which for a month up to ten
weeks ahead put the start of a past stretch in the future (tense.start_of_a_begun_stretch, session 32)."""

from __future__ import annotations

import pytest

DCT = "2024-03-17"


@pytest.fixture(scope="module")
def values(nlp):
    from dateline.time import tag

    def run(text: str, parse: bool = True) -> dict[str, str]:
        return {t.text: t.value for t in tag(text, DCT, doc=nlp(text) if parse else None)}

    return run


def test_since_a_month_weeks_ahead_is_last_years(values):
    assert values("Fuel prices have risen sharply since May.")["May"] == "2023-05"


def test_since_a_day_weeks_ahead_is_last_years(values):
    assert values("The border crossing has been closed since May 2.")["May 2"] == "2023-05-02"


def test_since_needs_no_parse(values):
    assert values("Fuel prices have risen sharply since May.", parse=False)["May"] == "2023-05"


def test_from_on_a_finished_act_is_last_years(values):
    got = values("The rebels held the northern town from May until January.")
    assert (got["May"], got["January"]) == ("2023-05", "2024-01")


def test_from_on_a_present_or_future_stays_ahead(values):
    assert values("The new curfew applies from May.")["May"] == "2024-05"
    assert values("The festival will run from May to July.")["May"] == "2024-05"


def test_from_on_a_plan_stays_ahead(values):
    assert values("The festival was scheduled to run from May.")["May"] == "2024-05"


def test_from_on_a_noun_stays_ahead(values):
    assert values("The ministry announced a ban on exports from May.")["May"] == "2024-05"


def test_from_on_a_change_that_takes_effect_stays_ahead(values):
    # a change effective from a date, not a state that ran from it
    assert values("The central bank raised the reserve requirement to 12 percent from May 2.")["May 2"] == "2024-05-02"


def test_since_as_a_conjunction_is_left_alone(values):
    # "since" joins a clause here; the month names the registrations, not the start of a stretch
    assert values("Exporters were left waiting since April registrations were halted.")["April"] == "2024-04"
