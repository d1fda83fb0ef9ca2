"""Session 20, helper RECALL (issue 5): harm whose cause a complex preposition names.  Real spaCy model and actors
stage; sentences written for these tests.  The positive tests fail without the change; the guards pin what must not
change.

* An agentless "killed / wounded" is violence when set in an attack or fighting; English also names what brought the
  harm about with a complex preposition of cause - "as a result of", "because of", "due to", "owing to" - and a
  setting after the last of coordinated verbs of harm sets them all ("were killed and 15 wounded as a result of the
  fighting": the parser hangs it on the last verb) (agentless._settings, agentless._causes; data/agentless_words.tsv
  cause_prepositions, cause_result_nouns).  A mishap so named stays a mishap.
"""

from __future__ import annotations

import pytest
from coded_events import has_doerless, rows as _events


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return lambda text: code_in_pipeline(text, layer=False)


NAMED = "Peru's foreign minister Julio Linares spoke on Monday. "


@pytest.mark.parametrize("text, victim", [
    ("Several civilians were killed and at least 15 wounded as a result of the fighting.", "civilians"),
    ("Three villagers were killed because of the clashes.", "villagers"),
    ("Two people were killed due to the shelling.", "people"),
])
def test_harm_caused_by_violence_is_assault(code, text, victim):
    found, evs = has_doerless(code, NAMED + text, "ASSAULT", victim)
    assert found, evs


@pytest.mark.parametrize("text", [
    "Two people were killed due to the flooding.",  # a mishap named as the cause stays a mishap
    "Three villagers were killed as a result of the landslide.",
    "Several civilians were killed and at least 15 wounded in a road accident.",  # the setting of the last verb
])
def test_harm_caused_by_a_mishap_is_no_event(code, text):
    evs = _events(code, NAMED + text)
    assert not any(t == "ASSAULT" for t, _, _, _ in evs), evs


# * "we" / "us" in a direct quotation is the speaker's side (direct speech keeps the speaker's own person): the
#   subject of the speech verb the quotation is attributed to, or the noun of its apposition ("We, the armed forces")
#   (pronouns._first_person_party) - only as the trigger's own subject or object, not under a negation.

@pytest.mark.parametrize("text, actor", [
    ('"We have deployed policemen to guard the trains," Police Commissioner Rakesh Maria said.', "Rakesh Maria"),
    ('The rebels said: "We killed three soldiers in the ambush."', "rebels"),
    ("WE, THE ARMED FORCES, ATTACKED THE TERRORISTS WITHIN THE FMLN.", "ARMED FORCES"),
])
def test_quoted_we_is_the_speakers_side(code, text, actor):
    evs = _events(code, text)
    assert any(actors and any(actor in a for a in actors) for _, _, actors, _ in evs), evs


@pytest.mark.parametrize("text", [
    '"That we don\'t deny," the minister said.',  # a speaker's "we did not" reports no act
    'We have deployed policemen to guard the trains.',  # no quotation, no speaker: no one is named
])
def test_we_without_a_quoted_speaker_names_no_one(code, text):
    evs = _events(code, text)
    assert not any(actors for _, _, actors, _ in evs), evs
