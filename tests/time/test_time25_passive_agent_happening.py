"""Session 25 (helper TIME): the agent of a passive is the verb's subject, so "the building was damaged by
the blast" tells what the blast did, as "the blast damaged the building" does, and takes the date the story
gave the blast.  Before, only the active form and "injured in the blast" took it; the passive fell to the
date line.  "interrupt" and "disrupt" join the verbs that tell what a happening did."""

from __future__ import annotations

import pytest

_DCT = "2024-03-17"
_STORY = ("A car bomb exploded outside the embassy on March 8, killing 12 people. On Saturday, the envoy resumed "
          "talks that were interrupted by the bombing. The building was badly damaged by the blast. "
          "Three people were arrested by the police on Saturday.")


@pytest.mark.parametrize("trigger", ["damaged", "interrupted"])
def test_a_passive_with_a_happening_for_agent_takes_its_date(date_event, trigger):
    ev = date_event(_STORY, trigger, _DCT)
    assert (ev.date, ev.date_reason) == ("2024-03-08", "narrative")


def test_an_agent_that_is_no_happening_changes_nothing(date_event):
    ev = date_event(_STORY, "arrested", _DCT)
    assert ev.date == "2024-03-16"
