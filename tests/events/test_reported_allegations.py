"""Aggression alleged in reported speech (events/reported_allegations.py, data/judgment_words.tsv alleging_verbs and
speaker_pronouns): force reported as done by another party is ACCUSE allege from the speaker to the doer (CAMEO 112,
1123 'Accuse of aggression') when the speaker is the one harmed ("attacked *its* facility") or the verb alleges by
its sense ("*claimed* that Y had shelled"); the act itself stays coded.  Real spaCy model and actors stage;
sentences written for these tests, none copied from an evaluation article.  The positive tests fail without the
rule; the guards pin reports of force done to others, the speaker's own deeds, and acts not stated as done."""

from __future__ import annotations

import pytest
from coded_events import in_dyad, rows as _events


def _alleged(evs, actor, recipient):
    return in_dyad(evs, "ACCUSE", actor, recipient, ("said", "says", "claimed"))


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran said Israel had attacked its nuclear facility at Natanz.", "Iran", "Israel"),
    ("Ukraine said Russian forces had shelled its positions near the river overnight.", "Ukraine", "Russian forces"),
    ("The Kurds said Baghdad's forces had attacked their fighters near the border.", "Kurds", "Baghdad"),
    ("The rebels claimed that government forces had shelled the village.", "rebels", "government forces"),
])
def test_force_alleged_against_another_party_is_an_accusation(code, text, actor, recipient):
    evs = _events(code, text)
    assert _alleged(evs, actor, recipient), evs
    assert any(t == "ASSAULT" for t, *_ in evs), evs  # the act itself is still coded


@pytest.mark.parametrize("text", [
    "Police said the gunman opened fire on a family outside the store.",  # a report of force done to others
    "Officials said that militants attacked a convoy of troops on Monday.",  # a report
    "Police said Colbert opened fire on Mancera, Luis Anaya and their child.",  # "their": the victims', a conjunct
    "Hamas said it had fired rockets at Tel Aviv.",  # the speaker's own deed
    "Iran said Israel would attack its nuclear facility.",  # foretold, not done
    "Iran said Israel may have attacked its nuclear facility.",  # doubted
    "Iran did not say Israel had attacked its nuclear facility.",  # the saying negated
    "The minister said the opposition had attacked his plan.",  # words, not force
])
def test_reports_and_own_deeds_are_no_allegation(code, text):
    evs = _events(code, text)
    assert not any(t == "ACCUSE" and trig in ("said", "claimed") for t, trig, *_ in evs), evs
