"""In an earnings report the reported quarter stays the story's time against a quarter named as the one
the act comes after or before ("After a weak second quarter, the company credited the gain to ..."): the
year-earlier period told next is the reported quarter's, a year back (anchoring._AFTER_OR_BEFORE,
session 31)."""

from __future__ import annotations

from dateline.time import tag

DCT = "2024-10-30"


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, DCT)}


def test_a_quarter_after_which_the_act_comes_is_background():
    v = _values("Acme Corp. posted a 12% rise in third-quarter profit. After a weak second quarter, the company "
                "credited the gain to higher prices. Costs in the year-earlier period were higher.")
    assert v["the year-earlier period"] == "2023-Q3"


def test_a_quarter_before_which_the_act_came_is_background():
    v = _values("Acme Corp. posted a 12% rise in third-quarter profit. Sales had slowed before the first quarter, "
                "but net income rose from a year ago.")
    assert v["a year ago"] == "2023-Q3"


def test_a_story_told_by_days_moves_on():
    v = _values("The talks opened on Monday. After Wednesday's session, the envoys left. The next day, the rebels "
                "attacked.")
    assert v["The next day"] == "2024-10-31"
