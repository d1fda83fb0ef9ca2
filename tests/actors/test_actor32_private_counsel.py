"""Actor coding on news (session 32, helper ACTOR): a lawyer possessed by a person ("his lawyer", "her attorney") is
that person's private counsel, no court of the story's state (PLOVER JUD: judges, courts); the state's own lawyers
("the government's lawyers") stay JUD.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions, one as _one

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, noun", [
    ("The drug trafficker asked his lawyer to file an appeal in Honduras.", "lawyer"),
    ("The former mayor told her attorney that the police in Mexico had beaten her.", "attorney"),
])
def test_a_persons_lawyer_is_private_counsel(nlp, text, noun):
    counsel = _one(_mentions(nlp, text), noun)
    assert counsel.actor.sector is None and "private_counsel" in counsel.flags


def test_the_governments_lawyers_stay_the_states(nlp):
    counsel = _one(_mentions(nlp, "The government's lawyers asked the court in Kenya to dismiss the case."),
                   "government's lawyers")
    assert counsel.actor.sector == "JUD"
