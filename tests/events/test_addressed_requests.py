"""Requests told to an addressee (events/addressed_requests.py, modality.tsv where control_addressed): "X told Y to
<verb>" is REQUEST X -> Y (CAMEO 10 'Make a demand'; PLOVER REQUEST 'All requests, demands, and orders') only when
a "to"-infinitive follows whose understood subject is the addressee, the addressee is a named party other than the
teller's own forces (quotation marks change nothing).  Real spaCy model and actors stage; the Davutoglu
sentence is from the design news pool (timeline17), the others are written for these tests.  The positive tests
fail without the rule (the told act was coded as done: RETREAT ceasefire/withdraw); the guards pin "told" as a verb
of saying and the commands to one's own forces."""

from __future__ import annotations

import pytest
from coded_events import in_dyad, rows as _events


@pytest.mark.parametrize("text, actor, recipient", [
    ("Turkish Foreign Minister Ahmet Davutoglu told Assad to halt such military operations now or face unspecified "
     "consequences.", "Davutoglu", "Assad"),
    ("Russia told Ukraine to withdraw its troops from the border.", "Russia", "Ukraine"),
    ("The United States told Israel to stop the bombing of Gaza.", "United States", "Israel"),
    ('"Washington told Israel to stop the bombing," the official said.', "Washington", "Israel"),  # quoted telling
    ('Russia told Ukraine "to withdraw its troops from the border".', "Russia", "Ukraine"),  # quoted infinitive
])
def test_telling_a_party_to_act_is_a_request(code, text, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, "REQUEST", actor, recipient, ("told",)), evs
    assert not any(t == "RETREAT" for t, *_ in evs), evs  # the told act is not reported as done


@pytest.mark.parametrize("text", [
    "He told reporters that the talks would continue.",  # a verb of saying, no infinitive
    "Police told them about the warrant.",  # no infinitive
    'He told BBC Radio 4: "We should talk to Iran."',  # a quotation follows, no infinitive
    "He told the meeting to mark the opening of the bridge.",  # the addressee is no party
    "Trump told reporters to leave the room.",  # the addressee names no party
])
def test_telling_is_no_request_without_a_party_told_to_act(code, text):
    evs = _events(code, text)
    assert not any(t == "REQUEST" and trig == "told" for t, trig, *_ in evs), evs


def test_no_request_to_own_forces(code):
    evs = _events(code, "Russia told its troops to withdraw from the border.")
    assert not any(t == "REQUEST" and trig == "told" for t, trig, *_ in evs), evs
