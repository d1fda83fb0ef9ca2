"""Status, session 35 (helper STATUS2): an act a party is "eager" or "keen" to do is wanted, not done - as "wants to"
(modality.tsv, control future): "the government is eager to sign a peace deal" reports no deal signed.  A worry
("anxious about the attack") and an adjective on a noun ("keen interest in the talks") govern nothing.  Real spaCy
model and the actors stage's mentions, as the pipeline codes."""

from __future__ import annotations

import pytest

from word_status import status_at as _status_at


@pytest.mark.parametrize("text,word,cue", [
    ("The government is eager to sign a peace deal with the rebels.", "sign", "control:eager"),
    ("The army is keen to end the fighting before the rains.", "end", "control:keen"),
    ("The envoy said Iran was keen to improve ties with Egypt.", "improve", "control:keen"),
    ("The two sides are eager for talks on the border.", "talks", "control:eager"),
])
def test_an_act_a_party_is_eager_to_do_is_not_done(nlp, text, word, cue):
    mod = _status_at(nlp, text, word)
    assert mod.status == "future" and cue in mod.cues, mod


@pytest.mark.parametrize("text,word", [
    ("Residents were anxious about the attack on the town.", "attack"),
    ("The rebels showed keen interest in the talks.", "talks"),
])
def test_a_worry_or_a_keen_interest_governs_no_act(nlp, text, word):
    mod = _status_at(nlp, text, word)
    assert mod.status == "factual", mod


def test_an_eager_cooperation_is_coded_as_an_agreement(code):
    events = code("The government of Sudan is eager to sign a peace deal with the rebels.")
    signed = [e for e in events if e.trigger.text in ("sign", "deal")]
    assert signed and all(e.status == "future" and e.type == "AGREE" for e in signed), events  # (future cooperation)
