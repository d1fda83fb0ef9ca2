"""Support-verb frames (issue 5, session 12, helper SUPP): the doer of an event noun that is no direct object of
its support verb - "the group *claimed responsibility for* the bombing" (CAMEO 015: the claimer is the deed's
source), "troops *resorted to* shelling", "the rebels *carried out* three ambush *operations*" - from
``events/data/support_verbs.tsv`` through ``noun_roles.noun_actor``; events counted by a measure noun ("involved
in *a wave of* kidnappings") are the measure's doer's; information about an event ("*gave details of* the
attack") names no doer; a text on "in" ("in a communique") is never an event noun's recipient.  Real spaCy model
and actors stage; sentences written for these tests, none copied from an evaluation article.  The positive tests
fail on the code before; the guards pin what must not be coded."""

from __future__ import annotations

import pytest
from coded_events import rows as _events

from dateline.events.noun_roles import FRAME_KINDS, support_frames
from dateline.events.tables import read_table


def _find(code, text, type_, actor_word, recipient_word=None):
    evs = _events(code, text)
    return any(t == type_ and any(actor_word in a for a in actors)
               and (recipient_word is None or any(recipient_word in r for r in recipients))
               for t, _, actors, recipients in evs), evs


@pytest.mark.parametrize("text, type_, actor, recipient", [
    # CAMEO 015: who claims or takes responsibility for a deed is coded as its doer
    ("The Islamic State group claimed responsibility for the bombing of a church in Lahore.", "ASSAULT", "Islamic State",
     "church"),
    ("The Pakistani Taliban claimed responsibility for the attack on the police station in Peshawar.", "ASSAULT",
     "Taliban", "police station"),
    ("Al-Shabaab took responsibility for the kidnapping of two Cuban doctors.", "ASSAULT", "Shabaab", "doctors"),
    # a verb + preposition frame
    ("Pakistani troops resorted to heavy shelling of Indian army posts along the Line of Control.", "ASSAULT",
     "Pakistani troops", "posts"),
    # an undertaking whose kind an event noun names, carried by a support verb
    ("The rebels carried out three ambush operations against army convoys last week.", "ASSAULT", "rebels",
     "convoys"),
])
def test_framed_doer_acts(code, text, type_, actor, recipient):
    ok, evs = _find(code, text, type_, actor, recipient)
    assert ok, evs


@pytest.mark.parametrize("text, actor", [
    ("No group has claimed responsibility for the attack on the police station.", "group"),  # nobody named
    ("The Taliban did not claim responsibility for the attack on the police station.", "Taliban"),  # negated
    ("The Taliban denied responsibility for the attack on the police station.", "Taliban"),  # a denial
    ("The government must accept responsibility for the violence against protesters.", "government"),  # a demand
    ("The army refused to take responsibility for the killing of the protesters.", "army"),  # a refusal
    ("The rebels did not carry out ambush operations last week.", "rebels"),  # status cannot reach the compound
])
def test_frame_not_done_names_no_doer(code, text, actor):
    evs = _events(code, text)
    assert not any(t in ("ASSAULT",) and any(actor in a for a in actors) for t, _, actors, _ in evs), evs


def test_measure_noun_passes_its_doer_on(code):
    # the events a measure noun counts are done by whoever its own position names ("involved in a wave of ...")
    ok, evs = _find(code, "Human rights groups say the security forces are involved in a wave of kidnappings of "
                          "students.", "ASSAULT", "security forces", "students")
    assert ok, evs


@pytest.mark.parametrize("text, actor", [
    ("The police gave details of the attack on the mosque in Christchurch.", "police"),
    ("The army provided an account of the raid on the village.", "army"),
])
def test_information_about_an_event_names_no_doer(code, text, actor):
    evs = _events(code, text)
    assert not any(t == "ASSAULT" and any(actor in a for a in actors) for t, _, actors, _ in evs), evs


def test_text_on_in_is_no_recipient(code):
    evs = _events(code, "The rebel front claimed responsibility for the attack in a communique sent to the press.")
    assert any(t == "ASSAULT" and any("front" in a for a in actors) for t, _, actors, _ in evs), evs
    assert not any("communique" in r for _, _, _, recipients in evs for r in recipients), evs


def test_support_verb_table_is_well_formed():
    rows = read_table("support_verbs.tsv")
    assert rows and {r["kind"] for r in rows} <= set(FRAME_KINDS)
    for r in rows:
        need = {"responsibility": ("verb", "noun", "prep"), "prep": ("verb", "prep"), "relative": ("verb", "prep")}.get(r["kind"], ("noun",))
        assert all(r[k] and r[k] != "-" and r[k] == r[k].strip().lower() for k in need), r
        assert r["note"].strip(), r
    frames = support_frames()
    assert ("claim", "responsibility", "for") in frames.responsibility
    assert ("resort", "to") in frames.preps and "operation" in frames.undertakings
