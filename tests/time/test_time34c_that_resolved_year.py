"""Session 34 (helper TIME3): "That year" / "That <Month>" opening a sentence points back to the year the
sentence before's last dated expression resolves to, also when no year is written there ("kept the port
from 1987 until the following year. That year, ..." = 1988, was the written 1987) (time/that_year.py
antecedent_year, called by relative.n_relunit and normalize's month reader)."""

from __future__ import annotations

from dateline.time import tag

DCT = "2023-06-12"


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, DCT)}


def test_that_year_after_a_bound_that_writes_no_year():
    values = _values("The militia kept the port from 1987 until the following year. That year, the harbour flooded.")
    assert values["That year"] == "1988"


def test_that_month_after_a_bound_that_writes_no_year():
    values = _values("The militia kept the port from 1987 until the following year. That March, the harbour flooded.")
    assert values["That March"] == "1988-03"


def test_that_year_after_an_offset_in_a_bound():
    values = _values("The club played in Leeds from 1976. It stayed there until a year later. That year, it folded.")
    assert values["That year"] == "1977"


def test_a_written_year_still_counts():
    assert _values("The mill closed in 1961. That year, the town shrank.")["That year"] == "1961"


def test_that_month_after_a_counted_offset():
    values = _values("The dam was begun in 1990. Two years later, the river was blocked. That April, the valley filled.")
    assert values["That April"] == "1992-04"
