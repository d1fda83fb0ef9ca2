"""``dateline eval dates``: gold event dates from TimeML TLINKs, and the end-to-end score."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dateline.eval.dates import evaluate, gold_dates

FIXTURE = Path(__file__).parent / "fixtures" / "dated_events.tml"


def test_gold_dates_follow_inclusion_links_both_ways_and_the_dct():
    gold = gold_dates(FIXTURE.read_text(encoding="utf-8"), "2024-03-17")
    assert gold["e1"] == "2024-03-16"  # event IS_INCLUDED in Saturday
    assert gold["e2"] == "2024-03-16"  # Saturday INCLUDES the event
    assert gold["e3"] == "2023-03"  # a BEFORE link says nothing about the date
    assert gold["e4"] == "2024-03-17"  # included in the DCT: the document's day
    assert "e5" not in gold  # 2023 and May 2022 disagree: left out


@pytest.mark.model
def test_evaluate_scores_against_the_date_line_baseline(tmp_path):
    shutil.copy(FIXTURE, tmp_path / FIXTURE.name)
    report = evaluate(tmp_path)
    summary = report.summary()
    assert summary["all"]["events"] == 4
    # the date line is right only for "say"; dateline dates the announcement, the termination it
    # announced and the visit by their own expressions as well
    assert summary["all"]["date_line_exact"] == 25.0
    assert summary["all"]["exact"] == 100.0
    assert summary["gold_off_date_line"]["events"] == 3


def test_consistent_means_one_period_lies_within_the_other():
    from dateline.eval.dates import _consistent

    assert _consistent("1998-01-08", "1998-01") and _consistent("1998-01", "1998-01-08")
    assert _consistent("1999-W02", "1999-01") and _consistent("1999-Q1", "1999-02-10")
    assert not _consistent("1998-12", "1999-01-22") and not _consistent(None, "1999")


def test_an_undated_event_is_neither_consistent_nor_a_wrong_date():
    from dateline.eval.dates import Scores

    s = Scores()
    s.add(True, True, False, False)  # right
    s.add(False, False, True, True)  # a wrong date (the date line was right)
    s.add(False, False, True, True, undated=True)  # left undated
    s.add(False, True, False, False)  # consistent, not exact
    row = s.row()
    assert (row["consistent"], row["wrong"], row["undated"]) == (50.0, 25.0, 25.0)
    assert row["exact"] == 25.0 and row["date_line_consistent"] == 50.0
