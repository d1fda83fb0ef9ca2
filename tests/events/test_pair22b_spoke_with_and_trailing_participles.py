"""Session 22, helper PAIR2: constructions where the coder emitted no event or lost a side, each on sentences
written here.

- "spoke with X" is a consultation with X (``consult.speak_with``: the phrase, not the bare verb "speak", which is a
  speech - "spoke at a rally", "spoke to Reuters"); a journalist or news outlet as the partner is the press at work,
  which the relevance layer puts below confidence 0.5 (relevance:press_contact).
- A past participle with a by-agent after its clause is passive wherever it stands: "the soldier died on Tuesday,
  *shot by* rebels" - the main clause's subject is the one shot (``roles._trailing_by_participle``); not when the
  main verb has an object, whom the participle may be about.
"""

from __future__ import annotations

import pytest


def _pairs(events, etype=None):
    return [(e.type, [a.text for a in e.actor], [r.text for r in e.recipient]) for e in events
            if etype is None or e.type == etype]


@pytest.mark.parametrize("text, actor, partner", [
    ("Obama spoke with Putin on Tuesday.", "Obama", "Putin"),
    ("The German chancellor spoke with the Turkish president about refugees.", "chancellor", "president"),
])
def test_spoke_with_a_party_is_a_consultation(code, text, actor, partner):
    pairs = _pairs(code(text), "CONSULT")
    assert any(any(actor in a for a in acts) and any(partner in r for r in recs) for _, acts, recs in pairs), pairs


def test_spoke_at_a_rally_is_no_consultation(code):
    assert not _pairs(code("The president spoke at a rally in Ohio."), "CONSULT")


def test_spoke_with_reporters_is_no_confident_consultation_in_the_pipeline(code_in_pipeline):
    assert not [e for e in code_in_pipeline("The foreign minister spoke with reporters in Paris on Monday.")
                if e.type == "CONSULT" and e.confidence >= 0.5]


@pytest.mark.parametrize("text, doer, victim", [
    ("The soldier died on Tuesday, shot by rebels.", "rebels", "soldier"),
    ("The protester died in hospital, beaten by police.", "police", "protester"),
])
def test_trailing_participle_with_by_agent_acts_on_the_subject(code, text, doer, victim):
    pairs = _pairs(code(text), "ASSAULT")
    assert any(any(doer in a for a in acts) and any(victim in r for r in recs) for _, acts, recs in pairs), pairs


def test_trailing_participle_after_an_object_keeps_the_subject_out(nlp):
    from dateline.events import roles

    doc = nlp("Police arrested two men on Friday, identified by witnesses as the attackers.")
    part = next(t for t in doc if t.text == "identified")
    assert not roles._trailing_by_participle(part) or part.dep_ != "advcl"
