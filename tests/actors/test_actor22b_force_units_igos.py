"""Actor coding on news (session 22, second wave, helper ACTOR2): units of a force are no firms, officials placed
right after their noun, an envoy described as an IGO's, the G8.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

pytestmark = pytest.mark.model


def _mentions(nlp, text, date="2011-08-30"):
    return resolve(nlp(text), date).mentions


def test_companies_of_a_police_force_are_the_force(nlp):
    ms = _mentions(nlp, "Sixty-five companies of the CRPF were deployed in the district after the clashes.")
    units = [m for m in ms if m.text.startswith("companies of")]
    assert units and units[0].actor.country == "IND" and units[0].actor.sector == "COP"


def test_companies_of_a_firm_stay_business(nlp):
    # guard: "companies" with no force after "of" are still firms
    ms = _mentions(nlp, "Shares of Japanese companies fell sharply on Monday.")
    firms = [m for m in ms if "companies" in m.text]
    assert firms and firms[0].actor.sector == "BUS"


def test_officials_right_before_in_a_capital_are_that_countrys(nlp):
    # the parser hangs "in Tokyo" on the verb; read right after "regulators" it places them
    # (a story about Germany: the focus country is not Japan)
    text = ("German prosecutors opened an inquiry into the bank. The German regulator said it had found evidence. "
            "Germany's finance ministry backed the inquiry, and German lawmakers called for new rules. "
            "Its retail unit was shut down by regulators in Tokyo after a scandal.")
    regs = [m for m in _mentions(nlp, text) if m.text == "regulators"]
    assert regs and regs[0].actor.country == "JPN"


def test_an_envoy_described_as_the_uns_is_the_uns(nlp):
    text = ("Libya's interim leaders have rejected a foreign force, the U.N. special envoy for Libya said on Tuesday. "
            "Libya's leaders want police help, envoy Ian Martin told reporters after a meeting of the Security Council.")
    envoy = [m for m in _mentions(nlp, text) if m.text.endswith("Ian Martin")]
    assert envoy and envoy[0].actor.country == "UNO"


def test_g8_ministers_are_an_igos(nlp):
    ms = _mentions(nlp, "G8 ministers agreed to ask the World Bank to study the damage, the British chancellor said.")
    g8 = [m for m in ms if m.text.startswith("G8")]
    assert g8 and g8[0].actor.country == "IGO"
