"""Session 21, helper RECALL (issue 5): the person a "he" or "she" in a reported clause stands for acts, however the
tagger read the name.  Real spaCy model and actors stage; sentences written for these tests.

* "X said that *he* has ...": the pronoun agreed with the speaker (pronouns.resolve_pronoun takes the speaker of the
  reported clause only when it agrees), so the speaker is a person - a party - even when a lower-case name is tagged
  as a common noun and is no entity ("deputy police chief ramesh kumar said that he had ..."); the actor filter used
  to drop it as a thing, and with it the event (pronouns.person_speaker, extract.code_sentence).  A verb the parser
  made the speech verb's subject is no speaker.
"""

from __future__ import annotations

import pytest
from coded_events import rows as _events


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return lambda text: code_in_pipeline(text, layer=False)


@pytest.mark.parametrize("text, type_, actor", [
    ("the town's top cop said that he had arrested the two traders.", "COERCE", "cop"),  # fails without the rule
    ("deputy police commissioner anil deshpande said that he has increased security at bus stations in the city.",
     "MOBILIZE", "deshpande"),  # (a guard: a name the tagger knows)
])
def test_lower_case_speaker_of_he_acts(code, text, type_, actor):
    evs = _events(code, text)
    assert any(t == type_ and any(actor in a for a in actors) for t, _, actors, _ in evs), evs


@pytest.mark.parametrize("text", [
    "the new rules say that he must increase security at bus stations.",  # no speaker "he" agrees with
])
def test_no_person_speaker_no_actor(code, text):
    evs = _events(code, text)
    assert not any(t == "MOBILIZE" and actors for t, _, actors, _ in evs), evs
