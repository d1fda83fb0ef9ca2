"""Session 54, a probe of unjudged news: an "opposition figure" is a member of the opposition, OPP, as an "opposition
leader" is (agents_extra.tsv); tests/events/test_controlled_doers_and_between_sides.py has the talks held with them.
Sentences written for the test."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, mention", [
    ("The government held talks with senior opposition figures.", "senior opposition figures"),
    ("A leading opposition figure was arrested on Monday.", "opposition figure"),
])
def test_opposition_figures_are_the_opposition(nlp, text, mention):
    sectors = {m.text: m.actor.sector for m in resolve(nlp(text), "2011-07-04").mentions}
    assert sectors[mention] == "OPP", sectors

