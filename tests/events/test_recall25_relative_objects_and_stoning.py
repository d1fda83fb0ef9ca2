"""Session 25 (helper RECALL): a verb+object entry reached through a relative pronoun or a describing participle,
stoning, and a verb whose consonant is doubled before its ending.  Real spaCy model and actors stage; sentences written
for these tests, none copied from an evaluation article.  Each positive case fails without its rule; the guards pin
what the rule must leave alone.

- "the embargo, *which* Washington imposed on Cuba", "sanctions *imposed* by the EU on Russia": the relative pronoun and
  the participle stand for the noun the verb acts on, so "impose ... sanction" matches (lexicon.stood_for_object); the
  party on the verb's prepositions receives, not the sanctions (extract._recipient_past_stood_for_object);
- "protesters stoned the police": stoning is ASSAULT primitive (triggers.tsv assault.stone);
- "police teargassed the crowd": the small model lemmatises "teargassed" as "teargasse"; the doubled consonant before
  "-ed" is undone (lexicon._base_forms);
- "troops were sent to restore order", "restored power": a state or a service restored is no release (not_triggers.tsv
  retreat.release:restore);
- "the army drove the rebels out of the town", "pushed back the army": armed men driven out or back are fought
  (triggers.tsv assault.drive_out; not the passive, whose recipient the search would take from the place).
"""

from __future__ import annotations

import pytest
from coded_events import in_dyad, rows as _events


@pytest.mark.parametrize("text, actor, recipient", [
    ("The sanctions, which were imposed by the EU on Russia, were extended.", "EU", "Russia"),
    ("The embargo, which Washington imposed on Cuba in 1962, remains in place.", "Washington", "Cuba"),
    ("Sanctions imposed by the EU on Russia were extended on Monday.", "EU", "Russia"),
])
def test_a_measure_named_before_its_verb_is_still_imposed(code, text, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, "COERCE", actor, recipient, ("imposed",)), evs


def test_the_measure_itself_is_not_the_recipient(code):
    evs = _events(code, "The sanctions, which were imposed by the EU on Russia, were extended.")
    assert not any("sanctions" in r for _, _, _, recips in evs for r in recips), evs


def test_a_party_the_relative_clause_hangs_on_stays_the_recipient(code):
    evs = _events(code, "The opposition leader, whom the army detained last week, was freed.")
    assert in_dyad(evs, "COERCE", "army", "opposition leader", ("detained",)), evs


def test_a_clause_the_parser_gave_two_objects_matches_nothing_through_its_pronoun(code):
    # the parser reads "that" as the object and "the EU" as the passive subject of "extended": no event there
    evs = _events(code, "The sanctions that the EU imposed on Russia were extended.")
    assert not any(trig == "extended" for _, trig, _, _ in evs), evs


@pytest.mark.parametrize("text, actor, recipient", [
    ("Protesters stoned police vehicles in the capital.", "Protesters", "vehicles"),
    ("The convoy was stoned by villagers.", "villagers", "convoy"),
])
def test_stoning_is_an_assault(code, text, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, "ASSAULT", actor, recipient, ("stoned",)), evs


def test_a_stoned_person_is_no_assault(code):
    evs = _events(code, "He was stoned at the party.")
    assert not evs, evs


def test_a_doubled_consonant_before_the_ending_is_undone(code):
    evs = _events(code, "Police teargassed the protesters on Monday.")
    assert in_dyad(evs, "ASSAULT", "Police", "protesters", ("teargassed",)), evs


@pytest.mark.parametrize("text", [
    "Troops were sent to restore order in the city.",
    "Engineers restored power to the capital on Sunday.",
])
def test_order_or_power_restored_is_no_release(code, text):
    evs = _events(code, text)
    assert not any(t == "RETREAT" and trig == "restored" or trig == "restore" for t, trig, _, _ in evs), evs


def test_territory_restored_to_a_party_is_still_a_release(code):
    evs = _events(code, "Israel restored the land to Jordan in 1994.")
    assert any(t == "RETREAT" and trig == "restored" for t, trig, _, _ in evs), evs


@pytest.mark.parametrize("text, actor, recipient, trigger", [
    ("The army drove the rebels out of the town.", "army", "rebels", "drove"),
    ("Government forces drove militants from the village on Sunday.", "Government forces", "militants", "drove"),
    ("The militia pushed back the army.", "militia", "army", "pushed"),
])
def test_armed_men_driven_out_or_back_are_fought(code, text, actor, recipient, trigger):
    evs = _events(code, text)
    assert in_dyad(evs, "ASSAULT", actor, recipient, (trigger,)), evs


@pytest.mark.parametrize("text", [
    "He drove his car out of the garage.",
    "Police pushed back the protesters.",
    "The rebels were driven out of the town by government troops.",  # (uncoded: the recipient search would take the town)
])
def test_no_battle_without_armed_men_driven_out(code, text):
    evs = _events(code, text)
    assert not any(t == "ASSAULT" for t, _, _, _ in evs), evs
