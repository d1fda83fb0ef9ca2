"""A former holder of a post outside the state keeps the post's sector (session 17, helper ACTOR).

PLOVER's elites (ELI) are former government officials and celebrities; "former" turned every title into ELI,
so a former bank chief in a business report counted as a political actor for the relevance layer."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

pytestmark = pytest.mark.model


def _sectors(nlp, text):
    return {m.text: m.actor.sector for m in resolve(nlp(text), "2005-01-01").mentions}


def test_former_ceo_stays_business(nlp):
    # BBC business (design sample): "Mr Corcostegui, a former CEO at Santander, also asked the court ..."
    ms = _sectors(nlp, "Mr Corcostegui, a former CEO at Santander, also asked the court for new evidence to be admitted.")
    assert ms["former CEO"] == "BUS"
    assert ms["the court"] == "JUD"


def test_former_executive_of_firm_stays_business(nlp):
    assert _sectors(nlp, "A former chief executive of Enron was charged with fraud.")[
        "former chief executive of Enron"] == "BUS"


def test_former_head_of_state_is_still_elite(nlp):
    # the elites' sector is unchanged for state posts
    ms = _sectors(nlp, "Former President Obama criticised the bill on Monday.")
    assert ms["Former President Obama"] == "ELI"
