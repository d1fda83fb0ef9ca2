"""An international body's name that begins the name of another body is not that body (session 19, helper ACTOR):
"the European Council on Foreign Relations" is a think tank, not the EU's European Council."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

pytestmark = pytest.mark.model


def _codes(nlp, text):
    return {m.text: (m.actor.country, m.actor.sector) for m in resolve(nlp(text), "2008-03-01").mentions}


def test_think_tank_named_after_its_subject(nlp):
    # Guardian (design sample U): "Andrew Wilson, of the European Council on Foreign Relations, said ..."
    codes = _codes(nlp, "Andrew Wilson, of the European Council on Foreign Relations, said in a policy paper on "
                        "Medvedev that the EU should wait.")
    assert ("EUR", "GOV") not in {v for k, v in codes.items() if k != "EU"}


def test_the_council_on_a_date_stays_the_council(nlp):
    assert _codes(nlp, "The European Council on Monday agreed new sanctions.")["European Council"] == ("EUR", "GOV")


def test_the_council_briefed_on_a_country_stays_the_council(nlp):
    codes = _codes(nlp, "He briefed the UN Security Council on Iran.")
    assert codes["UN Security Council"][0] == "UNO"
