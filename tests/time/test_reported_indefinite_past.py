"""Session 16 (helper TIME): a reported past act with a vague or indefinite time of its own
("recently", "previously") is not on its report's date; nothing else dates it, so it gets none,
as the same act told without a report does ("The army recently seized the town")."""

from __future__ import annotations

_DCT = "2024-06-05"


def test_a_recent_act_reported_on_a_day_is_not_on_that_day(date_event):
    for text in ("The army recently seized the town, officials said on Monday.",
                 "Officials said on Monday that the army recently seized the town.",
                 "He said on Thursday that the Pentagon claimed recently that the site was illegal.",
                 "Officials said on Monday that the army previously held the town."):
        trigger = "claimed" if "claimed" in text else ("held" if "held" in text else "seized")
        out = date_event(text, trigger, _DCT)
        assert out.date is None, text


def test_the_report_and_what_it_reports_on_its_day_keep_the_date(date_event):
    out = date_event("Officials said on Monday that the army seized the town.", "said", _DCT)
    assert out.date == "2024-06-03"
    # a future act reported on a day keeps the report's date (a threat is made when it is said)
    out = date_event("The rebels will attack the town soon, the commander said on Monday.", "attack", _DCT)
    assert out.date == "2024-06-03"
