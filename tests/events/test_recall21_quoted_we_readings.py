"""Session 21, helper RECALL (issue 5): readings of what a speaker says his side will or must do - the acts a
quoted "we" brought in (session 20) that were read wrong.  Real spaCy model and actors stage; sentences written for
these tests.

* An obligation stated now ("we still *need to* fight the rebels", "Iran *has to* accept inspections") is an act
  required, not done: status hypothetical, as with "must" (status.modality, unreal.obliged).  A past obligation
  mostly was met ("the troops *had to* withdraw"): factual.
"""

from __future__ import annotations

import pytest
from coded_events import rows as _events


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return lambda text: code_in_pipeline(text, layer=False)


def _status_at(code_in_pipeline, text: str, trigger: str) -> str | None:
    return next((e.status for e in code_in_pipeline(text, layer=False) if e.trigger.text == trigger), None)


@pytest.mark.parametrize("text, trigger, status", [
    ('"We still need to fight the rebels in the north," the general said.', "fight", "hypothetical"),
    ("The rebels have to accept the ceasefire terms, the minister said.", "accept", "hypothetical"),
    ("The troops had to withdraw from the town after the battle.", "withdraw", "factual"),
])
def test_obligation_is_no_act_done(code_in_pipeline, text, trigger, status):
    assert _status_at(code_in_pipeline, text, trigger) == status
