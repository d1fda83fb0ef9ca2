"""Session 35 (helper ACTOR2): the Peshmerga, the Kurdistan Region's forces, are Iraq's (regional) military - IRQ MIL,
as the Phoenix country-actors dictionary codes them (data/organisations.tsv).  Sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("The Peshmerga recaptured the village on Monday.", "Peshmerga"),
    ("Kurdish peshmerga fighters pushed the militants out of the town.", "peshmerga"),
    ("Officers of the Peshmerga met the governor in Erbil.", "Peshmerga"),
])
def test_the_peshmerga_are_iraqs_military(mention_codes, text, name):
    found = {t: a for t, a in mention_codes(text).items() if name in t}
    assert found and all(a == ("IRQ", "MIL") for a in found.values())
