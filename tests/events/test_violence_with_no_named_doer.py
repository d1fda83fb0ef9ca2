"""Violence and arrests with no named doer, session 12 (helper NOUN): nouns reported as a happening
(events/doerless_nouns.py), a victim on "of", a weapon as a passive's agent or an active verb's subject, and a
harm told as violence beside it (events/agentless.py).  Sentences written for the tests (none copied from an
article).  Each test of a rule fails without it (the coder coded none of these); each guard keeps out an event the
rule would code."""

from __future__ import annotations

from dateline.events import agentless


def _doerless(events):
    return [e for e in events if not e.actor]


def _one(events, type_):
    (e,) = [e for e in _doerless(events) if e.type == type_]
    return e


def _none(events, type_):
    return not [e for e in _doerless(events) if e.type == type_]


# -- a violence noun reported as a happening ---------------------------------------------------------------------

def test_fighting_that_continued_is_an_event_with_no_party(code_with_mentions):
    e = _one(code_with_mentions("Fighting continued in the northern districts of the city on Monday."), "ASSAULT")
    assert e.trigger.text == "Fighting" and e.actor == [] and e.recipient == []
    assert e.reason.endswith(agentless.MARK) and e.status == "factual"


def test_violence_broke_out_and_the_massacre_took_place(code_with_mentions):
    assert _one(code_with_mentions("Violence broke out in several towns late on Saturday."), "ASSAULT").trigger.text == "Violence"
    assert _one(code_with_mentions("The massacre took place at a refugee camp near the border."),
                "ASSAULT").trigger.text == "massacre"
    assert _one(code_with_mentions("Fresh clashes were reported in the old quarter overnight."),
                "ASSAULT").trigger.text == "clashes"
    assert _one(code_with_mentions("Fighting is especially intense around the airport."), "ASSAULT").trigger.text == "Fighting"


def test_no_happening_when_it_is_unreal_or_a_mishap(code_with_mentions):
    assert _none(code_with_mentions("Violence could break out again after the vote."), "ASSAULT")
    assert _none(code_with_mentions("No clashes were reported in the capital."), "ASSAULT")
    assert _none(code_with_mentions("A fire broke out in the warehouse on Sunday."), "ASSAULT")


def test_no_happening_without_a_doer_when_the_sides_are_named(code_with_mentions):
    # the fighters are named: no event with an unknown doer (whoever the argument rules make of them)
    assert _none(code_with_mentions("Clashes erupted between police and protesters in the square."), "ASSAULT")


# -- a victim on "of" --------------------------------------------------------------------------------------------

def test_the_killing_of_villagers_and_the_arrest_of_members(code_with_mentions):
    e = _one(code_with_mentions("The killing of three villagers sparked outrage across the district."), "ASSAULT")
    assert [p.text for p in e.recipient] == ["three villagers"]
    e = _one(code_with_mentions("The arrests of at least 30 members of the militia followed the raid."), "COERCE")
    assert e.mode == "arrest" and e.recipient[0].text.startswith("at least 30 members")


def test_no_victim_event_when_the_act_is_only_asked_for_or_planned(code_with_mentions):
    assert _none(code_with_mentions("The minister wants to increase deportations of failed asylum seekers."), "COERCE")
    assert _none(code_with_mentions("They offered a reward for information leading to the arrest of the bomber."), "COERCE")
    assert _none(code_with_mentions("The prosecutor charged him with the murder of two guards."), "ASSAULT")


def test_no_victim_event_when_the_doer_is_named_at_the_hands_of(code_with_mentions):
    assert _none(code_with_mentions(
        "A survivor of the massacre of 72 migrants at the hands of the Zetas spoke to reporters."), "ASSAULT")


# -- passives and weapons ------------------------------------------------------------------------------------------

def test_a_weapon_as_the_agent_is_no_doer(code_with_mentions):
    e = _one(code_with_mentions("The doctor was gunned down by sniper fire in his home."), "ASSAULT")
    assert e.recipient[0].text == "The doctor"
    # a blaze is no weapon: "killed by fire" stays uncoded with no doer
    assert _none(code_with_mentions("Two tenants were killed by fire in their flat."), "ASSAULT")


def test_a_weapon_as_the_subject_of_a_verb_of_harm(code_with_mentions):
    e = _one(code_with_mentions(
        "Reporters asked about the eight bombs that were detonated yesterday and killed six soldiers."), "ASSAULT")
    assert e.trigger.text == "killed" and e.recipient[0].text == "six soldiers"


def test_a_person_named_by_age_is_a_victim(code_with_mentions):
    e = _one(code_with_mentions("A 17-year-old was shot on Thursday afternoon, police said."), "ASSAULT")
    assert e.recipient[0].text == "A 17-year-old"


def test_harm_told_as_violence_beside_it(code_with_mentions):
    # "killed" alone is what an accident does too; the clause beside it tells violence
    e = [e for e in _doerless(code_with_mentions(
        "Doctors were killed twice last year, most recently when a gynaecologist was gunned down in his home."))
         if e.trigger.text == "killed"]
    assert e and e[0].recipient[0].text == "Doctors"
    assert not [e for e in _doerless(code_with_mentions("Two farmers were killed on Monday."))
                if e.trigger.text == "killed"]


# -- a violence noun told by its casualties or by those sent to it ------------------------------------------------

def test_deaths_in_clashes_and_police_responding_to_a_shooting(code_with_mentions):
    assert _one(code_with_mentions("Deaths in communal clashes overnight were also reported from two villages."),
                "ASSAULT").trigger.text == "clashes"
    assert _one(code_with_mentions("Officers responded to a shooting at a petrol station on Main Street."),
                "ASSAULT").trigger.text == "shooting"


def test_no_event_for_violence_in_general(code_with_mentions):
    assert _none(code_with_mentions("The charity supports victims of shootings."), "ASSAULT")
    assert _none(code_with_mentions("Deaths from gun violence rose last year."), "ASSAULT")
