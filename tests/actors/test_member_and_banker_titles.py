"""Session 53, from the recall samples: a Member of the European Parliament ("MEP") is a legislator, as an MP is, and a
central banker is a central bank's, GOV (agents_extra.tsv).  Sentences written for the test."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, mention", [
    ("French Green MEP Alain Lipietz warned that the Commission ignored the request.", "French Green MEP"),
    ("MEPs voted against the plan.", "MEPs"),
    ("Labour MP John Smith said no.", "Labour MP John Smith"),
])
def test_members_of_parliaments_are_legislators(nlp, text, mention):
    sectors = {m.text: m.actor.sector for m in resolve(nlp(text), "2005-01-01").mentions}
    assert sectors[mention] == "LEG"


def test_a_central_banker_is_the_state_s(nlp):
    sectors = {m.text: m.actor.sector for m in resolve(nlp("Brazilian Central Banker Francisco Gros met bankers last "
                                                           "night."), "2005-01-01").mentions}
    assert sectors["Brazilian Central Banker Francisco Gros"] == "GOV"
