"""Status, session 37 (lead): what one risks, or is at risk or in danger of, is a possibility, not an act done
(data/modality.tsv, cues "risk" and "danger": "migrants risk being kidnapped", "the risk of an attack on the camp");
an act that only poses the risk ("the risk posed by the attacks") or raises it keeps its status.  Real spaCy model."""

from __future__ import annotations

import pytest

from word_status import status_at as _status_at


@pytest.mark.parametrize("text,word", [
    ("Migrants also risk being kidnapped, beaten and raped by criminals.", "kidnapped"),
    ("Migrants also risk being kidnapped, beaten and raped by criminals.", "beaten"),
    ("Aid workers said the risk of an attack on the camp was high.", "attack"),
    ("Thousands of people risked arrest to join the march in the capital.", "arrest"),
    ("Civilians are in danger of being attacked by the militia.", "attacked"),
])
def test_what_is_risked_is_not_done(nlp, text, word):
    mod = _status_at(nlp, text, word)
    assert mod.status == "hypothetical", mod


@pytest.mark.parametrize("text,word", [
    ("The risk posed by the attacks on shipping has raised insurance costs.", "attacks"),
    ("The rebels killed two soldiers, raising the risk of reprisals.", "killed"),
    ("The danger posed by the militia's raids is growing.", "raids"),
])
def test_acts_that_pose_the_risk_keep_their_status(nlp, text, word):
    mod = _status_at(nlp, text, word)
    assert mod.status == "factual", mod
