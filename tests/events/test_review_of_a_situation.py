"""Reviewing a state of affairs is no investigation (data/not_triggers.tsv, accuse.investigate:review): "reviewed the
law and order situation", "review the progress" take stock; "reviewed the case against two officers" investigates."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The chief minister presided over a meeting of senior police officers and reviewed the overall law and order "
    "situation in the state.",
    "The committee will review the progress of the talks next week.",
])
def test_reviewing_a_situation_is_no_investigation(code_with_mentions, text):
    assert not [e for e in code_with_mentions(text) if e.trigger.text.startswith("review")]


def test_reviewing_a_case_against_officers_is_an_investigation(code_with_mentions):
    events = code_with_mentions("The inspector general reviewed the case against the two officers.")
    assert any(e.type == "ACCUSE" and e.trigger.text == "reviewed" for e in events)
