"""Session 33 (helper DOER): events whose doer or whose party acted on is unnamed.

- a victim in a list, "a student *shot in the arm*", read by the parser as the sentence's verb, is coded as an
  assault with no doer and the student as the one hurt (agentless._passive_recipients with wound_sites.py);
- a rule that decided who is asked and found no one named leaves the slot empty: "shot dead in Tijuana *on the
  orders of* jailed cartel bosses" - Tijuana was not ordered (unnamed_doers.py);
- a verb of dying never makes its subject a doer: "X dies in prison in Cairo after torture" (unnamed_doers.py).

Sentences written for these tests."""

from __future__ import annotations

import pytest

VICTIM_LISTS = [
    "They are a 52-year-old driver who was hit in his back; a 23-year-old student shot in the arm; and a man, 40.",
    "They are a 30-year-old man who was shot in his arm; a 19-year-old woman shot in the leg; and a boy, 12.",
]


def _by_trigger(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


@pytest.mark.parametrize("text,trigger,hurt", [(VICTIM_LISTS[0], "shot", "student"),
                                               (VICTIM_LISTS[1], "shot", "woman")])
def test_a_victim_shot_in_a_limb_in_a_list_is_assaulted_by_no_one_named(code, text, trigger, hurt):
    assaults = [e for e in _by_trigger(code(text), trigger) if e.type == "ASSAULT"
                and any(hurt in r.text for r in e.recipient)]
    assert assaults and not any(e.actor for e in assaults)


def test_the_place_of_an_act_ordered_is_not_the_one_ordered(code):
    requests = [e for e in code("The mayor was shot dead in Tijuana on the orders of jailed cartel bosses.")
                if e.type == "REQUEST"]
    assert requests and all("cartel bosses" in " ".join(a.text for a in e.actor) for e in requests)
    assert not any("Tijuana" in r.text for e in requests for r in e.recipient)


def test_the_one_ordered_stays_when_named(code):
    requests = [e for e in code("Troops withdrew from Kunduz at the request of the Afghan government.")
                if e.type == "REQUEST"]
    assert any(r.text == "Troops" for e in requests for r in e.recipient)


@pytest.mark.parametrize("text,subject", [
    ("Opposition leader Ali Hassan dies in prison in Cairo after torture.", "Ali Hassan"),
    ("Student leader Omar Farouk died in a jail in Khartoum after beatings.", "Omar Farouk"),
])
def test_one_who_dies_is_no_doer(code, text, subject):
    assert not any(subject in a.text for e in code(text) for a in e.actor)


def test_a_verb_of_dying_is_known_as_such(nlp):
    from dateline.events.unnamed_doers import verb_of_dying

    doc = nlp("The prisoner died after the guards beat him.")
    assert verb_of_dying(doc[2]) and not verb_of_dying(doc[6])


# A death in custody put down to abuse with no doer named: the facility is the doer (plv convention; custody_abuse.py)
@pytest.mark.parametrize("text,facility,victim", [
    ("Opposition leader Ali Hassan dies in prison in Cairo after torture.", "prison", "Ali Hassan"),
    ("Trade unionist Sami Kaya has died as a result of the torture to which he was subjected in a detention center "
     "in Izmir province.", "a detention center", "Sami Kaya"),
])
def test_a_death_in_custody_after_torture_is_the_facilitys_assault(code, text, facility, victim):
    assaults = [e for e in code(text) if e.type == "ASSAULT" and e.trigger.text == "torture"]
    assert any(facility == " ".join(a.text for a in e.actor) and any(victim in r.text for r in e.recipient)
               for e in assaults)


@pytest.mark.parametrize("text", [
    "Opposition leader Ali Hassan died in hospital in Cairo after torture.",  # no place of custody
    "Opposition leader Ali Hassan dies in prison in Cairo after torture by guards.",  # the doer is named
])
def test_no_facility_as_doer_without_custody_or_with_a_doer_named(code, text):
    assert not any(e.actor and "prison" in e.actor[0].text or e.actor and e.actor[0].text == "hospital"
                   for e in code(text))


def test_an_agentless_passive_of_torture_keeps_no_doer(code):
    # (the relevance layer reads a place as no doer of violence: a doerless event stays doerless)
    assaults = [e for e in code("A Kurdish activist was tortured in a detention center in Ankara.") if e.type == "ASSAULT"]
    assert assaults and not any(e.actor for e in assaults)
